//! Sealing a submission for the organiser with the browser's WebCrypto (docs/campaigns.md): a
//! fresh AES-256-GCM key and 12-byte nonce encrypt the file; RSA-OAEP (SHA-256) with the
//! organiser's public key encrypts the AES key. No key leaves this function.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use x1060_core::campaign::file::PublicJwk;
use x1060_core::campaign::sealed::IV_BYTES;

fn obj(pairs: &[(&str, JsValue)]) -> Result<Object, JsValue> {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v)?;
    }
    Ok(o)
}

fn usages(list: &[&str]) -> Array {
    list.iter().map(|u| JsValue::from_str(u)).collect()
}

/// The browser's SubtleCrypto (only in a secure context: https or localhost).
pub fn subtle() -> Result<(web_sys::Crypto, web_sys::SubtleCrypto), String> {
    let crypto = web_sys::window().ok_or("no window")?.crypto().map_err(|_| "no WebCrypto")?;
    let subtle = crypto.subtle();
    Ok((crypto, subtle))
}

async fn wait(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, String> {
    JsFuture::from(p.map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))
}

/// Encrypts `plain` for the holder of `key`'s private key: (wrapped AES key, nonce, ciphertext
/// with its tag).
pub async fn seal(plain: &[u8], key: &PublicJwk) -> Result<(Vec<u8>, Vec<u8>, Vec<u8>), String> {
    let (crypto, subtle) = subtle()?;
    let jwk: Object = js_sys::JSON::parse(&key.for_import()).map_err(|e| format!("{e:?}"))?.unchecked_into();
    let rsa_alg = obj(&[("name", "RSA-OAEP".into()), ("hash", "SHA-256".into())]).map_err(|e| format!("{e:?}"))?;
    let rsa: web_sys::CryptoKey =
        wait(subtle.import_key_with_object("jwk", &jwk, &rsa_alg, false, &usages(&["encrypt"])))
            .await?
            .unchecked_into();
    let aes_alg = obj(&[("name", "AES-GCM".into()), ("length", 256.into())]).map_err(|e| format!("{e:?}"))?;
    let aes: web_sys::CryptoKey =
        wait(subtle.generate_key_with_object(&aes_alg, true, &usages(&["encrypt"]))).await?.unchecked_into();
    let mut iv = [0u8; IV_BYTES];
    crypto.get_random_values_with_u8_array(&mut iv).map_err(|e| format!("{e:?}"))?;
    let gcm =
        obj(&[("name", "AES-GCM".into()), ("iv", Uint8Array::from(&iv[..]).into())]).map_err(|e| format!("{e:?}"))?;
    let ct = wait(subtle.encrypt_with_object_and_u8_array(&gcm, &aes, plain)).await?;
    let raw = wait(subtle.export_key("raw", &aes)).await?;
    let raw = Uint8Array::new(&raw).to_vec();
    let oaep = obj(&[("name", "RSA-OAEP".into())]).map_err(|e| format!("{e:?}"))?;
    let wrapped = wait(subtle.encrypt_with_object_and_u8_array(&oaep, &rsa, &raw)).await?;
    Ok((Uint8Array::new(&wrapped).to_vec(), iv.to_vec(), Uint8Array::new(&ct).to_vec()))
}
