//! The campaign in use (issue 16), for a participant: who runs it and what the file will hold,
//! the campaign's profile fields (closed lists as menus), what it asks for beyond the answers,
//! then "Prepare my submission": the file field by field, the consent statement, one download
//! (sealed for the organiser when the campaign has a key) and a copy for the participant's
//! records. Loaded on demand (`Part::Campaign`).
//!
//! The file and its preview come from one value made by `x1060_core::campaign::build`; this
//! module only keeps the participant's choices and shows what core made.

mod load;
mod preview;
mod seal;

pub use load::CampaignLoad;

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use x1060_core::campaign::submission::SubmissionError;
use x1060_core::campaign::{build, Campaign, Choices, Extra, FieldKind, Submission};
use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::ErrorText;
use x1060_core::ids::CategoryId;
use x1060_core::model::Assessment;
use yew::prelude::*;

use crate::context::use_ctx;
use crate::state::Action;

/// The direction of a campaign text in the language `code` (one of ours), so that an English
/// campaign reads left to right in an Arabic interface; `None` for a language we do not know.
pub fn text_dir(code: &str) -> Option<&'static str> {
    x1060_core::i18n::Lang::from_code(code).map(|l| l.dir())
}

/// Checks a campaign file's text against the catalogue in use: its categories in scope, or why it
/// cannot be used, in English (the campaign named by the host page: its notice shows the detail as
/// every file reader's, for the site's maintainer; see [`check_in`] for a file the user picked).
pub fn check(text: &str, catalogue: &Catalogue) -> Result<Vec<CategoryId>, String> {
    let c = Campaign::parse(text).map_err(|e| e.to_string())?;
    c.check_catalogue(catalogue).map_err(|m| format!("{m}."))?;
    Ok(c.catalogue.categories)
}

/// As [`check`], for a file the user picked: why it cannot be used, in the user's language.
pub fn check_in(text: &str, catalogue: &Catalogue, errors: &ErrorText) -> Result<Vec<CategoryId>, String> {
    let c = Campaign::parse(text).map_err(|e| e.message(errors))?;
    c.check_catalogue(catalogue).map_err(|m| (errors.campaign_unusable)(&m.message(errors)))?;
    Ok(c.catalogue.categories)
}

#[derive(Properties, PartialEq)]
pub struct CampaignViewProps {
    pub assessment: Rc<Assessment>,
    pub campaign: Option<Rc<str>>,
}

/// What "Prepare my submission" made.
#[derive(Clone, PartialEq)]
enum Prepared {
    None,
    Ready(Rc<Submission>),
    Refused(SubmissionError),
}

