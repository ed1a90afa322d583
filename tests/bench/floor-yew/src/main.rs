//! The smallest useful Yew app: one line of text in a button that changes when clicked, so the
//! benchmark can time "first render" and "interactive" here exactly as it does for the widget.

use yew::prelude::*;

#[function_component]
fn Floor() -> Html {
    let clicked = use_state(|| false);
    let onclick = {
        let clicked = clicked.clone();
        Callback::from(move |_| clicked.set(true))
    };
    html! {
        <button type="button" class="floor-line" data-clicked={clicked.to_string()} {onclick}>
            { if *clicked { "X.1060 self-assessment (clicked)" } else { "X.1060 self-assessment" } }
        </button>
    }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
