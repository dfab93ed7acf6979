//! The built-in model as Rust source, for `build.rs`: an expression that constructs the parsed
//! and validated `data/model.json`, so the page needs no JSON reader to start. The expression
//! leaves the figures' quotes, reasons, cites and years and the model's `about` out (the first
//! load does without them); [`texts`] writes them apart, as constants that only the parts of the
//! page that show them use. Figures and strings go through two small helpers (`f`, `s`) to keep
//! the constructing code short.

use crate::model::{
    Band, Choice, Company, Currency, Extra, Figure, Industry, Language, Location, MedianPath,
    Model, Outlook, Remote, Statement, Track,
};

/// Rust source for a value of the model.
pub trait Literal {
    fn literal(&self) -> String;
}

impl Literal for String {
    fn literal(&self) -> String {
        // Debug output of a str is a valid Rust string literal (quotes and escapes included).
        format!("s({self:?})")
    }
}

/// A figure's text as a constant (`Option<&str>`).
fn text(option: &Option<String>) -> String {
    match option {
        Some(text) => format!("Some({text:?})"),
        None => "None".into(),
    }
}

/// Rust source for the texts [`Literal`] leaves out: `ABOUT`, and `TEXTS`, each figure's
/// quote, assumption, cite and year in the order of `Model::figures`.
pub fn texts(model: &Model) -> String {
    let figures: Vec<String> = model
        .figures()
        .iter()
        .map(|entry| {
            let figure = entry.figure;
            format!(
                "({}, {}, {}, {:?})",
                text(&figure.quote),
                text(&figure.assumption),
                text(&figure.cite),
                figure.year
            )
        })
        .collect();
    format!(
        "const ABOUT: &str = {:?};\nconst TEXTS: &[FigureTexts] = &[{}];\n",
        model.about,
        figures.join(", ")
    )
}

impl Literal for u16 {
    fn literal(&self) -> String {
        self.to_string()
    }
}

impl<T: Literal> Literal for Option<T> {
    fn literal(&self) -> String {
        match self {
            Some(value) => format!("Some({})", value.literal()),
            None => "None".into(),
        }
    }
}

impl<T: Literal> Literal for Vec<T> {
    fn literal(&self) -> String {
        let items: Vec<String> = self.iter().map(Literal::literal).collect();
        format!("vec![{}]", items.join(", "))
    }
}

impl<T: Literal> Literal for Choice<T> {
    fn literal(&self) -> String {
        format!(
            "Choice {{ default: {}, options: {} }}",
            self.default.literal(),
            self.options.literal()
        )
    }
}

impl Literal for Figure {
    fn literal(&self) -> String {
        // `{:?}` of an f64 is its shortest round-trip form, a valid float literal. The text is
        // left for `texts`; whether it is a quote stays.
        format!("f({:?}, {})", self.value, self.quote.is_some())
    }
}

/// `Struct { field: literal, …, more }` for the listed fields, then `more` as written.
macro_rules! literal_struct {
    ($type:ident { $($field:ident),* } $(, $more:literal)?) => {
        impl Literal for $type {
            fn literal(&self) -> String {
                #[allow(unused_mut)]
                let mut fields: Vec<String> = vec![
                    $(format!("{}: {}", stringify!($field), self.$field.literal())),*
                ];
                $(fields.push($more.to_string());)?
                format!("{} {{ {} }}", stringify!($type), fields.join(", "))
            }
        }
    };
}

literal_struct!(Band {
    id,
    label,
    from_years,
    low,
    high
});
literal_struct!(MedianPath {
    at_band_start,
    at_band_end,
    open_band_half_years
});
literal_struct!(Location { id, label, factor });
literal_struct!(Remote {
    id,
    label,
    location_weight,
    factor
});
literal_struct!(Language { id, label, premium });
literal_struct!(Extra {
    id,
    label,
    group,
    premium
});
literal_struct!(Industry { id, label, factor });
literal_struct!(Company {
    id,
    label,
    base_factor,
    bonus_share,
    equity_share,
    equity_risk
});
literal_struct!(Track {
    id,
    label,
    from_years,
    factor
});
literal_struct!(Statement {
    text,
    quote,
    cite,
    year
});
literal_struct!(Outlook {
    job_growth,
    metro_gap
});
literal_struct!(Currency {
    id,
    label,
    symbol,
    per_usd,
    as_of
});
literal_struct!(
    Model {
        format,
        name,
        national_average,
        frontend_gap,
        bands,
        median_path,
        premium_cap,
        locations,
        remote,
        languages,
        skills,
        certifications,
        industries,
        companies,
        tracks,
        outlook,
        currencies,
        hours_per_year
    },
    "about: s(TO_COME), explained: false"
);