#[function_component]
pub fn CampaignView(props: &CampaignViewProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = x1060_core::campaign::text::text(ctx.lang);
    let campaign: Rc<Option<Campaign>> =
        use_memo(props.campaign.clone(), |raw| raw.as_deref().and_then(|r| Campaign::parse(r).ok()));
    let profile = use_state(BTreeMap::<String, String>::new);
    let share = use_state(BTreeSet::<Extra>::new);
    let prepared = use_state(|| Prepared::None);
    let consent = use_state(|| false);
    let heading = ctx.id("campaign-heading");
    let Some(c) = (*campaign).clone() else {
        return html! {
            <section class="x1060-card" aria-labelledby={heading.clone()} data-view="campaign">
                <h2 id={heading} class="x1060-view-heading" tabindex="-1">{ t.cp_heading }</h2>
                <p>{ t.cp_load_help }</p>
                <CampaignLoad />
            </section>
        };
    };
    let code = c.text_lang(ctx.lang.code()).to_string();
    let c = Rc::new(c);
    // Any change of a choice makes the preview out of date: it goes, with the consent given to it.
    let reset = {
        let (prepared, consent) = (prepared.clone(), consent.clone());
        move || {
            prepared.set(Prepared::None);
            consent.set(false);
        }
    };
    let on_field = {
        let (profile, reset) = (profile.clone(), reset.clone());
        Callback::from(move |(key, value): (String, String)| {
            let mut p = (*profile).clone();
            p.insert(key, value);
            profile.set(p);
            reset();
        })
    };
    let on_share = {
        let (share, reset) = (share.clone(), reset.clone());
        Callback::from(move |(e, on): (Extra, bool)| {
            let mut s = (*share).clone();
            if on {
                s.insert(e);
            } else {
                s.remove(&e);
            }
            share.set(s);
            reset();
        })
    };
    let prepare = {
        let (prepared, consent) = (prepared.clone(), consent.clone());
        let (c, a, catalogue) = (c.clone(), props.assessment.clone(), ctx.catalogue.clone());
        let (profile, share) = (profile.clone(), share.clone());
        let lang = ctx.lang;
        Callback::from(move |_| {
            let choices =
                Choices { profile: (*profile).clone(), share: (*share).clone(), consent_lang: lang.code().to_string() };
            consent.set(false);
            prepared.set(
                match build(
                    &a,
                    (!a.uid.is_empty()).then_some(a.uid.as_str()),
                    &c,
                    &catalogue,
                    &choices,
                    &crate::platform::today(),
                ) {
                    Ok(s) => Prepared::Ready(Rc::new(s)),
                    Err(e) => Prepared::Refused(e),
                },
            );
        })
    };
    let forget = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.send(Action::ForgetCampaign))
    };
    let field_label =
        |key: &str| c.field(key).map(|f| f.label.get_code(&code).to_string()).unwrap_or_else(|| key.to_string());
    let refused = match &*prepared {
        Prepared::Refused(e) => {
            let (sentence, field) = match e {
                SubmissionError::Missing { field } => (t.cp_err_missing, Some(field_label(field))),
                SubmissionError::NotInList { field, .. } => (t.cp_err_not_in_list, Some(field_label(field))),
                SubmissionError::TooLong { field } => (t.cp_err_too_long, Some(field_label(field))),
                SubmissionError::NoAnswers => (t.cp_err_no_answers, None),
                SubmissionError::Catalogue(_) => (t.cp_err_catalogue, None),
                _ => (t.cp_bad_file, None),
            };
            html! {
                <div class="x1060-notice" role="alert" data-submission-refused={e.code()}>
                    <p>{ sentence }{ " " }if let Some(f) = field { <strong lang={code.clone()} dir={text_dir(&code)}>{ f }</strong> }</p>
                </div>
            }
        }
        _ => html! {},
    };
    let scope: Vec<Html> = c
        .catalogue
        .categories
        .iter()
        .map(|id| {
            let title =
                ctx.catalogue.category(id).map(|k| k.title.get_code(&ctx.content).to_string()).unwrap_or_default();
            html! { <li data-scope-category={id.to_string()}>{ format!("{id} {title}") }</li> }
        })
        .collect();
    html! {
        <section class="x1060-card x1060-campaign" aria-labelledby={heading.clone()} data-view="campaign" data-campaign-id={c.id.clone()}>
            <h2 id={heading} class="x1060-view-heading" tabindex="-1">
                { t.cp_heading }{ ": " }<span lang={code.clone()} dir={text_dir(&code)}>{ c.name.get_code(&code) }</span>
            </h2>
            if let Some(d) = &c.description {
                <p lang={code.clone()} dir={text_dir(&code)}>{ d.get_code(&code) }</p>
            }
            <dl class="x1060-facts" data-campaign-settings="">
                <dt>{ t.cp_run_by }</dt><dd lang={code.clone()} dir={text_dir(&code)} data-campaign-organiser="">{ c.organiser.get_code(&code) }</dd>
                <dt>{ t.cp_deadline }</dt><dd data-campaign-deadline="">{ c.deadline.clone() }</dd>
                <dt>{ t.cp_catalogue }</dt>
                <dd>{ format!("{} {}", c.catalogue.id, c.catalogue.version) }{ if c.catalogue.edition.is_empty() { String::new() } else { format!(" · {}", c.catalogue.edition) } }</dd>
                <dt>{ t.cp_scope }</dt><dd><ul class="x1060-compact">{ for scope }</ul></dd>
            </dl>
            <h3>{ t.cp_in_file_heading }</h3>
            <p>{ t.cp_in_file_always }</p>
            <p>{ t.cp_in_file_never }</p>
            <p data-campaign-sealed={c.public_key.is_some().to_string()}>{ if c.public_key.is_some() { t.cp_sealed } else { t.cp_not_sealed } }</p>
            <h3>{ t.cp_profile_heading }</h3>
            <ProfileFields campaign={c.clone()} code={AttrValue::from(code.clone())} values={Rc::new((*profile).clone())} on_change={on_field} />
            if !c.asks.is_empty() {
                <fieldset class="x1060-fieldset" data-campaign-asks="">
                    <legend>{ t.cp_share_heading }</legend>
                    <p class="x1060-hint">{ t.cp_share_help }</p>
                    { for c.asks.iter().map(|e| {
                        let e = *e;
                        let id = ctx.id(&format!("share-{}", e.key()));
                        let on_share = on_share.clone();
                        let onchange = Callback::from(move |ev: Event| {
                            let input: HtmlInputElement = ev.target_unchecked_into();
                            on_share.emit((e, input.checked()));
                        });
                        html! {
                            <div class="x1060-check">
                                <input type="checkbox" id={id.clone()} checked={share.contains(&e)} {onchange} data-share={e.key()} />
                                <label for={id}>{ t.extra(e) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            }
            <div class="x1060-actions">
                <button type="button" class="x1060-button x1060-button-primary" onclick={prepare} data-prepare-submission="">{ t.cp_prepare }</button>
            </div>
            { refused }
            if let Prepared::Ready(s) = &*prepared {
                <preview::SubmissionPreview submission={s.clone()} campaign={c.clone()} code={AttrValue::from(code.clone())}
                    consent={*consent} on_consent={ let consent = consent.clone(); Callback::from(move |v: bool| consent.set(v)) } />
            }
            <div class="x1060-actions">
                <button type="button" class="x1060-button x1060-button-quiet" onclick={forget} data-campaign-forget="">{ t.cp_forget }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ProfileFieldsProps {
    campaign: Rc<Campaign>,
    /// The language of the campaign's texts shown.
    code: AttrValue,
    values: Rc<BTreeMap<String, String>>,
    on_change: Callback<(String, String)>,
}

/// The campaign's profile fields: a native menu for a closed list, a text box otherwise.
#[function_component]
fn ProfileFields(props: &ProfileFieldsProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = x1060_core::campaign::text::text(ctx.lang);
    let code = props.code.to_string();
    html! {
        <div class="x1060-profile-fields" data-campaign-profile="">
            { for props.campaign.profile.iter().map(|f| {
                let id = ctx.id(&format!("cp-field-{}", f.key));
                let value = props.values.get(&f.key).cloned().unwrap_or_default();
                let key = f.key.clone();
                let on_change = props.on_change.clone();
                let label = html! {
                    <label for={id.clone()}>
                        <span lang={code.clone()} dir={text_dir(&code)}>{ f.label.get_code(&code) }</span>
                        if f.required { { " " }<span class="x1060-hint">{ t.cp_required }</span> }
                    </label>
                };
                match f.kind {
                    FieldKind::Choice => {
                        let onchange = Callback::from(move |e: Event| {
                            let sel: HtmlSelectElement = e.target_unchecked_into();
                            on_change.emit((key.clone(), sel.value()));
                        });
                        html! {
                            <div class="x1060-field">
                                { label }
                                <select id={id} {onchange} required={f.required} data-profile-field={f.key.clone()} lang={code.clone()} dir={text_dir(&code)}>
                                    <option value="" selected={value.is_empty()}>{ t.cp_choose }</option>
                                    { for f.choices.iter().map(|ch| html! {
                                        <option value={ch.key.clone()} selected={value == ch.key}>{ ch.label.get_code(&code) }</option>
                                    }) }
                                </select>
                            </div>
                        }
                    }
                    FieldKind::Text => {
                        let onchange = Callback::from(move |e: Event| {
                            let input: HtmlInputElement = e.target_unchecked_into();
                            on_change.emit((key.clone(), input.value()));
                        });
                        html! {
                            <div class="x1060-field">
                                { label }
                                <input id={id} type="text" value={value} {onchange} required={f.required}
                                    maxlength={x1060_core::campaign::submission::MAX_TEXT_CHARS.to_string()} data-profile-field={f.key.clone()} />
                            </div>
                        }
                    }
                }
            }) }
        </div>
    }
}
