//! One service: every field of method.md, with native controls. The card is the layout; its parts
//! are view functions beside it: the answers that count (`answers`), the details (`details`) and
//! the buttons under it (`actions`).

mod actions;
mod answers;
mod details;

use x1060_core::catalogue::Provenance;
use x1060_core::edit::TextField;
use x1060_core::ids::ServiceId;
use x1060_core::model::{Level, Missing, Need, ServiceRecord};
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

/// What every part of one card needs: the app, the service, its answers and the prefix of its
/// element ids.
struct Card<'a> {
    ctx: &'a Ctx,
    sid: &'a ServiceId,
    record: &'a ServiceRecord,
    base: &'a str,
}

#[function_component]
pub fn ServiceCard(props: &ServiceCardProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let confirming = use_state(|| false);
    let focus = use_focus_request(ctx.root.clone());
    let t = ctx.t();
    let Some(service) = ctx.catalogue.service(&props.id) else { return html! {} };
    let (r, sid) = (&props.record, &props.id);
    let base = ctx.id(&format!("svc-{sid}"));
    let card = Card { ctx: &ctx, sid, record: r, base: &base };
    let heading = format!("{base}-title");
    let desc = format!("{base}-desc");
    let answered = r.is_answered();
    // Catalogue titles in a language the interface lacks carry their own language (WCAG 3.1.2).
    let title_lang = (*ctx.content != *ctx.lang.code()).then(|| ctx.content.to_string());
    let levels: Vec<(Level, String)> = Level::all().map(|l| (l, t.level_label(l))).collect();
    let badge = match (answered, r.missing()) {
        (true, _) => t.service_answered,
        (false, Some(Missing::Delivery)) => t.missing_delivery,
        (false, Some(Missing::Current)) => t.missing_current,
        (false, Some(Missing::DeliveryAndCurrent)) => t.missing_delivery_current,
        (false, None) => t.service_unanswered,
    };

    html! {
        <article class={classes!("x1060-service", answered.then_some("x1060-answered"))}
            data-service-id={sid.to_string()} aria-labelledby={heading.clone()} aria-describedby={desc.clone()}>
            <div class="x1060-service-head">
                <h3 id={heading} tabindex="-1"><span class="x1060-service-id">{ sid.as_str() }</span>{ " " }<span lang={title_lang}>{ service.title.get_code(&ctx.content) }</span></h3>
                <span class={classes!("x1060-badge", if answered { "x1060-badge-done" } else { "x1060-badge-todo" })} data-answered={answered.to_string()}>
                    { badge }
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
            { answers::need(&card) }
            if r.need == Some(Need::NotNeeded) {
                <div class="x1060-fields">{ details::text(&card, TextField::Reason, t.reason_label, &r.reason, false) }</div>
            }
            if r.need == Some(Need::Needed) {
                { answers::delivery(&card) }
                { answers::current(&card, &levels) }
                if let Some(l) = r.current {
                    <p class="x1060-level-meaning" data-level-meaning="">{ t.level(l).meaning }</p>
                }
                { details::all(&card, &levels) }
            }
            { actions::actions(&card, &confirming, &focus) }
        </article>
    }
}

/// Opens the answers waiting for review (the editions view).
pub fn show_reviews(ctx: &Ctx) -> Callback<MouseEvent> {
    let ctx = ctx.clone();
    Callback::from(move |_| ctx.send(Action::Show(crate::state::View::Editions)))
}
