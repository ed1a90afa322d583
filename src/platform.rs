//! The browser, reached only through functions that never panic: storage, clock, downloads.
//!
//! Listeners, timers, the download's blob and object URL are gloo's (gloo-events, gloo-timers,
//! gloo-file); storage is not (gloo-storage panics where the browser blocks storage: `Store`
//! returns an error instead), nor is the one same-origin fetch.

use wasm_bindgen::{JsCast, JsValue};

/// Why a storage call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// There is no storage, or the browser forbids it here (private mode, sandboxed iframe,
    /// blocked third-party storage).
    Unavailable,
    /// The storage is full.
    Quota,
}

/// Local storage under one namespace. Every call returns a `Result`; none panics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    namespace: String,
}

impl Store {
    pub fn new(namespace: &str) -> Store {
        Store { namespace: namespace.to_string() }
    }

    /// The full key for `name` in this namespace.
    pub fn key(&self, name: &str) -> String {
        format!("{}/{}", self.namespace, name)
    }

    fn storage() -> Result<web_sys::Storage, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(s)) => Ok(s),
            _ => Err(StoreError::Unavailable),
        }
    }

    /// Whether storage can be read and written at all.
    pub fn probe(&self) -> Result<(), StoreError> {
        let s = Self::storage()?;
        let k = self.key("probe");
        s.set_item(&k, "1").map_err(classify)?;
        let _ = s.remove_item(&k);
        Ok(())
    }

    pub fn get(&self, name: &str) -> Result<Option<String>, StoreError> {
        Self::storage()?.get_item(&self.key(name)).map_err(|_| StoreError::Unavailable)
    }

    pub fn set(&self, name: &str, value: &str) -> Result<(), StoreError> {
        Self::storage()?.set_item(&self.key(name), value).map_err(classify)
    }

    pub fn remove(&self, name: &str) -> Result<(), StoreError> {
        Self::storage()?.remove_item(&self.key(name)).map_err(|_| StoreError::Unavailable)
    }

    /// Names (without namespace) of every key of this namespace that start with `prefix`.
    pub fn names_with_prefix(&self, prefix: &str) -> Vec<String> {
        let Ok(s) = Self::storage() else { return vec![] };
        let full = self.key(prefix);
        let n = s.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(&full))
            .map(|k| k[self.namespace.len() + 1..].to_string())
            .collect()
    }
}

fn classify(err: JsValue) -> StoreError {
    let name =
        js_sys::Reflect::get(&err, &JsValue::from_str("name")).ok().and_then(|v| v.as_string()).unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Quota
    } else {
        StoreError::Unavailable
    }
}

/// Writes `msg` to the browser console as a warning, if there is a console.
pub fn console_warn(msg: &str) {
    let console = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("console")).ok();
    let warn = console.as_ref().and_then(|c| js_sys::Reflect::get(c, &JsValue::from_str("warn")).ok());
    if let (Some(c), Some(f)) = (console, warn.and_then(|w| w.dyn_into::<js_sys::Function>().ok())) {
        let _ = f.call1(&c, &JsValue::from_str(msg));
    }
}

/// Now, as ISO 8601 UTC ("2026-11-25T18:22:18.123Z").
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

