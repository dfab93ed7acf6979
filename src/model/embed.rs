//! What an embed shows, as its author chose it with the loader's attributes (`data-controls`,
//! `data-show`) or a plain iframe's query (`?embed=1&controls=exp,loc&show=range,chart`). Every
//! bad value falls back to the default and is named in a warning for the author's console; none
//! reaches the page as markup.

/// A control an embed can show, by its link key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Experience,
    Position,
    Location,
    Remote,
    Language,
    Skills,
    Certifications,
    Industry,
    Company,
    Track,
    /// The currency and period.
    Amounts,
}

/// A result an embed can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The headline: level, range, median, your base.
    Range,
    /// Total compensation and its bar.
    Total,
    Breakdown,
    Chart,
    Comparisons,
}

impl Control {
    /// Every control, in the full page's order.
    pub const ALL: [Control; 11] = [
        Control::Experience,
        Control::Position,
        Control::Location,
        Control::Remote,
        Control::Language,
        Control::Skills,
        Control::Certifications,
        Control::Industry,
        Control::Company,
        Control::Track,
        Control::Amounts,
    ];

    /// Its name in `data-controls`: the control's link key (`amounts` for currency and period).
    pub fn key(self) -> &'static str {
        match self {
            Control::Experience => "exp",
            Control::Position => "pos",
            Control::Location => "loc",
            Control::Remote => "remote",
            Control::Language => "lang",
            Control::Skills => "skills",
            Control::Certifications => "certs",
            Control::Industry => "ind",
            Control::Company => "co",
            Control::Track => "track",
            Control::Amounts => "amounts",
        }
    }
}

impl Shown {
    /// Every result, in the page's order.
    pub const ALL: [Shown; 5] = [
        Shown::Range,
        Shown::Total,
        Shown::Breakdown,
        Shown::Comparisons,
        Shown::Chart,
    ];

    /// Its name in `data-show`.
    pub fn key(self) -> &'static str {
        match self {
            Shown::Range => "range",
            Shown::Total => "total",
            Shown::Breakdown => "breakdown",
            Shown::Chart => "chart",
            Shown::Comparisons => "comparisons",
        }
    }
}

/// An embed's layout: which controls and results show at once, in order; the rest wait behind
/// "All options". `controls: None` is the full layout (`controls=all`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedLayout {
    pub controls: Option<Vec<Control>>,
    pub show: Vec<Shown>,
}

/// The compact embed: the three controls that move pay most, the range and the total.
pub const DEFAULT_CONTROLS: [Control; 3] =
    [Control::Experience, Control::Location, Control::Language];
pub const DEFAULT_SHOW: [Shown; 2] = [Shown::Range, Shown::Total];

/// Most names read from one list: there are 11 controls; more is a mistake or an attack.
const MOST_NAMES: usize = 16;

impl Default for EmbedLayout {
    fn default() -> Self {
        EmbedLayout {
            controls: Some(DEFAULT_CONTROLS.to_vec()),
            show: DEFAULT_SHOW.to_vec(),
        }
    }
}

impl EmbedLayout {
    /// The controls the disclosure holds: every other one, in the page's order.
    pub fn other_controls(&self) -> Vec<Control> {
        match &self.controls {
            None => Vec::new(),
            Some(shown) => Control::ALL
                .into_iter()
                .filter(|control| !shown.contains(control))
                .collect(),
        }
    }

    /// The results the disclosure holds.
    pub fn other_results(&self) -> Vec<Shown> {
        Shown::ALL
            .into_iter()
            .filter(|shown| !self.show.contains(shown))
            .collect()
    }
}

/// Reads `controls` and `show` (either may be absent). Unknown names are dropped, each with a
/// warning; a list with no known name, or an empty one, is the default.
pub fn read_embed_layout(controls: Option<&str>, show: Option<&str>) -> (EmbedLayout, Vec<String>) {
    let mut warnings = Vec::new();
    let mut layout = EmbedLayout::default();
    if let Some(list) = controls {
        if list.trim() == "all" {
            // Today's full layout: every control, and every result unless `show` says otherwise.
            layout.controls = None;
            layout.show = Shown::ALL.to_vec();
        } else if let Some(read) =
            read_list(list, "controls", &Control::ALL, Control::key, &mut warnings)
        {
            layout.controls = Some(read);
        }
    }
    if let Some(list) = show
        && let Some(read) = read_list(list, "show", &Shown::ALL, Shown::key, &mut warnings)
    {
        layout.show = read;
    }
    (layout, warnings)
}

/// The known names of a comma-separated list, in its order, each once; `None` when none is known.
fn read_list<T: Copy + PartialEq>(
    list: &str,
    what: &str,
    all: &[T],
    key: fn(T) -> &'static str,
    warnings: &mut Vec<String>,
) -> Option<Vec<T>> {
    let mut read = Vec::new();
    let mut unknown = Vec::new();
    for name in list
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .take(MOST_NAMES)
    {
        match all.iter().copied().find(|&item| key(item) == name) {
            Some(item) if !read.contains(&item) => read.push(item),
            Some(_) => {}
            None => unknown.push(name.chars().take(40).collect::<String>()),
        }
    }
    if !unknown.is_empty() {
        let known: Vec<&str> = all.iter().map(|&item| key(item)).collect();
        warnings.push(format!(
            "payband embed: {what} ignores {}; the names are {}",
            unknown.join(", "),
            known.join(", ")
        ));
    }
    if read.is_empty() {
        if !list.trim().is_empty() {
            warnings.push(format!(
                "payband embed: no {what} known in the list, so the default is used"
            ));
        }
        None
    } else {
        Some(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_compact() {
        let (layout, warnings) = read_embed_layout(None, None);
        assert_eq!(layout, EmbedLayout::default());
        assert_eq!(layout.controls.as_deref(), Some(&DEFAULT_CONTROLS[..]));
        assert!(layout.other_controls().contains(&Control::Skills));
        assert_eq!(
            layout.other_results(),
            [Shown::Breakdown, Shown::Comparisons, Shown::Chart]
        );
        assert!(warnings.is_empty());
    }

    #[test]
    fn lists_keep_their_order_and_drop_unknown_names_with_a_warning() {
        let (layout, warnings) =
            read_embed_layout(Some("co, skills,exp,zz,exp"), Some("chart,<b>,range"));
        assert_eq!(
            layout.controls.unwrap(),
            [Control::Company, Control::Skills, Control::Experience]
        );
        assert_eq!(layout.show, [Shown::Chart, Shown::Range]);
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].contains("controls ignores zz"), "{warnings:?}");
        assert!(warnings[1].contains("show ignores <b>"), "{warnings:?}");
    }

    #[test]
    fn all_is_the_full_layout_and_nothing_known_is_the_default() {
        let (layout, _) = read_embed_layout(Some("all"), None);
        assert_eq!(
            (layout.controls, layout.show.len()),
            (None, Shown::ALL.len())
        );
        let (layout, warnings) = read_embed_layout(Some("nope"), Some(""));
        assert_eq!(layout, EmbedLayout::default());
        assert_eq!(warnings.len(), 2);
        let long = "x,".repeat(100_000);
        let (layout, warnings) = read_embed_layout(Some(&long), None);
        assert_eq!(layout, EmbedLayout::default());
        assert!(warnings[0].len() < 1_000);
    }
}
