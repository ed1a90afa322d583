//! The coordinator's settings: k (never below 3) and the one profile field to group by.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use x1060_core::cohort::{GroupBy, K};
use yew::prelude::*;

use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub k: K,
    pub group_by: GroupBy,
    pub on_k: Callback<K>,
    pub on_group: Callback<GroupBy>,
    /// Whether a last round is loaded (grouping by round is offered only then).
    pub rounds: bool,
}

#[function_component]
pub fn Settings(props: &SettingsProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let t = ctx.t();
    let w = x1060_core::cohort::text::text(ctx.lang);
    let k_id = ctx.id("wb-k");
    let group_id = ctx.id("wb-group");
    let on_k = props.on_k.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        // Anything that is not a number, or below 3, becomes the nearest allowed value, and the
        // field shows it (also when k does not change, so no render would correct the field).
        let k = K::new(input.value().trim().parse::<u32>().unwrap_or(K::MIN));
        input.set_value(&k.to_string());
        k
    });
    let on_group = props.on_group.reform(|e: Event| {
        let sel: HtmlSelectElement = e.target_unchecked_into();
        GroupBy::from_key(&sel.value()).unwrap_or_default()
    });
    let label = |g: GroupBy| x1060_core::cohort::html::grouping(g, t, w);
    let rounds = props.rounds;
    html! {
        <fieldset class="x1060-wb-settings">
            <legend>{ w.wb_settings_heading }</legend>
            <p>
                <label for={k_id.clone()}>{ w.wb_k_label }</label>{ " " }
                <input id={k_id.clone()} type="number" min={K::MIN.to_string()} max={K::MAX.to_string()} step="1"
                    value={props.k.to_string()} onchange={on_k} data-wb-k="" aria-describedby={format!("{k_id}-help")} />
            </p>
            <p id={format!("{k_id}-help")} class="x1060-hint">{ w.wb_k_help }</p>
            <p>
                <label for={group_id.clone()}>{ w.wb_group_label }</label>{ " " }
                <select id={group_id} onchange={on_group} data-wb-group="">
                    { for GroupBy::ALL.iter().filter(|g| rounds || **g != GroupBy::Round).map(|g| html! {
                        <option value={g.key()} selected={*g == props.group_by}>{ label(*g) }</option>
                    }) }
                </select>
            </p>
        </fieldset>
    }
}
