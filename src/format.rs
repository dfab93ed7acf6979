//! Money and number formatting with integer arithmetic only: the float formatting machinery
//! would cost kilobytes of wasm for what whole dollars never need.

/// `107500` → `"$107,500"`; negative amounts get a minus sign: `"−$1,200"`.
pub fn usd(dollars: i64) -> String {
    money("$", dollars, 0)
}

/// An amount of `scaled / 10^places` units after a currency symbol, grouped by thousands:
/// `("€", 123456, 2)` → `"€1,234.56"`. Cents are always written in full when asked for.
pub fn money(symbol: &str, scaled: i64, places: u32) -> String {
    let mut out = String::with_capacity(16);
    if scaled < 0 {
        out.push('\u{2212}');
    }
    out.push_str(symbol);
    let unit = 10u64.pow(places);
    let magnitude = scaled.unsigned_abs();
    push_grouped(&mut out, magnitude / unit);
    if places > 0 {
        out.push('.');
        let digits = (magnitude % unit).to_string();
        for _ in digits.len()..places as usize {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

/// A signed amount: `"+€4,200"`, `"−$7,600"`, `"$0"`.
pub fn money_signed(symbol: &str, scaled: i64, places: u32) -> String {
    let text = money(symbol, scaled, places);
    if scaled > 0 {
        let mut out = String::from("+");
        out.push_str(&text);
        out
    } else {
        text
    }
}

/// Signed amount for breakdown rows: `"+$4,200"`, `"−$7,600"`, `"$0"`.
pub fn usd_signed(dollars: i64) -> String {
    money_signed("$", dollars, 0)
}

/// Compact amounts for chart labels: `120000` → `"$120k"`, `1250000` → `"$1.25M"`.
pub fn usd_compact(dollars: i64) -> String {
    compact("$", dollars)
}

/// Compact whole amounts after any symbol: `("€", 1250000)` → `"€1.25M"`.
pub fn compact(symbol: &str, dollars: i64) -> String {
    let mut out = String::with_capacity(8);
    if dollars < 0 {
        out.push('\u{2212}');
    }
    out.push_str(symbol);
    let value = dollars.unsigned_abs();
    if value >= 1_000_000 {
        push_decimal(&mut out, value / 10_000, 2);
        out.push('M');
    } else if value >= 1_000 {
        push_decimal(&mut out, value / 100, 1);
        out.push('k');
    } else {
        push_grouped(&mut out, value);
    }
    out
}

/// Years with at most one decimal, for links and attributes: `4.5` → `"4.5"`, `4.0` → `"4"`.
pub fn years(years: f64) -> String {
    let tenths = (years * 10.0).round().max(0.0) as u64;
    let mut out = String::new();
    push_decimal(&mut out, tenths, 1);
    out
}

/// Years in words, with the unit agreeing: `1.0` → `"1 year"`, `4.5` → `"4.5 years"`.
pub fn year_count(years: f64) -> String {
    let number = self::years(years);
    let unit = if number == "1" { "year" } else { "years" };
    format!("{number} {unit}")
}

/// A whole number with its English ordinal suffix: `1` → `"1st"`, `12` → `"12th"`, `73` → `"73rd"`.
pub fn ordinal(number: i64) -> String {
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

/// Any number a model file may hold, for messages: `95000` → `"95000"`, `1.35` → `"1.35"`,
/// at most six decimals, without the float formatting machinery.
pub fn decimal(value: f64) -> String {
    if value.is_nan() {
        return "not a number".into();
    }
    if value.abs() >= 1e15 {
        return if value > 0.0 {
            "more than 10^15"
        } else {
            "less than -10^15"
        }
        .into();
    }
    // Millionths of numbers from 1.8e13 on pass u64::MAX: such numbers are shown whole.
    if value.abs() >= 1e12 {
        return (value.round() as i64).to_string();
    }
    let millionths = (value.abs() * 1e6).round() as u64;
    let mut out = String::new();
    if value < 0.0 && millionths > 0 {
        out.push('-');
    }
    out.push_str(&(millionths / 1_000_000).to_string());
    push_fraction(&mut out, millionths % 1_000_000, 6);
    out
}

/// A fraction as a percentage with at most one decimal: `0.025` → `"2.5%"`, `0.2` → `"20%"`.
pub fn percent(fraction: f64) -> String {
    let tenths = (fraction.abs() * 1000.0).round() as u64;
    let mut out = String::with_capacity(8);
    if fraction < 0.0 && tenths > 0 {
        out.push('\u{2212}');
    }
    push_decimal(&mut out, tenths, 1);
    out.push('%');
    out
}

/// A change as a signed percentage: `0.35` → `"+35%"`, `-0.05` → `"−5%"`, `0.0` → `"0%"`.
pub fn percent_signed(fraction: f64) -> String {
    let text = percent(fraction);
    if text.starts_with('\u{2212}') || text == "0%" {
        text
    } else {
        let mut out = String::from("+");
        out.push_str(&text);
        out
    }
}

/// A whole number with thousands separators.
fn push_grouped(out: &mut String, value: u64) {
    let digits = value.to_string();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
}

/// `scaled / 10^places` with thousands separators: (125_000, 2) → "1,250".
fn push_decimal(out: &mut String, scaled: u64, places: u32) {
    let unit = 10u64.pow(places);
    push_grouped(out, scaled / unit);
    push_fraction(out, scaled % unit, places);
}

/// The digits of `fraction / 10^places` after the point, without trailing zeros, and nothing
/// for zero: (50, 3) → ".05".
pub(crate) fn push_fraction(out: &mut String, mut fraction: u64, places: u32) {
    if fraction == 0 {
        return;
    }
    let mut width = places as usize;
    while fraction.is_multiple_of(10) {
        fraction /= 10;
        width -= 1;
    }
    out.push('.');
    let text = fraction.to_string();
    for _ in text.len()..width {
        out.push('0');
    }
    out.push_str(&text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_have_thousands_separators() {
        assert_eq!(usd(107_500), "$107,500");
        assert_eq!(usd(0), "$0");
        assert_eq!(usd(999), "$999");
        assert_eq!(usd(1_000), "$1,000");
        assert_eq!(usd(12_345_678), "$12,345,678");
        assert_eq!(usd(-1_200), "\u{2212}$1,200");
        assert_eq!(usd_signed(4_200), "+$4,200");
        assert_eq!(usd_signed(-7_600), "\u{2212}$7,600");
        assert_eq!(usd_signed(0), "$0");
        assert_eq!(money("€", 123_456, 2), "€1,234.56");
        assert_eq!(money("£", 5, 2), "£0.05");
        assert_eq!(money("$", -100, 2), "\u{2212}$1.00");
        assert_eq!(money_signed("C$", 1_050, 2), "+C$10.50");
        assert_eq!(compact("€", 85_000), "€85k");
    }

    #[test]
    fn compact_labels_for_the_chart() {
        assert_eq!(usd_compact(120_000), "$120k");
        assert_eq!(usd_compact(74_000), "$74k");
        assert_eq!(usd_compact(107_500), "$107.5k");
        assert_eq!(usd_compact(107_549), "$107.5k");
        assert_eq!(usd_compact(1_250_000), "$1.25M");
        assert_eq!(usd_compact(2_000_000), "$2M");
        assert_eq!(usd_compact(1_050_000), "$1.05M");
        assert_eq!(usd_compact(500), "$500");
    }

    #[test]
    fn decimals_for_messages() {
        assert_eq!(decimal(95_000.0), "95000");
        assert_eq!(decimal(1.35), "1.35");
        assert_eq!(decimal(-5.0), "-5");
        assert_eq!(decimal(0.025), "0.025");
        assert_eq!(decimal(0.0000001), "0");
        assert_eq!(decimal(1e300), "more than 10^15");
        // Past 1.8e13 the millionths overflowed: 2e13 was shown as 18446744073709.551615.
        assert_eq!(decimal(2e13), "20000000000000");
        assert_eq!(decimal(-1_234_567_890_123.6), "-1234567890124");
        assert_eq!(decimal(f64::NAN), "not a number");
    }

    #[test]
    fn percentages_have_at_most_one_decimal() {
        assert_eq!(percent(0.2), "20%");
        assert_eq!(percent(0.025), "2.5%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent_signed(0.35), "+35%");
        assert_eq!(percent_signed(1.35 - 1.0), "+35%");
        assert_eq!(percent_signed(-0.05), "\u{2212}5%");
        assert_eq!(percent_signed(0.0), "0%");
        assert_eq!(percent_signed(0.0001), "0%");
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(2), "2nd");
        assert_eq!(ordinal(3), "3rd");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(13), "13th");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(ordinal(50), "50th");
        assert_eq!(ordinal(100), "100th");
    }

    #[test]
    fn year_counts_agree_in_number() {
        assert_eq!(year_count(1.0), "1 year");
        assert_eq!(year_count(0.96), "1 year");
        assert_eq!(year_count(0.0), "0 years");
        assert_eq!(year_count(0.5), "0.5 years");
        assert_eq!(year_count(1.5), "1.5 years");
        assert_eq!(year_count(11.0), "11 years");
    }

    #[test]
    fn years_show_at_most_one_decimal() {
        assert_eq!(years(4.5), "4.5");
        assert_eq!(years(4.0), "4");
        assert_eq!(years(0.0), "0");
        assert_eq!(years(40.0), "40");
        assert_eq!(years(12.25), "12.3");
    }
}
