//! What X.1060 is, how the assessment works and what the user gets, with the level scale.

use x1060_core::model::Level;
use yew::prelude::*;

use crate::context::use_ctx;

#[function_component]
pub fn Intro() -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let heading = ctx.id("intro-heading");
    html! {
        <section class="x1060-card x1060-intro" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ t.intro_heading }</h2>
            <p>{ t.intro_what }</p>
            <p>{ t.intro_how }</p>
            <p>{ t.intro_get }</p>
            <p class="x1060-privacy">{ t.intro_privacy }</p>
            <details class="x1060-details">
                <summary>{ t.intro_more }</summary>
                <h3>{ t.levels_heading }</h3>
                <dl class="x1060-levels">
                    { for Level::all().map(|l| html! {
                        <>
                            <dt>{ t.level_label(l) }</dt>
                            <dd>{ t.level(l).meaning }</dd>
                        </>
                    }) }
                </dl>
                <h3>{ t.delivery_heading }</h3>
                <p>{ t.delivery_help }</p>
                <p>{ t.intro_method }</p>
            </details>
        </section>
    }
}
