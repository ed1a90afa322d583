//! Moving the keyboard focus after an action removes or adds what the user was working on, so
//! that it never falls back to the top of the page (WCAG 2.4.3 focus order).
//!
//! A component asks for a focus target while handling an event; the target is resolved after the
//! next render, when the element exists. Targets are CSS selectors inside the widget's root, so
//! they work in the shadow root and never reach the host page.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the focus should go after the next render: the first element matching one of the
/// selectors, tried in order.
#[derive(Clone, Default)]
pub struct FocusRequest(Rc<RefCell<Vec<String>>>);

impl FocusRequest {
    /// Asks for the focus to move to the first match of `selectors` after the next render.
    pub fn request(&self, selectors: &[&str]) {
        *self.0.borrow_mut() = selectors.iter().map(|s| s.to_string()).collect();
    }
}

/// Focuses the first element under `root` that matches `selector`; false when there is none.
pub fn focus_in(root: &NodeRef, selector: &str) -> bool {
    let Some(root) = root.cast::<web_sys::Element>() else { return false };
    match root.query_selector(selector) {
        Ok(Some(el)) => match el.dyn_into::<web_sys::HtmlElement>() {
            Ok(el) => el.focus().is_ok(),
            Err(_) => false,
        },
        _ => false,
    }
}

/// A focus request that is carried out after every render of the calling component.
#[hook]
pub fn use_focus_request(root: NodeRef) -> FocusRequest {
    let request = use_mut_ref(Vec::<String>::new);
    let handle = FocusRequest(request.clone());
    use_effect(move || {
        let wanted = std::mem::take(&mut *request.borrow_mut());
        for selector in &wanted {
            if focus_in(&root, selector) {
                break;
            }
        }
    });
    handle
}
