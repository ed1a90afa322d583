//! Loading the organiser's private key (a JWK file) to open sealed submissions. The key is kept
//! in the workbench's memory only (not extractable, never stored) and forgotten with the view.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::filepick::{FilePick, PickError, Picked};
use crate::context::use_ctx;

/// Largest key file read: an RSA private JWK of 4096 bits is about 3 KB.
const MAX_KEY_BYTES: usize = 64 * 1024;

#[derive(Properties, PartialEq)]
pub struct KeyPickProps {
    /// Whether a key is loaded.
    pub loaded: bool,
    pub on_key: Callback<Option<Rc<web_sys::CryptoKey>>>,
}

#[function_component]
pub fn KeyPick(props: &KeyPickProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let w = x1060_core::cohort::text::text(ctx.lang);
    let refused = use_state(|| false);
    let on_file = {
        let (on_key, refused) = (props.on_key.clone(), refused.clone());
        Callback::from(move |p: Picked| {
            let (on_key, refused) = (on_key.clone(), refused.clone());
            let text = p.text().map(str::to_string);
            wasm_bindgen_futures::spawn_local(async move {
                let key = match text {
                    Some(t) => super::unseal::import_private_key(&t).await,
                    None => None,
                };
                refused.set(key.is_none());
                if let Some(k) = key {
                    on_key.emit(Some(Rc::new(k)));
                }
            });
        })
    };
    let on_error = {
        let refused = refused.clone();
        Callback::from(move |_: PickError| refused.set(true))
    };
    let forget = {
        let on_key = props.on_key.clone();
        Callback::from(move |_| on_key.emit(None))
    };
    html! {
        <div class="x1060-wb-key" data-wb-key="">
            <h3>{ w.wb_key_heading }</h3>
            <p>{ w.wb_key_help }</p>
            <FilePick name="private-key" label={w.wb_key_pick} accept=".json,.jwk,application/json" max_bytes={MAX_KEY_BYTES} {on_file} {on_error} />
            if *refused {
                <p class="x1060-notice" role="alert" data-wb-key-refused="">{ w.wb_key_refused }</p>
            }
            <div role="status">
                if props.loaded {
                    <p class="x1060-ok" data-wb-key-loaded="">{ w.wb_key_loaded }</p>
                }
            </div>
            if props.loaded {
                <button type="button" class="x1060-button x1060-button-quiet" onclick={forget} data-wb-key-forget="">{ w.wb_key_forget }</button>
            }
        </div>
    }
}
