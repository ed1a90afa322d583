//! One service: every field of method.md, with native controls.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use x1060_core::catalogue::Provenance;
use x1060_core::edit::{Edit, TextField};
use x1060_core::ids::ServiceId;
use x1060_core::model::{Delivery, Level, Missing, Need, Priority, ServiceRecord};
use x1060_core::sync::Part;
use yew::prelude::*;

use super::focus::use_focus_request;
use crate::context::{use_ctx, Ctx};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ServiceCardProps {
    pub id: ServiceId,
    pub record: ServiceRecord,
    /// Answers from another catalogue proposed for this service, waiting for review.
    #[prop_or_default]
    pub reviews: usize,
}

#[function_component]
pub fn ServiceCard(props: &ServiceCardProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let confirming = use_state(|| false);
    let focus = use_focus_request(ctx.root.clone());
    let t = ctx.t();
    let Some(service) = ctx.catalogue.service(&props.id) else { return html! {} };
    let r = &props.record;
    let sid = props.id.clone();
    let base = ctx.id(&format!("svc-{sid}"));
    let heading = format!("{base}-title");
    let desc = format!("{base}-desc");
    let answered = r.is_answered();
    // Catalogue titles in a language the interface lacks carry their own language (WCAG 3.1.2).
    let title_lang = (*ctx.content != *ctx.lang.code()).then(|| ctx.content.to_string());

    let need_group = radio_group(
        &ctx,
        &format!("{base}-need"),
        t.need_legend,
        html! {},
        &[(Need::Needed, t.need_needed), (Need::NotNeeded, t.need_not_needed)],
        r.need,
        {
            let sid = sid.clone();
            move |need| Edit::SetNeed { service: sid.clone(), need: Some(need) }
        },
    );
    // Short help inside the groups, closed by default so that it never slows an expert down.
    let delivery_help = html! {
        <details class="x1060-help" data-help="delivery">
            <summary>{ t.help_delivery_summary }</summary>
            <p>{ t.delivery_help }</p>
        </details>
    };
    let levels_help = html! {
        <details class="x1060-help" data-help="levels">
            <summary>{ t.help_levels_summary }</summary>
            <dl class="x1060-levels">
                { for Level::all().map(|l| html! {
                    <><dt>{ t.level_label(l) }</dt><dd>{ t.level(l).meaning }</dd></>
                }) }
            </dl>
        </details>
    };
    let delivery_group = radio_group(
        &ctx,
        &format!("{base}-delivery"),
        t.delivery_legend,
        delivery_help,
        &Delivery::ALL.map(|d| (d, t.delivery(d))),
        r.delivery,
        {
            let sid = sid.clone();
            move |d| Edit::SetDelivery { service: sid.clone(), delivery: Some(d) }
        },
    );
    let levels: Vec<(Level, String)> = Level::all().map(|l| (l, t.level_label(l))).collect();
    let level_refs: Vec<(Level, &str)> = levels.iter().map(|(l, s)| (*l, s.as_str())).collect();
    let current_group =
        radio_group(&ctx, &format!("{base}-current"), t.current_legend, levels_help, &level_refs, r.current, {
            let sid = sid.clone();
            move |l| Edit::SetCurrent { service: sid.clone(), level: Some(l) }
        });

    let target_select = {
        let sid = sid.clone();
        let ctx2 = ctx.clone();
        let onchange = Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let level = s.value().parse::<u8>().ok().and_then(Level::new);
            ctx2.edit(Edit::SetTarget { service: sid.clone(), level });
        });
        let id = format!("{base}-target");
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
    };
    let priority_select = {
        let sid = sid.clone();
        let ctx2 = ctx.clone();
        let onchange = Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let priority = match s.value().as_str() {
                "high" => Some(Priority::High),
                "medium" => Some(Priority::Medium),
                "low" => Some(Priority::Low),
                _ => None,
            };
            ctx2.edit(Edit::SetPriority { service: sid.clone(), priority });
        });
        let id = format!("{base}-priority");
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
    };
    let text = |field: TextField, label: &'static str, value: &str, multiline: bool| {
        let sid = sid.clone();
        let ctx2 = ctx.clone();
        let id = format!("{base}-{}", field.key());
        let (onfocus, onblur) = ctx.typing_in(Part::Service(sid.clone()));
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
    };

    // The buttons that were pressed disappear, so the focus is moved on: to the confirmation,
    // back to "Clear…" after a cancel, and to the service's heading once its answers are gone.
    let in_card = |what: &str| format!("[data-service-id=\"{sid}\"] {what}");
    let clear = {
        let confirming = confirming.clone();
        let focus = focus.clone();
        let target = in_card("[data-clear=\"confirm\"]");
        Callback::from(move |_| {
            focus.request(&[&target]);
            confirming.set(true)
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        let focus = focus.clone();
        let target = in_card("[data-clear=\"ask\"]");
        Callback::from(move |_| {
            focus.request(&[&target]);
            confirming.set(false)
        })
    };
    let confirm = {
        let confirming = confirming.clone();
        let ctx2 = ctx.clone();
        let sid = sid.clone();
        let focus = focus.clone();
        let target = in_card("h3");
        Callback::from(move |_| {
            focus.request(&[&target]);
            ctx2.edit(Edit::ClearService { service: sid.clone() });
            confirming.set(false);
        })
    };
    let next = {
        let ctx2 = ctx.clone();
        let sid = sid.clone();
        Callback::from(move |_| ctx2.send(Action::NextUnanswered { after: Some(sid.clone()) }))
    };
    let has_details = r.target.is_some()
        || r.priority.is_some()
        || !r.owner.is_empty()
        || !r.evidence.is_empty()
        || !r.note.is_empty();

    html! {
        <article class={classes!("x1060-service", answered.then_some("x1060-answered"))}
            data-service-id={sid.to_string()} aria-labelledby={heading.clone()} aria-describedby={desc.clone()}>
            <div class="x1060-service-head">
                <h3 id={heading} tabindex="-1"><span class="x1060-service-id">{ sid.as_str() }</span>{ " " }<span lang={title_lang}>{ service.title.get_code(&ctx.content) }</span></h3>
                <span class={classes!("x1060-badge", if answered { "x1060-badge-done" } else { "x1060-badge-todo" })} data-answered={answered.to_string()}>
                    { match (answered, r.missing()) {
                        (true, _) => t.service_answered,
                        (false, Some(Missing::Delivery)) => t.missing_delivery,
                        (false, Some(Missing::Current)) => t.missing_current,
                        (false, Some(Missing::DeliveryAndCurrent)) => t.missing_delivery_current,
                        (false, None) => t.service_unanswered,
                    } }
                </span>
            </div>
            if service.provenance == Provenance::Provisional {
                <p class="x1060-provisional">
                    <span class="x1060-provisional-mark">{ t.provisional_marker }</span>{ " " }
                    { t.provisional_explain }
                    if let Some(n) = &service.provenance_note { { " " }{ n.get_code(&ctx.content) } }
                </p>
            }
            <p id={desc} class="x1060-service-desc" lang={ctx.content.to_string()}>{ service.description.get_code(&ctx.content) }</p>
            if props.reviews > 0 {
                <p class="x1060-notice" data-service-reviews={props.reviews.to_string()}>
                    { (t.to_review_count)(props.reviews) }{ " " }
                    <button type="button" class="x1060-button" onclick={show_reviews(&ctx)}>{ t.to_review_open }</button>
                </p>
            }
            { need_group }
            if r.need == Some(Need::NotNeeded) {
                <div class="x1060-fields">{ text(TextField::Reason, t.reason_label, &r.reason, false) }</div>
            }
            if r.need == Some(Need::Needed) {
                { delivery_group }
                { current_group }
                if let Some(l) = r.current {
                    <p class="x1060-level-meaning" data-level-meaning="">{ t.level(l).meaning }</p>
                }
                <details class="x1060-details" open={has_details}>
                    <summary>{ t.more_details }</summary>
                    <div class="x1060-fields">
                        { target_select }
                        { priority_select }
                        { text(TextField::Owner, t.owner_label, &r.owner, false) }
                        { text(TextField::Evidence, t.evidence_label, &r.evidence, true) }
                        { text(TextField::Note, t.note_label, &r.note, true) }
                    </div>
                </details>
            }
            <div class="x1060-service-actions">
                if answered {
                    <button type="button" class="x1060-button x1060-button-quiet" onclick={next}>{ t.next_unanswered }</button>
                }
                if !r.is_empty() && !ctx.read_only {
                    if *confirming {
                        <span class="x1060-confirm" role="group" aria-label={t.clear_service}>
                            <button type="button" class="x1060-button x1060-button-danger" onclick={confirm} data-clear="confirm">{ t.clear_service }</button>
                            <button type="button" class="x1060-button x1060-button-quiet" onclick={cancel} data-clear="cancel">{ t.cancel }</button>
                        </span>
                    } else {
                        <button type="button" class="x1060-button x1060-button-quiet" onclick={clear} data-clear="ask">{ t.clear_service }{ "…" }</button>
                    }
                }
            </div>
        </article>
    }
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

/// Opens the answers waiting for review (the editions view).
pub fn show_reviews(ctx: &Ctx) -> Callback<MouseEvent> {
    let ctx = ctx.clone();
    Callback::from(move |_| ctx.send(Action::Show(crate::state::View::Editions)))
}
