//! Choosing many returned files at once: by picker, by a folder picker (`webkitdirectory`), or by
//! drag and drop of files and folders (read through `webkitGetAsEntry`, folders walked to the
//! bottom). Files met inside a folder count only when they end in .json, .html or .htm; the others
//! are listed as left aside. Files chosen or dropped one by one are all given to the intake, which
//! says what each is. Each file's size is checked before it is read: of a file over the limit
//! only the limit and one byte more are read, so the intake refuses it as too large. Nothing in a
//! file is executed. Reading shows its progress and can be stopped (the files read so far are
//! kept).

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};
use x1060_core::import::MAX_IMPORT_BYTES;
use yew::prelude::*;

use crate::components::filepick::{drop_highlight, Picked};
use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ManyPickProps {
    /// Every file of one choice or drop, once all are read (or the reading stopped), in order.
    pub on_files: Callback<Vec<Picked>>,
    /// The files button's label.
    pub label: AttrValue,
    /// `data-file-pick` of the zone (`workbench`, `workbench-last`), also in its ids.
    pub which: &'static str,
}

/// Whether a file found in a folder is one the workbench reads.
pub fn wanted(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".json", ".html", ".htm"].iter().any(|e| lower.ends_with(e))
}

/// Gives the browser a turn (rendering, input) before going on: a `setTimeout(0)`.
pub async fn yield_now() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

async fn read_one(file: File, name: String) -> Picked {
    let file = gloo_file::Blob::from(web_sys::Blob::from(file));
    let limit = MAX_IMPORT_BYTES as u64 + 1;
    let blob = if file.size() > limit { file.slice(0, limit) } else { file };
    // Unreadable: an empty file, which the intake refuses as such.
    let bytes = gloo_file::futures::read_as_bytes(&blob).await.unwrap_or_default();
    Picked { name, bytes }
}

/// The path of a file within a chosen folder (`webkitRelativePath`), or its name.
fn relative_name(f: &File) -> String {
    prop(f, "webkitRelativePath").as_string().filter(|p| !p.is_empty()).unwrap_or_else(|| f.name())
}

// The File and Directory Entries API is reached through `Reflect` and `Function::call`, which the
// first download already imports: typed web-sys bindings would each add an import (and its glue)
// to the first download, as wasm-bindgen's imports and JS glue are not split into parts.

