//! The answers that count in the figures (method.md): whether the service is needed, and for a
//! needed one who delivers it and its current level. Native radio buttons, one group each.

use x1060_core::edit::Edit;
use x1060_core::model::{Delivery, Level, Need};
use yew::prelude::*;

use super::Card;
use crate::context::Ctx;

/// "Is it needed?"
pub(super) fn need(card: &Card) -> Html {
    let t = card.ctx.t();
    let sid = card.sid.clone();
    radio_group(
        card.ctx,
        &format!("{}-need", card.base),
        t.need_legend,
        html! {},
        &[(Need::Needed, t.need_needed), (Need::NotNeeded, t.need_not_needed)],
        card.record.need,
        move |need| Edit::SetNeed { service: sid.clone(), need: Some(need) },
    )
}

/// Who delivers it, with short help closed by default so that it never slows an expert down.
pub(super) fn delivery(card: &Card) -> Html {
    let t = card.ctx.t();
    let help = html! {
        <details class="x1060-help" data-help="delivery">
            <summary>{ t.help_delivery_summary }</summary>
            <p>{ t.delivery_help }</p>
        </details>
    };
    let sid = card.sid.clone();
    radio_group(
        card.ctx,
        &format!("{}-delivery", card.base),
        t.delivery_legend,
        help,
        &Delivery::ALL.map(|d| (d, t.delivery(d))),
        card.record.delivery,
        move |d| Edit::SetDelivery { service: sid.clone(), delivery: Some(d) },
    )
}

/// Its current level, with the meaning of every level as closed help.
pub(super) fn current(card: &Card, levels: &[(Level, String)]) -> Html {
    let t = card.ctx.t();
    let help = html! {
        <details class="x1060-help" data-help="levels">
            <summary>{ t.help_levels_summary }</summary>
            <dl class="x1060-levels">
                { for Level::all().map(|l| html! {
                    <><dt>{ t.level_label(l) }</dt><dd>{ t.level(l).meaning }</dd></>
                }) }
            </dl>
        </details>
    };
    let options: Vec<(Level, &str)> = levels.iter().map(|(l, s)| (*l, s.as_str())).collect();
    let sid = card.sid.clone();
    radio_group(
        card.ctx,
        &format!("{}-current", card.base),
        t.current_legend,
        help,
        &options,
        card.record.current,
        move |l| Edit::SetCurrent { service: sid.clone(), level: Some(l) },
    )
}

/// A `<fieldset>` of radio buttons, one per option, that sends `make(value)` when one is chosen;
/// `help` (a closed `<details>`, or nothing) sits between the legend and the options.
fn radio_group<T: Copy + PartialEq + 'static>(
    ctx: &Ctx,
    name: &str,
    legend: &str,
    help: Html,
    options: &[(T, &str)],
    selected: Option<T>,
    make: impl Fn(T) -> Edit + Clone + 'static,
) -> Html {
    html! {
        <fieldset class="x1060-radios">
            <legend>{ legend }</legend>
            { help }
            <div class="x1060-radio-row">
                { for options.iter().enumerate().map(|(i, (value, label))| {
                    let id = format!("{name}-{i}");
                    let ctx2 = ctx.clone();
                    let make = make.clone();
                    let value = *value;
                    let onchange = Callback::from(move |_: Event| ctx2.edit(make(value)));
                    html! {
                        <label class="x1060-radio" for={id.clone()}>
                            <input type="radio" id={id} name={name.to_string()} value={i.to_string()} disabled={ctx.read_only}
                                checked={selected == Some(value)} {onchange} />
                            <span>{ *label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
