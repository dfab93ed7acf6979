use leptos::prelude::*;

use super::markup::Markup;
use crate::model::{Estimate, Money};

/// Two reference points the article gives: frontend pay for the same profile, and the national
/// average for backend developers. Drawn as markup.
#[component]
pub fn Comparisons(estimate: Memo<Estimate>, money: Memo<Money>) -> impl IntoView {
    let list = move || {
        let money = money.get();
        let describe = |difference: i64| {
            let amount = money.amount(difference.abs());
            if difference >= 0 {
                format!("{amount} more")
            } else {
                format!("{amount} less")
            }
        };
        estimate.with(|e| {
            let mut html = Markup::default();
            for (id, difference, who, reference, verb) in [
                (
                    "vs-frontend",
                    e.vs_frontend(),
                    "A frontend developer",
                    format!(
                        " with the same profile: median {}",
                        money.amount(e.frontend_median)
                    ),
                    ". Backend typically earns ",
                ),
                (
                    "vs-national",
                    e.vs_national(),
                    "The national average",
                    format!(
                        " for backend developers, {}",
                        money.amount(e.national_average)
                    ),
                    ": your base is ",
                ),
            ] {
                html.open("li", &[("id", id), ("data-value", &difference.to_string())])
                    .element("strong", &[], who)
                    .text(&reference)
                    .text(verb)
                    .element("span", &[("class", "diff")], &describe(difference))
                    .text(".")
                    .close("li");
            }
            html.finish()
        })
    };

    view! {
        <div class="card comparisons">
            <h3>"Compared with"</h3>
            <ul inner_html=list></ul>
        </div>
    }
}
