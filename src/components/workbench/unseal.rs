//! Opening sealed submissions (docs/campaigns.md) with the organiser's private key, in this
//! browser tab only: the key is imported as not extractable, kept in the workbench's memory, and
//! never stored.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use x1060_core::campaign::sealed;
use x1060_core::cohort::intake::Opening;

fn obj(pairs: &[(&str, JsValue)]) -> Option<Object> {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).ok()?;
    }
    Some(o)
}

async fn wait(p: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(p.ok()?).await.ok()
}

fn subtle() -> Option<web_sys::SubtleCrypto> {
    Some(web_sys::window()?.crypto().ok()?.subtle())
}

/// Imports an RSA private key for RSA-OAEP (SHA-256) from a JWK file's text; `None` when it is
/// not one.
pub async fn import_private_key(text: &str) -> Option<web_sys::CryptoKey> {
    let v: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{FEFF}')).ok()?;
    if v.get("kty")?.as_str()? != "RSA" || v.get("d").and_then(|d| d.as_str()).is_none() {
        return None;
    }
    // Only the members of an RSA private key, as WebCrypto wants them.
    let mut jwk = serde_json::Map::new();
    for k in ["kty", "n", "e", "d", "p", "q", "dp", "dq", "qi"] {
        jwk.insert(k.into(), v.get(k)?.clone());
    }
    jwk.insert("alg".into(), "RSA-OAEP-256".into());
    let jwk: Object = js_sys::JSON::parse(&serde_json::Value::Object(jwk).to_string()).ok()?.unchecked_into();
    let alg = obj(&[("name", "RSA-OAEP".into()), ("hash", "SHA-256".into())])?;
    let usages: js_sys::Array = std::iter::once(JsValue::from_str("decrypt")).collect();
    let key = wait(subtle()?.import_key_with_object("jwk", &jwk, &alg, false, &usages)).await?;
    Some(key.unchecked_into())
}

/// Opens one sealed file with `key`: the submission's text, or why not.
pub async fn open(text: &str, key: &web_sys::CryptoKey) -> Opening {
    let Ok(o) = sealed::open(text) else { return Opening::Tampered };
    let Some(subtle) = subtle() else { return Opening::WrongKey };
    let Some(oaep) = obj(&[("name", "RSA-OAEP".into())]) else { return Opening::WrongKey };
    let Some(raw) = wait(subtle.decrypt_with_object_and_u8_array(&oaep, key, &o.wrapped_key)).await else {
        return Opening::WrongKey;
    };
    let usages: js_sys::Array = std::iter::once(JsValue::from_str("decrypt")).collect();
    let Some(aes) = wait(subtle.import_key_with_str("raw", &Uint8Array::new(&raw), "AES-GCM", false, &usages)).await
    else {
        return Opening::Tampered;
    };
    let aes: web_sys::CryptoKey = aes.unchecked_into();
    let Some(gcm) = obj(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(&o.iv[..]).into())]) else {
        return Opening::Tampered;
    };
    match wait(subtle.decrypt_with_object_and_u8_array(&gcm, &aes, &o.ciphertext)).await {
        Some(plain) => Opening::Opened(Uint8Array::new(&plain).to_vec()),
        None => Opening::Tampered,
    }
}
