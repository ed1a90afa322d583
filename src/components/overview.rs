//! The first screen: introduction, profile, overall progress and the categories.

use std::rc::Rc;

use x1060_core::json::clip;
use x1060_core::model::Assessment;
use x1060_core::progress;
use yew::prelude::*;

use super::{intro::Intro, profile::ProfileForm};
use crate::context::use_ctx;
use crate::state::{Action, View};

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub assessment: Rc<Assessment>,
}

#[function_component]
pub fn Overview(props: &OverviewProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let cat = &ctx.catalogue;
    let a = &props.assessment;
    let shown: Vec<_> = cat.categories.iter().filter(|c| ctx.config.shows_category(&c.id)).collect();
    let total = progress::overall_in(cat, a, ctx.config.categories.as_deref());
    let next = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.send(Action::NextUnanswered { after: None }))
    };
    let heading = ctx.id("categories-heading");
    let orphans = progress::orphans(cat, a);
    let mismatch = a.catalogue.id != cat.id || a.catalogue.version != cat.version;
    // The host page asked for categories this catalogue lacks (issue 13).
    let unknown = ctx.config.unknown_categories(cat);
    // Catalogue titles in a language the interface lacks carry their own language (WCAG 3.1.2).
    let title_lang = (*ctx.content != *ctx.lang.code()).then(|| ctx.content.to_string());
    let review = super::service::show_reviews(&ctx);
    html! {
        <>
            if mismatch && !a.catalogue.id.is_empty() {
                <section class="x1060-card x1060-edition" data-catalogue-mismatch="">
                    <p>{ (t.catalogue_mismatch)(&clip(&a.catalogue.id, 60), &clip(&a.catalogue.version, 60)) }</p>
                    <button type="button" class="x1060-button x1060-button-primary" data-edition-check="" onclick={review.clone()}>{ t.edition_check }</button>
                </section>
            } else if !a.to_review.is_empty() {
                <section class="x1060-card x1060-edition" data-to-review={a.to_review.len().to_string()}>
                    <p>{ (t.to_review_count)(a.to_review.len()) }</p>
                    <button type="button" class="x1060-button x1060-button-primary" onclick={review}>{ t.to_review_open }</button>
                </section>
            }
            <Intro />
            <ProfileForm profile={a.profile.clone()} />
            <section class="x1060-card x1060-categories" aria-labelledby={heading.clone()}>
                <h2 id={heading} class="x1060-view-heading" tabindex="-1">{ t.categories_heading }</h2>
                if !unknown.is_empty() {
                    <p class="x1060-notice" role="status" data-categories-unknown={unknown.join(",")}>{ (t.categories_unknown)(&unknown.join(", "), ctx.config.categories.is_none()) }</p>
                }
                <div class="x1060-overall">
                    <progress max={total.total.to_string()} value={total.answered.to_string()}
                        aria-label={(t.progress_overall)(total.answered, total.total)}></progress>
                    <p data-progress="overall">{ (t.progress_overall)(total.answered, total.total) }</p>
                    if total.is_complete() {
                        <p class="x1060-done">{ t.all_answered }</p>
                    } else {
                        <button type="button" class="x1060-button x1060-button-primary" onclick={next}>{ t.next_unanswered }</button>
                    }
                </div>
                <ul class="x1060-category-list">
                    { for shown.iter().map(|c| {
                        let p = progress::category(cat, a, &c.id);
                        let open = { let ctx = ctx.clone(); let id = c.id.clone();
                            Callback::from(move |_| ctx.send(Action::Show(View::Category(id.clone())))) };
                        html! {
                            <li class="x1060-category-item" data-category={c.id.to_string()}>
                                <button type="button" class="x1060-category-button" onclick={open}>
                                    <span class="x1060-category-id">{ c.id.as_str() }</span>
                                    <span class="x1060-category-name" lang={title_lang.clone()}>{ c.title.get_code(&ctx.content) }</span>
                                    <span class="x1060-category-progress">{ (t.progress_category)(p.answered, p.total) }</span>
                                    <progress max={p.total.to_string()} value={p.answered.to_string()} aria-hidden="true"></progress>
                                </button>
                                <p class="x1060-category-desc">{ c.description.get_code(&ctx.content) }</p>
                            </li>
                        }
                    }) }
                </ul>
            </section>
            if !orphans.is_empty() {
                <section class="x1060-card x1060-orphans" data-orphans={orphans.join(",")}>
                    <h2>{ t.orphans_heading }</h2>
                    <p>{ t.orphans_help }</p>
                    <ul class="x1060-compact">
                        { for orphans.iter().map(|id| html! {
                            <li data-orphan={id.to_string()}>{ orphan_summary(t, id, &a.record(id)) }</li>
                        }) }
                    </ul>
                </section>
            }
        </>
    }
}

/// One kept answer for a service the catalogue lacks: "E-7 · Needed · Outsourced · 2 Repeatable".
fn orphan_summary(t: &x1060_core::i18n::UiText, id: &str, r: &x1060_core::model::ServiceRecord) -> String {
    format!("{id} · {}", answer_summary(t, r))
}

/// An answer in a few words: "Needed · Outsourced · 2 Repeatable" ("—" when empty).
pub fn answer_summary(t: &x1060_core::i18n::UiText, r: &x1060_core::model::ServiceRecord) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(r.need.map(|n| t.need(n).to_string()));
    parts.extend(r.delivery.map(|d| t.delivery(d).to_string()));
    parts.extend(r.current.map(|l| t.level_label(l)));
    if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(" · ")
    }
}
