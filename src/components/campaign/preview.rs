//! The submission, field by field, exactly as the file will hold it; the consent statement; the
//! downloads. The rows are `Submission::preview`, read from the very value the file is written
//! from.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use x1060_core::campaign::sealed::Envelope;
use x1060_core::campaign::submission::{row_meaning, summary_html};
use x1060_core::campaign::{Campaign, Submission};
use yew::prelude::*;

use super::text_dir;
use crate::context::use_ctx;

#[derive(Properties, PartialEq)]
pub struct SubmissionPreviewProps {
    pub submission: Rc<Submission>,
    pub campaign: Rc<Campaign>,
    /// The language of the campaign's texts shown.
    pub code: AttrValue,
    pub consent: bool,
    pub on_consent: Callback<bool>,
}

/// Where the download stands.
#[derive(Clone, Copy, PartialEq)]
enum Sent {
    Not,
    Working,
    Done,
    SealFailed,
}

#[function_component]
pub fn SubmissionPreview(props: &SubmissionPreviewProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let t = x1060_core::campaign::text::text(ctx.lang);
    let sent = use_state(|| Sent::Not);
    {
        let sent = sent.clone();
        use_effect_with(props.submission.clone(), move |_| sent.set(Sent::Not));
    }
    let code = props.code.to_string();
    let s = props.submission.clone();
    let c = props.campaign.clone();
    let preview = s.preview();
    let heading = ctx.id("submission-preview");
    let consent_id = ctx.id("submission-consent");
    let on_consent = {
        let cb = props.on_consent.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };
    let download = {
        let (ctx, s, c, sent) = (ctx.clone(), s.clone(), c.clone(), sent.clone());
        let consent = props.consent;
        Callback::from(move |_| {
            let Ok(text) = s.file_text(consent) else { return };
            match &c.public_key {
                None => {
                    ctx.download(&s.file_name(), "application/json", &text);
                    sent.set(Sent::Done);
                }
                Some(key) => {
                    sent.set(Sent::Working);
                    let (ctx, s, sent, key) = (ctx.clone(), s.clone(), sent.clone(), key.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        match super::seal::seal(text.as_bytes(), &key).await {
                            Ok((wrapped, iv, ct)) => {
                                let e = Envelope::new(&s.campaign, key.kid.as_deref(), &wrapped, &iv, &ct);
                                ctx.download(
                                    &Envelope::file_name(&s.campaign, &s.date),
                                    "application/json",
                                    &e.encode(),
                                );
                                sent.set(Sent::Done);
                            }
                            Err(detail) => {
                                crate::platform::console_warn(&format!(
                                    "X.1060: the submission could not be encrypted: {detail}"
                                ));
                                sent.set(Sent::SealFailed);
                            }
                        }
                    });
                }
            }
        })
    };
    let copy = {
        let (ctx, s, c) = (ctx.clone(), s.clone(), c.clone());
        Callback::from(move |_| {
            let h = summary_html(&s, &c, &ctx.catalogue, ctx.lang, t);
            let name = s.file_name().replace(".json", ".html");
            ctx.download(&name, "text/html;charset=utf-8", &h);
        })
    };
    html! {
        <div class="x1060-submission" data-submission-preview="">
            <h3 id={heading.clone()} tabindex="-1">{ t.cp_preview_heading }</h3>
            <p>{ t.cp_preview_help }</p>
            <div class="x1060-table-wrap" role="region" aria-labelledby={heading} tabindex="0">
                <table class="x1060-table">
                    <thead><tr><th scope="col">{ t.cp_col_field }</th><th scope="col">{ t.cp_col_value }</th><th scope="col">{ t.cp_col_meaning }</th></tr></thead>
                    <tbody>
                        { for preview.rows.iter().map(|r| html! {
                            <tr data-preview-path={r.dotted()} data-preview-value={r.value.clone()}>
                                <td><code dir="ltr">{ r.dotted() }</code></td>
                                <td>{ r.value.clone() }</td>
                                <td lang={code.clone()} dir={text_dir(&code)}>{ row_meaning(r, &c, &ctx.catalogue, &code) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h4>{ t.cp_consent_heading }</h4>
            <blockquote lang={code.clone()} dir={text_dir(&code)} data-consent-text="">{ c.consent.get_code(&code) }</blockquote>
            <div class="x1060-check">
                <input type="checkbox" id={consent_id.clone()} checked={props.consent} onchange={on_consent} data-consent="" />
                <label for={consent_id}>{ t.cp_consent_label }</label>
            </div>
            <div class="x1060-actions">
                <button type="button" class="x1060-button x1060-button-primary" disabled={!props.consent || *sent == Sent::Working}
                    onclick={download} data-download-submission="">{ t.cp_download }</button>
                <button type="button" class="x1060-button" disabled={!props.consent} onclick={copy} data-download-copy="">{ t.cp_download_summary }</button>
            </div>
            <div role="status">
                if *sent == Sent::Done {
                    <p class="x1060-ok" data-submission-sent="">{ t.cp_downloaded }</p>
                }
            </div>
            if *sent == Sent::SealFailed {
                <p class="x1060-notice" role="alert" data-seal-failed="">{ t.cp_err_seal }</p>
            }
        </div>
    }
}
