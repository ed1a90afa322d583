//! What every component can reach: the dispatcher, the language, the catalogue and the config.

use std::rc::Rc;

use x1060_core::catalogue::Catalogue;
use x1060_core::edit::Edit;
use x1060_core::i18n::{Lang, UiText};
use yew::prelude::*;

use crate::config::AppConfig;
use crate::state::{Action, AppState};

/// Shared by the whole tree through one `ContextProvider`. It changes only when the language
/// changes, so answering a question re-renders only what shows that answer.
#[derive(Clone)]
pub struct Ctx {
    pub dispatch: UseReducerDispatcher<AppState>,
    /// The language shown: the one chosen, once its strings are loaded (`App`).
    pub lang: Lang,
    /// Language code of catalogue texts (usually `lang`'s code).
    pub content: Rc<str>,
    pub catalogue: Rc<Catalogue>,
    pub config: Rc<AppConfig>,
    /// The widget's root element: downloads attach their temporary link here, not to the host page.
    pub root: NodeRef,
    /// The open assessment cannot be changed (data of a newer app version).
    pub read_only: bool,
}

impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && self.content == other.content
            && self.read_only == other.read_only
            && Rc::ptr_eq(&self.catalogue, &other.catalogue)
            && Rc::ptr_eq(&self.config, &other.config)
    }
}

impl Ctx {
    /// The interface strings of the language shown (`App` shows a language once its strings are
    /// loaded, so the English fallback is never used in practice).
    pub fn t(&self) -> &'static UiText {
        crate::parts::text(self.lang).unwrap_or(&x1060_core::i18n::EN)
    }

    pub fn send(&self, a: Action) {
        self.dispatch.dispatch(a);
    }

    /// Focus and blur handlers for a text field of `part` (issue 13): while it has the focus,
    /// another tab's change to that part waits, so the text is never rewritten while typed.
    pub fn typing_in(&self, part: x1060_core::sync::Part) -> (Callback<FocusEvent>, Callback<FocusEvent>) {
        let (a, b) = (self.dispatch.clone(), self.dispatch.clone());
        let onfocus = Callback::from(move |_: FocusEvent| a.dispatch(Action::Typing(Some(part.clone()))));
        let onblur = Callback::from(move |_: FocusEvent| b.dispatch(Action::Typing(None)));
        (onfocus, onblur)
    }

    /// Applies a change to the answers, stamped with the current time.
    pub fn edit(&self, edit: Edit) {
        self.dispatch.dispatch(Action::Edit { edit, at: crate::platform::now_iso() });
    }

    /// Offers a file for download; a failure becomes a notice.
    pub fn download(&self, name: &str, mime: &str, text: &str) {
        let parent = self.root.cast::<web_sys::Element>();
        if crate::platform::download(parent.as_ref(), name, mime, text).is_err() {
            self.send(Action::Notify(crate::state::Notice::DownloadFailed));
        }
    }

    /// An element id unique to this widget.
    pub fn id(&self, local: &str) -> String {
        self.config.dom_id(local)
    }
}

/// The context. `None` only outside `App`, where components render nothing.
#[hook]
pub fn use_ctx() -> Option<Ctx> {
    use_context::<Ctx>()
}