/// A property of a JS object (`undefined` when missing).
fn prop(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// An element of an array-like object.
fn at(o: &JsValue, i: u32) -> JsValue {
    Reflect::get(o, &JsValue::from(i)).unwrap_or(JsValue::UNDEFINED)
}

/// The elements of an array-like object, up to the first missing one.
fn elements(o: &JsValue) -> Vec<JsValue> {
    (0..).map(|i| at(o, i)).take_while(|v| !v.is_undefined()).collect()
}

/// A boolean property (false unless `true`).
fn flag(o: &JsValue, key: &str) -> bool {
    prop(o, key).as_bool() == Some(true)
}

/// Calls method `key` of `o` with the given arguments.
fn call(o: &JsValue, key: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f = prop(o, key);
    if !f.is_function() {
        return Err(JsValue::UNDEFINED);
    }
    let f: Function = f.unchecked_into();
    // call1 with `undefined` rather than call0: the first download has call1 and call2 already.
    match args {
        [] => f.call1(o, &JsValue::UNDEFINED),
        [a, b] => f.call2(o, a, b),
        _ => Err(JsValue::UNDEFINED),
    }
}

/// A promise and its resolve and reject functions (`Promise.withResolvers()`), made without
/// `new Promise(closure)`, which would add its glue to the first download.
fn deferred() -> Option<(Promise, JsValue, JsValue)> {
    let d = call(&prop(&js_sys::global(), "Promise"), "withResolvers", &[]).ok()?;
    let promise = prop(&d, "promise");
    promise.is_object().then(|| (promise.unchecked_into(), prop(&d, "resolve"), prop(&d, "reject")))
}

/// A dropped file or folder (a `FileSystemEntry`).
struct Entry(JsValue);

impl Entry {
    fn is_file(&self) -> bool {
        flag(&self.0, "isFile")
    }

    fn is_directory(&self) -> bool {
        flag(&self.0, "isDirectory")
    }

    fn full_path(&self) -> String {
        prop(&self.0, "fullPath").as_string().unwrap_or_default()
    }
}

/// A method that takes a success and an error callback, as a promise.
async fn callback_promise(o: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    let (promise, resolve, reject) = deferred().ok_or(JsValue::UNDEFINED)?;
    call(o, key, &[&resolve, &reject])?;
    JsFuture::from(promise).await
}

/// All entries of a folder (`readEntries` gives them in batches until an empty one).
async fn folder_entries(dir: &Entry) -> Vec<Entry> {
    let Ok(reader) = call(&dir.0, "createReader", &[]) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    loop {
        let Ok(batch) = callback_promise(&reader, "readEntries").await else {
            break;
        };
        let batch = elements(&batch);
        if batch.is_empty() {
            break;
        }
        out.extend(batch.into_iter().map(Entry));
    }
    out
}

async fn entry_file(entry: &Entry) -> Option<File> {
    callback_promise(&entry.0, "file").await.ok().map(|f| f.unchecked_into())
}

/// One file to read: the file and the name shown for it.
type Found = (File, String);

/// The files of dropped entries: files as they are, folders walked (sorted by path), keeping
/// .json and .html files and listing the others.
async fn walk(entries: Vec<Entry>) -> (Vec<Found>, Vec<String>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for top in entries {
        if top.is_file() {
            if let Some(f) = entry_file(&top).await {
                let name = f.name();
                files.push((f, name));
            }
            continue;
        }
        let mut stack = vec![top];
        let mut inside: Vec<(String, Entry)> = Vec::new();
        while let Some(e) = stack.pop() {
            if e.is_directory() {
                stack.extend(folder_entries(&e).await);
            } else if e.is_file() {
                inside.push((e.full_path().trim_start_matches('/').to_string(), e));
            }
        }
        inside.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, e) in inside {
            if !wanted(&path) {
                skipped.push(path);
            } else if let Some(f) = entry_file(&e).await {
                files.push((f, path));
            }
        }
    }
    (files, skipped)
}

/// How far the reading is: files read, of all.
#[derive(Clone, Copy, PartialEq)]
struct Reading {
    done: usize,
    total: usize,
}

#[derive(Clone)]
struct Reader {
    on_files: Callback<Vec<Picked>>,
    reading: UseStateHandle<Option<Reading>>,
    skipped: UseStateHandle<Vec<String>>,
    stopped: UseStateHandle<Option<Reading>>,
    cancel: Rc<Cell<bool>>,
}

impl Reader {
    /// Reads the files one after the other, showing the progress every few files.
    async fn read(self, files: Vec<Found>, skipped: Vec<String>) {
        self.skipped.set(skipped);
        let total = files.len();
        if total == 0 {
            self.reading.set(None);
            return;
        }
        self.cancel.set(false);
        self.stopped.set(None);
        let mut out = Vec::with_capacity(total);
        for (i, (f, name)) in files.into_iter().enumerate() {
            if self.cancel.get() {
                self.stopped.set(Some(Reading { done: i, total }));
                break;
            }
            out.push(read_one(f, name).await);
            if i % 50 == 49 {
                self.reading.set(Some(Reading { done: i + 1, total }));
            }
        }
        self.reading.set(None);
        self.on_files.emit(out);
    }

    fn start(&self, files: Vec<Found>, skipped: Vec<String>) {
        self.reading.set(Some(Reading { done: 0, total: files.len() }));
        wasm_bindgen_futures::spawn_local(self.clone().read(files, skipped));
    }

