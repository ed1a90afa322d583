//! The organisation profile: six optional fields.

use web_sys::HtmlInputElement;
use x1060_core::edit::Edit;
use x1060_core::model::{Profile, ProfileField};
use x1060_core::sync::Part;
use yew::prelude::*;

use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ProfileFormProps {
    pub profile: Profile,
}

#[function_component]
pub fn ProfileForm(props: &ProfileFormProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = ctx.t();
    let heading = ctx.id("profile-heading");
    html! {
        <section class="x1060-card x1060-profile" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ t.profile_heading }</h2>
            <p class="x1060-hint">{ t.profile_hint }</p>
            <div class="x1060-profile-grid">
                { for ProfileField::ALL.into_iter().map(|f| {
                    let id = ctx.id(&format!("profile-{}", f.key()));
                    let ctx2 = ctx.clone();
                    let oninput = Callback::from(move |e: InputEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        ctx2.edit(Edit::SetProfile { field: f, value: input.value() });
                    });
                    let (onfocus, onblur) = ctx.typing_in(Part::Profile(f));
                    let kind = if f == ProfileField::Date { "date" } else { "text" };
                    let autocomplete = match f {
                        ProfileField::Organisation => "organization",
                        ProfileField::Country => "country-name",
                        ProfileField::Assessor => "name",
                        _ => "off",
                    };
                    html! {
                        <div class="x1060-field">
                            <label for={id.clone()}>{ t.profile_field(f) }</label>
                            <input id={id} type={kind} autocomplete={autocomplete}
                                value={props.profile.get(f).to_string()} {oninput} {onfocus} {onblur} disabled={ctx.read_only} />
                        </div>
                    }
                }) }
            </div>
        </section>
    }
}
