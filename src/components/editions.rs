//! A catalogue change for the open assessment (docs/catalogue-editions.md), in the part
//! `Part::Editions`: the preview of where each answer goes, before anything changes, and the
//! answers waiting for review, each confirmed for a service by the user. Everything shown comes
//! from `x1060_core::edition`'s plan, the same one that is applied.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use x1060_core::catalogue::Catalogue;
use x1060_core::edit::Edit;
use x1060_core::edition::{self, text::EdText, Change, Move, Outcome, Plan};
use x1060_core::ids::ServiceId;
use x1060_core::library::Library;
use x1060_core::model::{Assessment, ToReview};
use x1060_core::report::isolate;
use yew::prelude::*;

use super::overview::answer_summary;
use crate::context::{use_ctx, Ctx};
use crate::persist;
use crate::platform;
use crate::state::{Action, View};

#[derive(Properties, PartialEq)]
pub struct EditionsProps {
    pub assessment: Rc<Assessment>,
    pub library: Rc<Library>,
    pub can_write: bool,
}

#[function_component]
pub fn Editions(props: &EditionsProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let e = edition::text::text(ctx.lang);
    let a = &props.assessment;
    let pending = edition::needs_plan(a, &ctx.catalogue);
    html! {
        <section class="x1060-card x1060-editions" data-editions="">
            <h2 class="x1060-view-heading" tabindex="-1">{ e.ed_heading }</h2>
            if pending {
                <Preview assessment={a.clone()} library={props.library.clone()} />
            } else if a.to_review.is_empty() {
                <p data-none-left="">{ e.ed_none_left }</p>
            } else {
                <Reviews assessment={a.clone()} />
            }
        </section>
    }
}

/// "A-4 Policy planning" in the catalogue's language.
fn service_label(c: &Catalogue, content: &str, id: &str) -> String {
    match c.service(id) {
        Some(s) => format!("{id} {}", s.title.get_code(content)),
        None => id.to_string(),
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    assessment: Rc<Assessment>,
    library: Rc<Library>,
}

/// Where each answer goes, and the button that makes it so.
#[function_component]
fn Preview(props: &PreviewProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let (t, e) = (ctx.t(), edition::text::text(ctx.lang));
    let a = &props.assessment;
    let (plan, bad) = edition::plan_for(a, &ctx.catalogue);
    let from = format!("{} {}", plan.from.id, plan.from.version);
    let to = format!("{} {}", plan.to.id, plan.to.version);
    let apply = {
        let (ctx, a, lib, plan) = (ctx.clone(), a.clone(), props.library.clone(), plan.clone());
        Callback::from(move |_: MouseEvent| apply_plan(&ctx, &lib, &a, &plan))
    };
    let later = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.send(Action::Show(View::Overview)))
    };
    let touched: Vec<&Move> = plan.touched().collect();
    html! {
        <div data-edition-preview="">
            <p>{ (e.ed_intro)(&from, &to) }</p>
            if !plan.old_known {
                <p class="x1060-hint" data-old-unknown="">{ e.ed_old_unknown }</p>
            }
            if plan.mapped {
                <p class="x1060-hint" data-mapped="">{ e.ed_mapped }</p>
            }
            { for bad.iter().map(|b| html! { <p class="x1060-notice" data-bad-mapping="">{ (e.ed_bad_mapping)(&b.to_string()) }</p> }) }
            <p data-edition-summary="">{ (e.ed_summary)(plan.carried_count(), plan.to_review_count(), plan.aside_count()) }</p>
            if touched.is_empty() {
                <p>{ e.ed_nothing_touched }</p>
            } else {
                <div class="x1060-table-wrap">
                    <table class="x1060-table x1060-stack">
                        <thead><tr>
                            <th scope="col">{ t.col_id }</th><th scope="col">{ e.ed_col_before }</th>
                            <th scope="col">{ e.ed_col_answer }</th><th scope="col">{ e.ed_col_after }</th>
                        </tr></thead>
                        <tbody>{ for touched.iter().map(|m| move_row(&ctx, e, m)) }</tbody>
                    </table>
                </div>
            }
            <p class="x1060-hint">{ e.ed_apply_help }</p>
            <div class="x1060-actions">
                <button type="button" class="x1060-button x1060-button-primary" data-edition-apply="" onclick={apply}>{ e.ed_apply }</button>
                <button type="button" class="x1060-button" onclick={later}>{ e.ed_not_now }</button>
            </div>
        </div>
    }
}

/// Backs the assessment up, then replaces it with its moved copy. Nothing is replaced without
/// the backup; the reason is shown as a notice.
fn apply_plan(ctx: &Ctx, lib: &Library, a: &Assessment, plan: &Plan) {
    let Some(id) = lib.current_id().cloned() else { return };
    let now = platform::now_iso();
    if let Err(notice) = persist::back_up(lib, &id, &ctx.config.namespace, &now) {
        ctx.send(Action::Notify(notice));
        return;
    }
    let moved = edition::apply(a, plan, &now);
    ctx.send(Action::ApplyEdition { id, assessment: Box::new(moved), at: now });
}