fn ymd(d: &js_sys::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

fn hm(d: &js_sys::Date) -> String {
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// An ISO timestamp as a local date, if it is one.
fn parse(iso: &str) -> Option<js_sys::Date> {
    let d = js_sys::Date::new_with_year_month_day(2000, 0, 1);
    d.set_time(js_sys::Date::parse(iso));
    (!iso.is_empty() && !d.get_time().is_nan()).then_some(d)
}

/// Today's local date, YYYY-MM-DD, for file names.
pub fn today() -> String {
    ymd(&js_sys::Date::new_0())
}

/// Local date and time, "YYYY-MM-DD HH:MM", for reports.
pub fn local_datetime() -> String {
    let d = js_sys::Date::new_0();
    format!("{} {}", ymd(&d), hm(&d))
}

/// Local date and time "YYYY-MM-DD HH:MM" of an ISO timestamp ("—" when there is none).
pub fn local_datetime_of(iso: &str) -> String {
    parse(iso).map(|d| format!("{} {}", ymd(&d), hm(&d))).unwrap_or_else(|| "—".to_string())
}

/// Local time "HH:MM" of an ISO timestamp ("" when there is none).
pub fn local_time_of(iso: &str) -> String {
    parse(iso).map(|d| hm(&d)).unwrap_or_default()
}

/// The browser's preferred language code, if any.
pub fn browser_language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// Fetches a text file from the page's own origin (never another), without credentials.
pub async fn fetch_same_origin_text(url: &str, max_bytes: usize) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    // Messages quote the address the host page gave: clipped (issue 13).
    let shown = x1060_core::json::clip(url, 80);
    let window = web_sys::window().ok_or("no window")?;
    let base = window.location().href().map_err(|_| "no location")?;
    let resolved =
        web_sys::Url::new_with_base(url, &base).map_err(|_| format!("\"{shown}\" is not a valid address"))?;
    let origin = window.location().origin().map_err(|_| "no origin")?;
    if resolved.origin() != origin {
        return Err(format!("\"{shown}\" is not on this site ({origin}); only files from the same site are loaded"));
    }
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let req = web_sys::Request::new_with_str_and_init(&resolved.href(), &init).map_err(|e| format!("{e:?}"))?;
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_request(&req))
        .await
        .map_err(|_| format!("\"{shown}\" could not be fetched"))?
        .dyn_into()
        .map_err(|_| "not a response")?;
    if !resp.ok() {
        return Err(format!("\"{shown}\" answered HTTP {}", resp.status()));
    }
    if let Ok(Some(len)) = resp.headers().get("content-length") {
        if len.parse::<usize>().is_ok_and(|n| n > max_bytes) {
            return Err(format!("\"{shown}\" is larger than {} KB", max_bytes / 1024));
        }
    }
    let text = JsFuture::from(resp.text().map_err(|_| "no body")?).await.map_err(|_| "unreadable body")?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// A listener that stops listening when dropped.
pub type Listener = gloo_events::EventListener;

/// Calls `f` with the full key of every `storage` event (another tab wrote local storage).
pub fn on_storage(window: &web_sys::Window, f: impl Fn(String) + 'static) -> Listener {
    gloo_events::EventListener::new(window, "storage", move |e: &web_sys::Event| {
        if let Some(key) = e.dyn_ref::<web_sys::StorageEvent>().and_then(|s| s.key()) {
            f(key);
        }
    })
}

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`). `None` when the
/// browser has no such call or refuses to answer.
pub async fn persist_storage() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}

/// Offers `text` as a file download named `name`. The temporary link is attached to `parent`
/// (the widget's own element) so that the host page is never touched.
pub fn download(parent: Option<&web_sys::Element>, name: &str, mime: &str, text: &str) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(err)?.dyn_into().map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.set_attribute("hidden", "").map_err(err)?;
    // Attached for the click only: some browsers ignore clicks on detached links.
    match parent {
        Some(p) => {
            p.append_child(&a).map_err(err)?;
            a.click();
            let _ = p.remove_child(&a);
        }
        None => a.click(),
    }
    // Revoked later (when `url` is dropped): some browsers read the blob after the click returns.
    gloo_timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// True when the visitor's browser asks sites to save data (`navigator.connection.saveData`):
/// nothing is then fetched before it is needed.
pub fn save_data() -> bool {
    let Some(window) = web_sys::window() else { return false };
    js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("connection"))
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("saveData")).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Runs `f` once the browser is idle (`requestIdleCallback`, at most 2 s later), or after 1 s
/// where there is no such call.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(request) => {
            let callback = wasm_bindgen::closure::Closure::once_into_js(f);
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &JsValue::from_str("timeout"), &JsValue::from_f64(2000.0));
            let _ = request.call2(&window, &callback, &options);
        }
        None => {
            gloo_timers::callback::Timeout::new(1000, f).forget();
        }
    }
}
