//! Loading a campaign file by hand (the About view, and the campaign view without a campaign).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::filepick::{FilePick, PickError, Picked};
use crate::context::use_ctx;
use crate::state::Action;

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Loaded,
    Refused(String),
}

#[function_component]
pub fn CampaignLoad() -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = x1060_core::campaign::text::text(ctx.lang);
    let status = use_state(|| Status::Idle);
    let on_file = {
        let (ctx, status) = (ctx.clone(), status.clone());
        Callback::from(move |p: Picked| {
            let errors = crate::parts::errors(ctx.lang);
            let checked = match p.text() {
                Some(text) => super::check_in(text, &ctx.catalogue, errors).map(|scope| (text.to_string(), scope)),
                None => Err(x1060_core::campaign::CampaignError::NotUtf8.message(errors)),
            };
            match checked {
                Ok((text, scope)) => {
                    ctx.send(Action::UseCampaign { raw: Rc::from(text.as_str()), scope });
                    status.set(Status::Loaded);
                }
                Err(detail) => status.set(Status::Refused(format!("{}: {detail}", p.name))),
            }
        })
    };
    let on_error = {
        let (status, ctx) = (status.clone(), ctx.clone());
        Callback::from(move |e: PickError| status.set(Status::Refused(e.message(ctx.t()))))
    };
    html! {
        <div data-campaign-load="">
            <FilePick name="campaign" label={t.cp_load} accept=".json,application/json"
                max_bytes={x1060_core::campaign::file::MAX_BYTES} {on_file} {on_error} />
            if let Status::Refused(detail) = &*status {
                <div class="x1060-notice" role="alert" data-campaign-refused="">
                    <p><strong>{ t.cp_bad_file }</strong></p>
                    <p class="x1060-notice-detail">{ detail.clone() }</p>
                </div>
            }
            <div role="status">
                if *status == Status::Loaded {
                    <p class="x1060-ok" data-campaign-loaded="">{ t.cp_loaded }</p>
                }
            </div>
        </div>
    }
}
