//! One category: its services, with navigation to the neighbouring categories.

use std::rc::Rc;

use x1060_core::ids::CategoryId;
use x1060_core::model::Assessment;
use x1060_core::progress;
use yew::prelude::*;

use super::service::ServiceCard;
use crate::context::use_ctx;
use crate::state::{Action, View};

#[derive(Properties, PartialEq)]
pub struct CategoryViewProps {
    pub category: CategoryId,
    pub assessment: Rc<Assessment>,
}

#[function_component]
pub fn CategoryView(props: &CategoryViewProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let cat = ctx.catalogue.clone();
    let Some(category) = cat.category(&props.category) else { return html! {} };
    let shown: Vec<&CategoryId> =
        cat.categories.iter().filter(|c| ctx.config.shows_category(&c.id)).map(|c| &c.id).collect();
    let pos = shown.iter().position(|c| **c == category.id);
    let prev = pos.and_then(|i| i.checked_sub(1)).and_then(|i| shown.get(i)).map(|s| (*s).clone());
    let next = pos.and_then(|i| shown.get(i + 1)).map(|s| (*s).clone());
    let p = progress::category(&cat, &props.assessment, &category.id);
    // Catalogue titles in a language the interface lacks carry their own language (WCAG 3.1.2).
    let title_lang = (*ctx.content != *ctx.lang.code()).then(|| ctx.content.to_string());
    let go = |v: View| {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.send(Action::Show(v.clone())))
    };
    let next_unanswered = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.send(Action::NextUnanswered { after: None }))
    };
    // Arrows are decoration (hidden from screen readers) and turn round in right-to-left scripts.
    let back = html! { <span class="x1060-arrow" aria-hidden="true">{ "←" }</span> };
    let forward = html! { <span class="x1060-arrow" aria-hidden="true">{ "→" }</span> };
    let nav = |label: &'static str| {
        html! {
            <nav class="x1060-catnav" aria-label={label}>
                <button type="button" class="x1060-button x1060-button-quiet" onclick={go(View::Overview)}>{ back.clone() }{ " " }{ t.back_to_overview }</button>
                if let Some(prev) = prev.clone() {
                    <button type="button" class="x1060-button x1060-button-quiet" onclick={go(View::Category(prev.clone()))}>
                        { back.clone() }{ format!(" {} {prev}", t.previous_category) }
                    </button>
                }
                if let Some(next) = next.clone() {
                    <button type="button" class="x1060-button" onclick={go(View::Category(next.clone()))}>
                        { format!("{} {next} ", t.next_category) }{ forward.clone() }
                    </button>
                }
            </nav>
        }
    };
    html! {
        <section class="x1060-category" data-category={category.id.to_string()}>
            { nav(t.catnav_top) }
            <h2 class="x1060-view-heading" tabindex="-1">
                <span class="x1060-category-id">{ category.id.as_str() }</span>{ " " }<span lang={title_lang}>{ category.title.get_code(&ctx.content) }</span>
            </h2>
            <p class="x1060-category-desc">{ category.description.get_code(&ctx.content) }</p>
            <div class="x1060-overall">
                <progress max={p.total.to_string()} value={p.answered.to_string()} aria-hidden="true"></progress>
                <p data-progress={category.id.to_string()}>{ (t.progress_category)(p.answered, p.total) }</p>
                if !p.is_complete() {
                    <button type="button" class="x1060-button" onclick={next_unanswered}>{ t.next_unanswered }</button>
                }
            </div>
            { for cat.services_in(&category.id).map(|s| html! {
                <ServiceCard key={s.id.as_str()} id={s.id.clone()}
                    record={props.assessment.record(&s.id).into_owned()}
                    reviews={props.assessment.reviews_for(&s.id).count()} />
            }) }
            { nav(t.catnav_bottom) }
        </section>
    }
}
