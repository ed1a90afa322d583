//! The organiser's tool (issue 16): a form that makes the campaign file, and the RSA key pair
//! made in this browser when submissions are to be sealed. The private key is offered for download
//! once, with a warning that it cannot be recovered, then forgotten. The file comes from
//! `x1060_core::campaign::draft`, checked like any campaign file.

use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use x1060_core::campaign::draft::Draft;
use x1060_core::campaign::file::PublicJwk;
use x1060_core::campaign::Extra;
use yew::prelude::*;

use crate::context::{use_ctx, Ctx};

/// Where the tool stands.
#[derive(Clone, PartialEq)]
enum Made {
    Idle,
    Working,
    Refused(String),
    /// The campaign file is downloaded; the private key (JWK text) waits for its one download.
    KeyWaiting {
        id: String,
        private: String,
    },
    Done {
        key_downloaded: bool,
    },
}

/// A fresh RSA-OAEP (SHA-256) key pair of 3072 bits: (public JWK, private JWK text).
async fn key_pair() -> Result<(PublicJwk, String), String> {
    let err = |e: JsValue| format!("{e:?}");
    let subtle = web_sys::window().ok_or("no window")?.crypto().map_err(err)?.subtle();
    let alg = Object::new();
    Reflect::set(&alg, &"name".into(), &"RSA-OAEP".into()).map_err(err)?;
    Reflect::set(&alg, &"modulusLength".into(), &3072.into()).map_err(err)?;
    Reflect::set(&alg, &"publicExponent".into(), &js_sys::Uint8Array::from(&[1u8, 0, 1][..])).map_err(err)?;
    Reflect::set(&alg, &"hash".into(), &"SHA-256".into()).map_err(err)?;
    let usages: js_sys::Array = ["encrypt", "decrypt"].iter().map(|u| JsValue::from_str(u)).collect();
    let pair = JsFuture::from(subtle.generate_key_with_object(&alg, true, &usages).map_err(err)?).await.map_err(err)?;
    let export = |name: &str| -> Result<web_sys::CryptoKey, String> {
        Ok(Reflect::get(&pair, &name.into()).map_err(err)?.unchecked_into())
    };
    let public = JsFuture::from(subtle.export_key("jwk", &export("publicKey")?).map_err(err)?).await.map_err(err)?;
    let private = JsFuture::from(subtle.export_key("jwk", &export("privateKey")?).map_err(err)?).await.map_err(err)?;
    let text = |v: &JsValue| js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string()).unwrap_or_default();
    let public: PublicJwk = serde_json::from_str(&text(&public)).map_err(|e| e.to_string())?;
    Ok((public, text(&private)))
}

