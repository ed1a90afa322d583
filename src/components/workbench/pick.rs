//! Choosing many returned files at once, by picker or by drag and drop. Each file's size is checked
//! before it is read: of a file over the limit only the limit and one byte more are read, so the
//! intake refuses it as too large. Nothing in a file is executed.

use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};
use x1060_core::import::MAX_IMPORT_BYTES;
use yew::prelude::*;

use crate::components::filepick::{drop_highlight, Picked};
use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ManyPickProps {
    /// Every file of one choice or drop, once all are read, in the order given.
    pub on_files: Callback<Vec<Picked>>,
    /// The button's label.
    pub label: AttrValue,
    /// `data-file-pick` of the zone (`workbench`, `workbench-last`), also in its ids.
    pub which: &'static str,
}

async fn read_one(file: File) -> Picked {
    let name = file.name();
    let limit = MAX_IMPORT_BYTES as f64 + 1.0;
    let blob: Option<web_sys::Blob> =
        if file.size() > limit { file.slice_with_f64_and_f64(0.0, limit).ok() } else { Some(file.into()) };
    let bytes = match blob {
        Some(b) => match JsFuture::from(b.array_buffer()).await {
            Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
            // Unreadable: an empty file, which the intake refuses as such.
            Err(_) => Vec::new(),
        },
        None => Vec::new(),
    };
    Picked { name, bytes }
}

fn read_all(list: FileList, on_files: Callback<Vec<Picked>>, reading: UseStateHandle<bool>) {
    let files: Vec<File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    if files.is_empty() {
        return;
    }
    reading.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        let mut out = Vec::with_capacity(files.len());
        for f in files {
            out.push(read_one(f).await);
        }
        reading.set(false);
        on_files.emit(out);
    });
}

#[function_component]
pub fn ManyPick(props: &ManyPickProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return html! {};
    };
    let t = ctx.t();
    let w = x1060_core::cohort::text::text(ctx.lang);
    let over = use_state(|| false);
    let reading = use_state(|| false);
    let id = ctx.id(&format!("{}-files", props.which));
    let onchange = {
        let (on_files, reading) = (props.on_files.clone(), reading.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                read_all(list, on_files.clone(), reading.clone());
            }
            input.set_value("");
        })
    };
    let (ondragover, ondragleave) = drop_highlight(&over);
    let ondrop = {
        let (over, on_files, reading) = (over.clone(), props.on_files.clone(), reading.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                read_all(list, on_files.clone(), reading.clone());
            }
        })
    };
    html! {
        <div class={classes!("x1060-drop", (*over).then_some("x1060-drop-over"))} {ondragover} {ondragleave} {ondrop}
            data-file-pick={props.which}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <input id={id} type="file" multiple=true accept=".json,.html,.htm,application/json,text/html" {onchange} />
            <p class="x1060-hint">{ t.drop_hint }</p>
            if *reading {
                <p role="status" data-wb-reading="">{ w.wb_reading }</p>
            }
        </div>
    }
}
