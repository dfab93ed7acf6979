use leptos::prelude::*;
use std::sync::Arc;

use crate::format;
use crate::model::{Estimate, Model, Money, OfferSummary, Profile, VESTING_YEARS};

/// One line naming an offer: "Startup · San Francisco Bay Area · 5 years".
fn describe(model: &Model, profile: &Profile) -> String {
    let profile = profile.clamped(model);
    format!(
        "{} · {} · {} years",
        model.companies.options[profile.company].label,
        model.locations.options[profile.location].label,
        format::years(profile.years)
    )
}

/// One row of the comparison: its id (for tests), its label and how to read it from an offer.
struct Row {
    id: &'static str,
    label: &'static str,
    read: fn(&OfferSummary) -> i64,
}

const ROWS: [Row; 6] = [
    Row {
        id: "base",
        label: "Base",
        read: |o| o.base,
    },
    Row {
        id: "bonus",
        label: "Bonus",
        read: |o| o.bonus,
    },
    Row {
        id: "equity-paper",
        label: "Equity at paper value",
        read: |o| o.equity_paper,
    },
    Row {
        id: "equity",
        label: "Equity counted after risk",
        read: |o| o.equity,
    },
    Row {
        id: "total",
        label: "Total a year",
        read: |o| o.total,
    },
    Row {
        id: "vesting",
        label: "Total over 4 years",
        read: |o| o.over_vesting,
    },
];
const _: () = assert!(VESTING_YEARS == 4);

/// Two offers side by side: the pinned one (A) and the current settings (B), row by row, with
/// the difference. Pinning keeps a scenario while the controls describe the other offer.
#[component]
pub fn Offers(
    model: Memo<Arc<Model>>,
    estimate: Memo<Estimate>,
    money: Memo<Money>,
    profile: RwSignal<Profile>,
    pinned: RwSignal<Option<Profile>>,
) -> impl IntoView {
    let offer_a = Memo::new(move |_| {
        pinned
            .get()
            .map(|a| model.with(|m| m.estimate(&a).offer()))
            .unwrap_or_default()
    });
    let offer_b = Memo::new(move |_| estimate.with(Estimate::offer));
    let risk = move |of: Profile| {
        model.with(|m| {
            let company = &m.companies.options[of.clamped(m).company];
            format::percent(company.equity_risk.value)
        })
    };
    let cell = move |amount: i64| money.with(|m| m.amount(amount));
    // Built each time the table is shown; every cell then updates on its own.
    let rows = move || {
        ROWS.iter()
        .map(|&Row { id, label, read }| {
            let difference = move || read(&offer_b.get().minus(&offer_a.get()));
            view! {
                <tr data-row=id>
                    <th scope="row">{label}</th>
                    <td class="amount" data-offer="a" data-value=move || read(&offer_a.get()).to_string()>
                        {move || cell(read(&offer_a.get()))}
                    </td>
                    <td class="amount" data-offer="b" data-value=move || read(&offer_b.get()).to_string()>
                        {move || cell(read(&offer_b.get()))}
                    </td>
                    <td
                        class=move || match difference() {
                            0 => "amount",
                            d if d > 0 => "amount up",
                            _ => "amount down",
                        }
                        data-offer="diff"
                        data-value=move || difference().to_string()
                    >
                        {move || money.with(|m| m.signed(difference()))}
                    </td>
                </tr>
            }
        })
        .collect_view()
    };
    let verdict = move || {
        let difference = offer_b.get().over_vesting - offer_a.get().over_vesting;
        let amount = money.with(|m| m.amount(difference.abs()));
        match difference {
            0 => "Both offers pay the same over four years.".to_string(),
            d if d > 0 => format!("Offer B pays {amount} more over four years."),
            _ => format!("Offer A pays {amount} more over four years."),
        }
    };
    let swap = move |_| {
        if let Some(a) = pinned.get_untracked() {
            pinned.set(Some(profile.get_untracked()));
            profile.set(a);
        }
    };

    view! {
        <section id="offers" class="card offers" aria-labelledby="offers-title">
            <h3 id="offers-title">"Compare offers"</h3>
            <Show
                when=move || pinned.with(Option::is_some)
                fallback=|| view! {
                    <p class="note">
                        "Comparing a startup offer with an enterprise one? Set up the first offer, pin it as offer A, then change the controls to describe offer B."
                    </p>
                }
            >
                <div class="table-scroll">
                    <table id="offer-table">
                        <thead>
                            <tr>
                                <td></td>
                                <th scope="col">
                                    "Offer A (pinned)"
                                    <span class="offer-about">{move || pinned.get().map(|a| model.with(|m| describe(m, &a)))}</span>
                                    <span class="offer-about">{move || pinned.get().map(|a| format!("equity counted at {}", risk(a)))}</span>
                                </th>
                                <th scope="col">
                                    "Offer B (your settings)"
                                    <span class="offer-about">{move || model.with(|m| describe(m, &profile.get()))}</span>
                                    <span class="offer-about">{move || format!("equity counted at {}", risk(profile.get()))}</span>
                                </th>
                                <th scope="col">"B − A"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p id="offer-verdict" class="verdict">{verdict}</p>
                <p class="note">"Four years at today's pay: no raises, equity vesting evenly, counted after its risk adjustment."</p>
            </Show>
            <div class="share-buttons">
                <button type="button" id="pin-offer" class="button" on:click=move |_| pinned.set(Some(profile.get_untracked()))>
                    {move || if pinned.with(Option::is_some) { "Pin these settings as offer A instead" } else { "Pin these settings as offer A" }}
                </button>
                <Show when=move || pinned.with(Option::is_some)>
                    <button type="button" id="swap-offers" class="button quiet" on:click=swap>"Swap A and B"</button>
                    <button type="button" id="clear-offers" class="button quiet" on:click=move |_| pinned.set(None)>"Stop comparing"</button>
                </Show>
            </div>
        </section>
    }
}