fn value(ctx: &Ctx, id: &str) -> String {
    let Some(root) = ctx.root.cast::<web_sys::Element>() else { return String::new() };
    // An input or a text area of this form: both have a `value`.
    root.query_selector(&format!("#{}", ctx.id(id)))
        .ok()
        .flatten()
        .and_then(|el| Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn checked(ctx: &Ctx, id: &str) -> bool {
    ctx.root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector(&format!("#{}", ctx.id(id))).ok().flatten())
        .is_some_and(|el| el.unchecked_into::<HtmlInputElement>().checked())
}

#[function_component]
pub fn Organiser() -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let w = x1060_core::cohort::text::text(ctx.lang);
    let cp = x1060_core::campaign::text::text(ctx.lang);
    let t = ctx.t();
    let made = use_state(|| Made::Idle);
    let make = {
        let (ctx, made) = (ctx.clone(), made.clone());
        Callback::from(move |_| {
            let c = &ctx.catalogue;
            let w = x1060_core::cohort::text::text(ctx.lang);
            let t = ctx.t();
            let draft = Draft {
                lang: ctx.lang.code().to_string(),
                id: value(&ctx, "org-id"),
                name: value(&ctx, "org-name"),
                organiser: value(&ctx, "org-organiser"),
                consent: value(&ctx, "org-consent"),
                deadline: value(&ctx, "org-deadline"),
                catalogue_id: c.id.clone(),
                catalogue_version: c.version.clone(),
                edition: c.edition.clone(),
                categories: c
                    .categories
                    .iter()
                    .filter(|k| checked(&ctx, &format!("org-cat-{}", k.id)))
                    .map(|k| k.id.clone())
                    .collect(),
                lists: vec![
                    ("sector".into(), t.profile_sector.into(), value(&ctx, "org-sectors")),
                    ("size".into(), t.profile_size.into(), value(&ctx, "org-sizes")),
                    ("region".into(), w.wb_org_region_label.into(), value(&ctx, "org-regions")),
                ],
                assessment_type: checked(&ctx, "org-type").then(|| {
                    (
                        w.wb_org_type_label.to_string(),
                        [w.wb_org_type_self.into(), w.wb_org_type_peer.into(), w.wb_org_type_third.into()],
                    )
                }),
                asks: Extra::ALL.into_iter().filter(|e| checked(&ctx, &format!("org-ask-{}", e.key()))).collect(),
            };
            let encrypt = checked(&ctx, "org-encrypt");
            let (ctx, made) = (ctx.clone(), made.clone());
            made.set(Made::Working);
            wasm_bindgen_futures::spawn_local(async move {
                // Checked before a key is made, so a refused form makes none.
                if let Err(e) = draft.campaign(None) {
                    made.set(Made::Refused(e.to_string()));
                    return;
                }
                let (public, private) = if encrypt {
                    match key_pair().await {
                        Ok((p, k)) => (Some(p), Some(k)),
                        Err(e) => {
                            made.set(Made::Refused(e));
                            return;
                        }
                    }
                } else {
                    (None, None)
                };
                match draft.campaign(public) {
                    Ok(c) => {
                        ctx.download(&format!("x1060-campaign-{}.json", c.id), "application/json", &c.encode());
                        made.set(match private {
                            Some(private) => Made::KeyWaiting { id: c.id.clone(), private },
                            None => Made::Done { key_downloaded: false },
                        });
                    }
                    Err(e) => made.set(Made::Refused(e.to_string())),
                }
            });
        })
    };
    let field = |id: &str, label: &str, kind: &str| {
        let full = ctx.id(id);
        html! {
            <div class="x1060-field">
                <label for={full.clone()}>{ label.to_string() }</label>
                <input id={full} type={kind.to_string()} data-org={id.to_string()} />
            </div>
        }
    };
    let area = |id: &str, label: &str| {
        let full = ctx.id(id);
        html! {
            <div class="x1060-field">
                <label for={full.clone()}>{ label.to_string() }</label>
                <textarea id={full} rows="4" data-org={id.to_string()} />
            </div>
        }
    };
    let check = |id: &str, label: &str, on: bool| {
        let full = ctx.id(id);
        html! {
            <div class="x1060-check">
                <input type="checkbox" id={full.clone()} checked={on} data-org={id.to_string()} />
                <label for={full}>{ label.to_string() }</label>
            </div>
        }
    };
    let status = match &*made {
        Made::Idle | Made::Working => html! {},
        Made::Refused(detail) => html! {
            <div class="x1060-notice" role="alert" data-org-refused="">
                <p><strong>{ w.wb_org_refused }</strong></p>
                <p class="x1060-notice-detail">{ detail.clone() }</p>
            </div>
        },
        Made::KeyWaiting { id, private } => {
            let get = {
                let (ctx, made, id, private) = (ctx.clone(), made.clone(), id.clone(), private.clone());
                Callback::from(move |_| {
                    ctx.download(&format!("x1060-private-key-{id}.jwk.json"), "application/json", &private);
                    // Offered once: the page forgets the key now.
                    made.set(Made::Done { key_downloaded: true });
                })
            };
            html! {
                <div class="x1060-notice" role="alert" data-org-key="">
                    <p class="x1060-ok">{ w.wb_org_made }</p>
                    <p><strong>{ w.wb_org_key_warning }</strong></p>
                    <button type="button" class="x1060-button x1060-button-primary" onclick={get} data-org-key-download="">{ w.wb_org_key_download }</button>
                </div>
            }
        }
        Made::Done { key_downloaded } => html! {
            <div role="status" data-org-done="">
                <p class="x1060-ok">{ w.wb_org_made }</p>
                if *key_downloaded { <p>{ w.wb_org_key_done }</p> }
            </div>
        },
    };
    html! {
        <details class="x1060-wb-organiser" data-wb-organiser="">
            <summary>{ w.wb_org_heading }</summary>
            <p>{ w.wb_org_help }</p>
            { field("org-id", w.wb_org_id, "text") }
            { field("org-name", w.wb_org_name, "text") }
            { field("org-organiser", w.wb_org_organiser, "text") }
            { area("org-consent", w.wb_org_consent) }
            { field("org-deadline", w.wb_org_deadline, "date") }
            <fieldset class="x1060-fieldset">
                <legend>{ w.wb_org_scope }</legend>
                { for ctx.catalogue.categories.iter().map(|k| check(&format!("org-cat-{}", k.id), &format!("{} {}", k.id, k.title.get_code(&ctx.content)), true)) }
            </fieldset>
            { area("org-sectors", w.wb_org_sectors) }
            { area("org-sizes", w.wb_org_sizes) }
            { area("org-regions", w.wb_org_regions) }
            { check("org-type", w.wb_org_type, true) }
            <fieldset class="x1060-fieldset">
                <legend>{ w.wb_org_asks }</legend>
                { for Extra::ALL.into_iter().map(|e| check(&format!("org-ask-{}", e.key()), cp.extra(e), false)) }
            </fieldset>
            { check("org-encrypt", w.wb_org_encrypt, true) }
            <div class="x1060-actions">
                <button type="button" class="x1060-button x1060-button-primary" onclick={make} disabled={*made == Made::Working} data-org-make="">{ w.wb_org_make }</button>
            </div>
            { status }
            <p class="x1060-hint">{ format!("{} {}", t.catalogue_label, ctx.catalogue.version) }</p>
        </details>
    }
}