    /// Files of a list (picker): all of them, or (`folder`) only .json and .html.
    fn read_list(&self, list: FileList, folder: bool) {
        let mut files = Vec::new();
        let mut skipped = Vec::new();
        for f in (0..list.length()).filter_map(|i| list.get(i)) {
            let name = if folder { relative_name(&f) } else { f.name() };
            if folder && !wanted(&name) {
                skipped.push(name);
            } else {
                files.push((f, name));
            }
        }
        if folder {
            files.sort_by(|a, b| a.1.cmp(&b.1));
        }
        self.start(files, skipped);
    }
}

#[function_component]
pub fn ManyPick(props: &ManyPickProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let t = ctx.t();
    let w = x1060_core::cohort::text::text(ctx.lang);
    let m = w.more;
    let over = use_state(|| false);
    let cancel = use_mut_ref(|| Rc::new(Cell::new(false)));
    let reader = Reader {
        on_files: props.on_files.clone(),
        reading: use_state(|| None::<Reading>),
        skipped: use_state(Vec::<String>::new),
        stopped: use_state(|| None::<Reading>),
        cancel: cancel.borrow().clone(),
    };
    let id = ctx.id(&format!("{}-files", props.which));
    let folder_id = ctx.id(&format!("{}-folder", props.which));
    let on_change = |folder: bool| {
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                reader.read_list(list, folder);
            }
            input.set_value("");
        })
    };
    let (ondragover, ondragleave) = drop_highlight(&over);
    let ondrop = {
        let (over, reader) = (over.clone(), reader.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            let Some(dt) = e.data_transfer() else {
                return;
            };
            // Entries must be taken while the drop event lasts.
            let items = prop(&dt, "items");
            let entries: Vec<Entry> = elements(&items)
                .into_iter()
                .filter(|it| prop(it, "kind").as_string().as_deref() == Some("file"))
                .filter_map(|it| call(&it, "webkitGetAsEntry", &[]).ok())
                .filter(|e| e.is_object())
                .map(Entry)
                .collect();
            if entries.iter().any(|e| e.is_directory()) {
                reader.reading.set(Some(Reading { done: 0, total: 0 }));
                let reader = reader.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let (files, skipped) = walk(entries).await;
                    reader.reading.set(Some(Reading { done: 0, total: files.len() }));
                    reader.read(files, skipped).await;
                });
            } else if let Some(list) = dt.files() {
                reader.read_list(list, false);
            }
        })
    };
    let on_cancel = {
        let cancel = reader.cancel.clone();
        Callback::from(move |_: MouseEvent| cancel.set(true))
    };
    html! {
        <div class={classes!("x1060-drop", (*over).then_some("x1060-drop-over"))} {ondragover} {ondragleave} {ondrop}
            data-file-pick={props.which}>
            <p>
                <label for={id.clone()}>{ props.label.clone() }</label>{ " " }
                <input id={id} type="file" multiple=true accept=".json,.html,.htm,application/json,text/html" onchange={on_change(false)} data-wb-files="" />
            </p>
            <p>
                <label for={folder_id.clone()}>{ m.wb_pick_folder }</label>{ " " }
                <input id={folder_id} type="file" webkitdirectory=true multiple=true onchange={on_change(true)} data-wb-folder="" />
            </p>
            <p class="x1060-hint">{ t.drop_hint }</p>
            if let Some(r) = *reader.reading {
                <p role="status" data-wb-reading="">
                    { w.wb_reading }{ " " }
                    if r.total > 0 {
                        <progress max={r.total.to_string()} value={r.done.to_string()}>{ format!("{}/{}", r.done, r.total) }</progress>
                    }
                    { " " }<button type="button" class="x1060-button" onclick={on_cancel} data-wb-cancel="">{ m.wb_cancel }</button>
                </p>
            }
            if let Some(r) = *reader.stopped {
                <p role="status" class="x1060-hint" data-wb-stopped={r.done.to_string()}>{ (m.wb_cancelled)(r.done, r.total) }</p>
            }
            if !reader.skipped.is_empty() {
                <div class="x1060-hint" data-wb-skipped={reader.skipped.len().to_string()}>
                    <p>{ (m.wb_skipped)(reader.skipped.len()) }</p>
                    <ul>{ for reader.skipped.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                </div>
            }
        </div>
    }
}
