//! Choosing a file by picker or by drag and drop. The size is checked before anything is read;
//! the file's text goes to `on_file`, failures to `on_error`. Nothing in the file is executed.

use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

use crate::context::use_ctx;

/// Why a chosen file was not read.
#[derive(Clone, Debug, PartialEq)]
pub enum PickError {
    /// Larger than the limit; not read at all.
    TooLarge { bytes: f64, limit: usize },
    /// The browser could not read it, or it is not text.
    Unreadable,
}

impl PickError {
    /// What the user is told, in the interface language (one wording for every picker). Sizes
    /// are whole KB rounded up, so a file just over the limit never reads as "as large as" it.
    pub fn message(&self, t: &x1060_core::i18n::UiText) -> String {
        match *self {
            PickError::TooLarge { bytes, limit } => (t.file_too_large)((bytes / 1024.0).ceil() as usize, limit / 1024),
            PickError::Unreadable => t.file_unreadable.to_string(),
        }
    }
}

/// A file that was read: its name and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picked {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Picked {
    /// The file as UTF-8 text, if it is.
    pub fn text(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }
}

#[derive(Properties, PartialEq)]
pub struct FilePickProps {
    /// Label of the picker.
    pub label: AttrValue,
    /// Accepted types, e.g. ".json,.html,application/json".
    pub accept: AttrValue,
    /// Largest file accepted, in bytes.
    pub max_bytes: usize,
    pub on_file: Callback<Picked>,
    pub on_error: Callback<PickError>,
    /// A stable name for tests and host pages.
    #[prop_or_default]
    pub name: AttrValue,
}

fn read(file: File, max: usize, on_file: Callback<Picked>, on_error: Callback<PickError>) {
    let size = file.size();
    if size > max as f64 {
        on_error.emit(PickError::TooLarge { bytes: size, limit: max });
        return;
    }
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        match gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(web_sys::Blob::from(file))).await {
            Ok(bytes) => on_file.emit(Picked { name, bytes }),
            Err(_) => on_error.emit(PickError::Unreadable),
        }
    });
}

/// The drag-over and drag-leave handlers of a drop zone: `over` says whether a file is held over it
/// (the zone is highlighted), and dragging over allows the drop. Shared by every file picker.
pub fn drop_highlight(over: &UseStateHandle<bool>) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let on = over.clone();
    let off = over.clone();
    (
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            on.set(true);
        }),
        Callback::from(move |_: DragEvent| off.set(false)),
    )
}

#[function_component]
pub fn FilePick(props: &FilePickProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let over = use_state(|| false);
    let id = ctx.id(&format!("file-{}", props.name));
    let onchange = {
        let (max, on_file, on_error) = (props.max_bytes, props.on_file.clone(), props.on_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|l| l.get(0)) {
                read(file, max, on_file.clone(), on_error.clone());
            }
            // Let the same file be chosen again later.
            input.set_value("");
        })
    };
    let (ondragover, ondragleave) = drop_highlight(&over);
    let ondrop = {
        let over = over.clone();
        let (max, on_file, on_error) = (props.max_bytes, props.on_file.clone(), props.on_error.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
                read(file, max, on_file.clone(), on_error.clone());
            }
        })
    };
    html! {
        <div class={classes!("x1060-drop", (*over).then_some("x1060-drop-over"))} {ondragover} {ondragleave} {ondrop}
            data-file-pick={props.name.clone()}>
            <label for={id.clone()}>{ &props.label }</label>
            <input id={id} type="file" accept={props.accept.clone()} {onchange} />
            <p class="x1060-hint">{ t.drop_hint }</p>
        </div>
    }
}