fn move_row(ctx: &Ctx, e: &EdText, m: &Move) -> Html {
    let t = ctx.t();
    let title = m.from_title.get_code(&ctx.content);
    let after = match &m.outcome {
        Outcome::Carried { to, change } => {
            let what = match change {
                Some(Change::Renamed) => e.ed_renamed,
                Some(Change::Moved) => e.ed_moved,
                _ => e.ed_same,
            };
            html! { <>{ service_label(&ctx.catalogue, &ctx.content, to) }<br /><span class="x1060-muted">{ what }</span></> }
        }
        Outcome::ToReview { to, why } => {
            let targets = if to.is_empty() {
                e.ed_review_for_none.to_string()
            } else {
                to.iter()
                    .map(|id| service_label(&ctx.catalogue, &ctx.content, id))
                    .collect::<Vec<_>>()
                    .join(t.list_separator)
            };
            html! { <><strong>{ e.ed_to_review }</strong>{ " " }{ targets }<br /><span class="x1060-muted">{ e.why(*why) }</span></> }
        }
        Outcome::Aside => html! { { e.ed_aside } },
    };
    let kind = match &m.outcome {
        Outcome::Carried { .. } => "carried",
        Outcome::ToReview { .. } => "review",
        Outcome::Aside => "aside",
    };
    // On a narrow screen the rows stack, each cell under its column's name (data-label).
    html! {
        <tr data-move-from={m.from.to_string()} data-outcome={kind}>
            <td class="x1060-id" data-label={t.col_id}>{ m.from.as_str() }</td>
            <td data-label={e.ed_col_before}>{ if title.is_empty() { e.ed_title_unknown } else { title } }</td>
            <td data-label={e.ed_col_answer}>{ answer_summary(t, &m.answer) }</td>
            <td data-label={e.ed_col_after}>{ after }</td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
struct ReviewsProps {
    assessment: Rc<Assessment>,
}

/// The answers waiting for review, each with its own choice of service.
#[function_component]
fn Reviews(props: &ReviewsProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let e = edition::text::text(ctx.lang);
    let a = &props.assessment;
    html! {
        <div data-reviews={a.to_review.len().to_string()}>
            <h3>{ e.ed_review_heading }</h3>
            <p>{ e.ed_review_intro }</p>
            <ul class="x1060-review-list">
                { for a.to_review.iter().enumerate().map(|(index, item)| html! {
                    <ReviewItem key={format!("{index}-{}-{}", item.from.service, item.service.clone().unwrap_or_default())}
                        {index} item={item.clone()} assessment={a.clone()} />
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ReviewItemProps {
    index: usize,
    item: ToReview,
    assessment: Rc<Assessment>,
}

/// One answer to review: where it was given, what it says, and a service to confirm it for.
#[function_component]
fn ReviewItem(props: &ReviewItemProps) -> Html {
    let choice = use_state(|| props.item.service.clone().unwrap_or_default());
    let refused = use_state(|| false);
    let Some(ctx) = use_ctx() else { return html! {} };
    let (t, e) = (ctx.t(), edition::text::text(ctx.lang));
    let item = &props.item;
    let id = ctx.id(&format!("review-{}", props.index));
    let title = item.from.title.get_code(&ctx.content);
    let given = (e.ed_given_to)(
        &isolate(&format!("{} {}", item.from.service, if title.is_empty() { e.ed_title_unknown } else { title })),
        &isolate(&format!("{} {}", item.from.catalogue.id, item.from.catalogue.version)),
    );
    let change = {
        let (choice, refused) = (choice.clone(), refused.clone());
        Callback::from(move |ev: Event| {
            if let Some(s) = ev.target_dyn_into::<HtmlSelectElement>() {
                choice.set(ServiceId::from(s.value()));
                refused.set(false);
            }
        })
    };
    let confirm = {
        let (ctx, a, choice, refused, index) =
            (ctx.clone(), props.assessment.clone(), choice.clone(), refused.clone(), props.index);
        Callback::from(move |_: MouseEvent| {
            let service = (*choice).clone();
            if service.is_empty() || ctx.catalogue.service(&service).is_none() {
                return;
            }
            if !a.can_take_review(&service) {
                refused.set(true);
                return;
            }
            ctx.send(Action::Edit { edit: Edit::ConfirmReview { index, service }, at: platform::now_iso() });
        })
    };
    html! {
        <li class="x1060-review" data-review-from={item.from.service.to_string()} data-review-proposed={item.service.as_deref().unwrap_or_default().to_string()}>
            <p><strong>{ given }</strong></p>
            <p>{ answer_summary(t, &item.answer) }</p>
            <p class="x1060-muted">{ e.why(item.why) }</p>
            <label for={id.clone()}>{ e.ed_service_label }</label>
            <select id={id} onchange={change}>
                <option value="" selected={choice.is_empty()}>{ e.ed_no_service }</option>
                { for ctx.catalogue.services.iter().map(|s| html! {
                    <option value={s.id.to_string()} selected={*choice == s.id}>{ service_label(&ctx.catalogue, &ctx.content, &s.id) }</option>
                }) }
            </select>
            { " " }
            <button type="button" class="x1060-button x1060-button-primary" data-review-confirm="" onclick={confirm} disabled={choice.is_empty()}>{ e.ed_confirm }</button>
            if *refused {
                <p class="x1060-notice" role="alert" data-review-refused="">{ e.ed_answered_already }</p>
            }
        </li>
    }
}
