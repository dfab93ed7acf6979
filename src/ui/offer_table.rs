use leptos::prelude::*;

use super::lazy::OffersSignals;
use crate::format;
use crate::model::{BENEFITS_MAX, Estimate, OfferSummary, Profile, VESTING_YEARS};

/// One row of the comparison: its id (for tests), its label, how to read it from an offer, and
/// whether it is a sum over the vesting years (shown whole, not per month or hour).
struct Row {
    id: &'static str,
    label: &'static str,
    read: fn(&OfferSummary) -> i64,
    sum: bool,
}

const ROWS: [Row; 7] = [
    Row {
        id: "base",
        label: "Base",
        read: |o| o.base,
        sum: false,
    },
    Row {
        id: "bonus",
        label: "Bonus",
        read: |o| o.bonus,
        sum: false,
    },
    Row {
        id: "equity-paper",
        label: "Equity at paper value",
        read: |o| o.equity_paper,
        sum: false,
    },
    Row {
        id: "equity",
        label: "Equity counted after risk",
        read: |o| o.equity,
        sum: false,
    },
    Row {
        id: "benefits",
        label: "Benefits and perks",
        read: |o| o.benefits,
        sum: false,
    },
    Row {
        id: "total",
        label: "Total",
        read: |o| o.total,
        sum: false,
    },
    Row {
        id: "vesting",
        label: "Total over 4 years, in all",
        read: |o| o.over_vesting,
        sum: true,
    },
];
const _: () = assert!(VESTING_YEARS == 4);

/// The comparison itself: the pinned offer (A) and the current settings (B), row by row, with
/// the difference; nothing while no offer is pinned. Loaded with the first pin (see `lazy`).
#[component]
pub fn OfferTable(signals: OffersSignals) -> impl IntoView {
    let OffersSignals {
        model,
        estimate,
        money,
        profile,
        pinned,
    } = signals;
    // One closure draws the whole comparison from plain values: much cheaper in the wasm than
    // a reactive binding per cell, and a table of seven rows is nothing to redraw.
    let table = move || {
        let pinned_profile = pinned.get()?;
        let current = profile.get();
        let model = model.get();
        let money = money.get();
        let a = model.estimate(&pinned_profile).offer();
        let b = estimate.with(Estimate::offer);
        let about = |of: &Profile| {
            let of = of.clamped(&model);
            let company = &model.companies.options[of.company];
            view! {
                <span class="offer-about">
                    {format!(
                        "{} · {} · {}",
                        company.label,
                        model.locations.options[of.location].label,
                        format::year_count(of.years)
                    )}
                </span>
                <span class="offer-about">
                    {format!("equity counted at {}", format::percent(company.equity_risk.value))}
                </span>
            }
        };
        let rows = ROWS
            .iter()
            .map(|&Row { id, label, read, sum }| {
                let difference = read(&b) - read(&a);
                let shown = |usd| if sum { money.sum(usd) } else { money.amount(usd) };
                let shown_signed = |usd| if sum { money.sum_signed(usd) } else { money.signed(usd) };
                let tone = match difference {
                    0 => "amount",
                    d if d > 0 => "amount up",
                    _ => "amount down",
                };
                view! {
                    <tr data-row=id>
                        <th scope="row">{label}</th>
                        <td class="amount" data-offer="a" data-value=read(&a).to_string()>{shown(read(&a))}</td>
                        <td class="amount" data-offer="b" data-value=read(&b).to_string()>{shown(read(&b))}</td>
                        <td class=tone data-offer="diff" data-value=difference.to_string()>{shown_signed(difference)}</td>
                    </tr>
                }
            })
            .collect_view();
        let gap = b.over_vesting - a.over_vesting;
        let verdict = match gap {
            0 => "Both offers pay the same over four years.".to_string(),
            d if d > 0 => format!("Offer B pays {} more over four years.", money.sum(d)),
            d => format!("Offer A pays {} more over four years.", money.sum(-d)),
        };
        Some(view! {
            // On narrow phones the table scrolls sideways inside this region, which keyboard
            // users can focus and scroll.
            <div class="table-scroll" tabindex="0" role="region" aria-label="Offers side by side">
                <table id="offer-table">
                    <thead>
                        <tr>
                            <td class="offer-about">{format!("Amounts {}", money.period.per())}</td>
                            <th scope="col">"Offer A (pinned)"{about(&pinned_profile)}</th>
                            <th scope="col">"Offer B (your settings)"{about(&current)}</th>
                            <th scope="col">"B − A"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p id="offer-verdict" class="verdict">{verdict}</p>
            <p class="note">"Four years at today's pay: no raises, equity vesting evenly, counted after its risk adjustment."</p>
        })
    };
    let on_pinned = Callback::new(move |dollars: f64| {
        pinned.update(|a| {
            if let Some(a) = a {
                a.benefits = dollars;
            }
        })
    });
    let on_current = Callback::new(move |dollars: f64| profile.edit(|b| b.benefits = dollars));
    let pinned_benefits = Signal::derive(move || pinned.with(|a| a.map_or(0.0, |a| a.benefits)));
    let current_benefits = Signal::derive(move || profile.with(|b| b.benefits));
    view! {
        {table}
        <Show when=move || pinned.with(Option::is_some)>
            <fieldset class="benefits">
                <legend>"Benefits and perks a year, in US dollars"</legend>
                <p class="hint">"What each offer adds beyond pay, as you value it: a retirement match, health cover above the norm, a training budget. Counted in the totals above."</p>
                <BenefitsInput id="vs-benefits" label="Offer A" value=pinned_benefits on_change=on_pinned />
                <BenefitsInput id="benefits" label="Offer B" value=current_benefits on_change=on_current />
            </fieldset>
        </Show>
    }
}

/// One offer's yearly benefits, in whole US dollars from 0 to a million: applied when a valid
/// amount is entered, refused with a reason otherwise.
#[component]
fn BenefitsInput(
    id: &'static str,
    label: &'static str,
    #[prop(into)] value: Signal<f64>,
    on_change: Callback<f64>,
) -> impl IntoView {
    let (problem, set_problem) = signal(None::<String>);
    let change = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match crate::model::parse_decimal(text.trim()) {
            Some(dollars) if (0.0..=BENEFITS_MAX).contains(&dollars) => {
                set_problem.set(None);
                on_change.run(dollars.round());
            }
            _ => set_problem.set(Some(format!(
                "“{}” is not an amount from 0 to 1,000,000; the offer keeps {}.",
                text.trim(),
                format::usd(value.get_untracked() as i64)
            ))),
        }
    };
    let error_id = format!("{id}-problem");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                prop:value=move || format!("{}", value.get() as i64)
                aria-invalid=move || problem.with(Option::is_some).to_string()
                aria-describedby=error_id.clone()
                on:change=change
            />
            <p id=error_id class="field-problem" role="status">{move || problem.get()}</p>
        </div>
    }
}
