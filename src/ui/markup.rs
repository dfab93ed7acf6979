//! Display-only markup written as text. A card whose figures all move with every input is drawn
//! as one string set as its content: one reactive binding, where a `view!` tree costs Leptos's
//! rendering and diffing code instantiated for that tree's type in the wasm (about a kilobyte
//! gzip per card, measured). Controls, and anything a user focuses, stay `view!`.

/// HTML under construction. Text and attribute values are escaped: labels come from model
/// files, which anyone can write.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Opens `<tag name="value" …>`.
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            push_escaped(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// Closes `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text content.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.0, text);
        self
    }

    /// An element holding only text.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// An element showing one of the estimate's figures: a stable `id`, and the exact yearly
    /// dollars in `data-value` for tests and embedders, whatever currency and period are shown.
    pub fn figure(&mut self, tag: &str, id: &str, dollars: i64, shown: &str) -> &mut Self {
        let value = dollars.to_string();
        self.element(tag, &[("id", id), ("data-value", &value)], shown)
    }

    /// The markup written so far.
    pub fn finish(self) -> String {
        self.0
    }
}

/// Appends `text` escaped for HTML and SVG, in text and in quoted attribute values.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_from_a_model_file_cannot_open_elements() {
        let mut html = Markup::default();
        html.element(
            "span",
            &[("title", "\"><script>")],
            "<img src=x onerror=alert(1)> & more",
        );
        assert_eq!(
            html.finish(),
            "<span title=\"&quot;&gt;&lt;script&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; more</span>"
        );
    }

    #[test]
    fn elements_nest_in_the_order_written() {
        let mut html = Markup::default();
        html.open("ul", &[("class", "legend")])
            .figure("li", "bonus", 12_345, "$12,345")
            .close("ul");
        assert_eq!(
            html.finish(),
            "<ul class=\"legend\"><li id=\"bonus\" data-value=\"12345\">$12,345</li></ul>"
        );
    }
}
