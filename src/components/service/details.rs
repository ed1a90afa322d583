//! The details of a needed service that count in no figure but the plan: target level, priority,
//! owner, evidence and a note. Free-text fields hold back another tab's change while they have the
//! focus (`Ctx::typing_in`).

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use x1060_core::edit::{Edit, TextField};
use x1060_core::model::{Level, Priority};
use x1060_core::sync::Part;
use yew::prelude::*;

use super::Card;

/// The target level: a menu of the levels, or "not set".
pub(super) fn target(card: &Card, levels: &[(Level, String)]) -> Html {
    let (ctx, r, t) = (card.ctx, card.record, card.ctx.t());
    let onchange = {
        let (sid, ctx2) = (card.sid.clone(), ctx.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let level = s.value().parse::<u8>().ok().and_then(Level::new);
            ctx2.edit(Edit::SetTarget { service: sid.clone(), level });
        })
    };
    let id = format!("{}-target", card.base);
    html! {
        <div class="x1060-field">
            <label for={id.clone()}>{ t.target_label }</label>
            <select id={id} {onchange} disabled={ctx.read_only}>
                <option value="" selected={r.target.is_none()}>{ t.not_set }</option>
                { for levels.iter().map(|(l, name)| html! {
                    <option value={l.value().to_string()} selected={r.target == Some(*l)}>{ name.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// How important improving it is: high, medium, low, or "not set".
pub(super) fn priority(card: &Card) -> Html {
    let (ctx, r, t) = (card.ctx, card.record, card.ctx.t());
    let onchange = {
        let (sid, ctx2) = (card.sid.clone(), ctx.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let priority = match s.value().as_str() {
                "high" => Some(Priority::High),
                "medium" => Some(Priority::Medium),
                "low" => Some(Priority::Low),
                _ => None,
            };
            ctx2.edit(Edit::SetPriority { service: sid.clone(), priority });
        })
    };
    let id = format!("{}-priority", card.base);
    let opt = |p: Priority, v: &'static str| {
        html! {
            <option value={v} selected={r.priority == Some(p)}>{ t.priority(p) }</option>
        }
    };
    html! {
        <div class="x1060-field">
            <label for={id.clone()}>{ t.priority_label }</label>
            <select id={id} {onchange} disabled={ctx.read_only}>
                <option value="" selected={r.priority.is_none()}>{ t.not_set }</option>
                { opt(Priority::High, "high") }{ opt(Priority::Medium, "medium") }{ opt(Priority::Low, "low") }
            </select>
        </div>
    }
}

/// One free-text field: a line, or a few lines when `multiline`.
pub(super) fn text(card: &Card, field: TextField, label: &'static str, value: &str, multiline: bool) -> Html {
    let ctx = card.ctx;
    let id = format!("{}-{}", card.base, field.key());
    let (onfocus, onblur) = ctx.typing_in(Part::Service(card.sid.clone()));
    let (sid, ctx2) = (card.sid.clone(), ctx.clone());
    if multiline {
        let oninput = Callback::from(move |e: InputEvent| {
            let el: HtmlTextAreaElement = e.target_unchecked_into();
            ctx2.edit(Edit::SetText { service: sid.clone(), field, value: el.value() });
        });
        html! {
            <div class="x1060-field x1060-field-wide">
                <label for={id.clone()}>{ label }</label>
                <textarea id={id} rows="2" value={value.to_string()} {oninput} {onfocus} {onblur} disabled={ctx.read_only} />
            </div>
        }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            ctx2.edit(Edit::SetText { service: sid.clone(), field, value: el.value() });
        });
        html! {
            <div class="x1060-field">
                <label for={id.clone()}>{ label }</label>
                <input id={id} type="text" value={value.to_string()} {oninput} {onfocus} {onblur} disabled={ctx.read_only} />
            </div>
        }
    }
}

/// Every detail, in a `<details>` that is open when one of them is filled in.
pub(super) fn all(card: &Card, levels: &[(Level, String)]) -> Html {
    let (r, t) = (card.record, card.ctx.t());
    let filled = r.target.is_some()
        || r.priority.is_some()
        || !r.owner.is_empty()
        || !r.evidence.is_empty()
        || !r.note.is_empty();
    html! {
        <details class="x1060-details" open={filled}>
            <summary>{ t.more_details }</summary>
            <div class="x1060-fields">
                { target(card, levels) }
                { priority(card) }
                { text(card, TextField::Owner, t.owner_label, &r.owner, false) }
                { text(card, TextField::Evidence, t.evidence_label, &r.evidence, true) }
                { text(card, TextField::Note, t.note_label, &r.note, true) }
            </div>
        </details>
    }
}
