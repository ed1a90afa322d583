//! The buttons under a service: "Next unanswered", and clearing its answers (asked, then
//! confirmed). The buttons that were pressed disappear, so the focus is moved on: to the
//! confirmation, back to "Clear…" after a cancel, and to the service's heading once its answers
//! are gone.

use x1060_core::edit::Edit;
use yew::prelude::*;

use super::Card;
use crate::components::focus::FocusRequest;
use crate::state::Action;

pub(super) fn actions(card: &Card, confirming: &UseStateHandle<bool>, focus: &FocusRequest) -> Html {
    let (ctx, r, t) = (card.ctx, card.record, card.ctx.t());
    let in_card = |what: &str| format!("[data-service-id=\"{}\"] {what}", card.sid);
    let ask = |show: bool, target: String| {
        let (confirming, focus) = (confirming.clone(), focus.clone());
        Callback::from(move |_| {
            focus.request(&[&target]);
            confirming.set(show)
        })
    };
    let clear = ask(true, in_card("[data-clear=\"confirm\"]"));
    let cancel = ask(false, in_card("[data-clear=\"ask\"]"));
    let confirm = {
        let (confirming, focus, ctx2, sid) = (confirming.clone(), focus.clone(), ctx.clone(), card.sid.clone());
        let target = in_card("h3");
        Callback::from(move |_| {
            focus.request(&[&target]);
            ctx2.edit(Edit::ClearService { service: sid.clone() });
            confirming.set(false);
        })
    };
    let next = {
        let (ctx2, sid) = (ctx.clone(), card.sid.clone());
        Callback::from(move |_| ctx2.send(Action::NextUnanswered { after: Some(sid.clone()) }))
    };
    html! {
        <div class="x1060-service-actions">
            if r.is_answered() {
                <button type="button" class="x1060-button x1060-button-quiet" onclick={next}>{ t.next_unanswered }</button>
            }
            if !r.is_empty() && !ctx.read_only {
                if **confirming {
                    <span class="x1060-confirm" role="group" aria-label={t.clear_service}>
                        <button type="button" class="x1060-button x1060-button-danger" onclick={confirm} data-clear="confirm">{ t.clear_service }</button>
                        <button type="button" class="x1060-button x1060-button-quiet" onclick={cancel} data-clear="cancel">{ t.cancel }</button>
                    </span>
                } else {
                    <button type="button" class="x1060-button x1060-button-quiet" onclick={clear} data-clear="ask">{ t.clear_service }{ "…" }</button>
                }
            }
        </div>
    }
}
