//! Notices about storage and downloads, with what the user can do about each.

use yew::prelude::*;

use super::focus::use_focus_request;
use crate::context::use_ctx;
use crate::platform;
use crate::state::{Action, Notice};

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

#[function_component]
pub fn Notices(props: &NoticesProps) -> Html {
    let Some(ctx) = use_ctx() else { return html! {} };
    let focus = use_focus_request(ctx.root.clone());
    let t = ctx.t();
    html! {
        <div class="x1060-notices" role="alert">
            { for props.notices.iter().map(|n| {
                // The dismissed notice takes its button with it: the focus goes to the next notice,
                // or to the start of the main content.
                let dismiss = {
                    let ctx = ctx.clone();
                    let focus = focus.clone();
                    let n = n.clone();
                    Callback::from(move |_| {
                        focus.request(&[".x1060-notices [data-notice] button", ".x1060-main"]);
                        ctx.send(Action::Dismiss(n.clone()))
                    })
                };
                let (kind, text, extra) = match n {
                    Notice::StorageUnavailable => ("storage-unavailable", t.notice_storage_unavailable.to_string(), html! {}),
                    Notice::QuotaExceeded => ("quota", t.notice_quota.to_string(), html! {}),
                    Notice::NewerSchema => ("newer-schema", t.notice_newer.to_string(), html! {}),
                    Notice::DownloadFailed => ("download-failed", t.download_failed.to_string(), html! {}),
                    Notice::LanguageUnavailable => ("language-unavailable", t.notice_language_unavailable.to_string(), html! {}),
                    Notice::ReplaceRefused => ("replace-refused", t.notice_replace_refused.to_string(), html! {}),
                    Notice::CatalogueCorrupt { backup_key, detail } => ("catalogue-corrupt", t.notice_catalogue_corrupt.to_string(), html! {
                        <p class="x1060-notice-detail"><code>{ backup_key.clone() }</code>{ " — " }{ detail.clone() }</p>
                    }),
                    Notice::CatalogueRemote { detail } => ("catalogue-remote", t.notice_catalogue_remote.to_string(), html! {
                        <p class="x1060-notice-detail">{ detail.clone() }</p>
                    }),
                    Notice::CampaignRemote { detail } => ("campaign-remote", t.notice_campaign_remote.to_string(), html! {
                        <p class="x1060-notice-detail">{ detail.clone() }</p>
                    }),
                    Notice::CatalogueNewer => ("catalogue-newer", t.notice_catalogue_newer.to_string(), html! {}),
                    Notice::PrefsCorrupt { backup_key, detail } => ("prefs-corrupt", t.notice_prefs_corrupt.to_string(), html! {
                        <p class="x1060-notice-detail"><code>{ backup_key.clone() }</code>{ " — " }{ detail.clone() }</p>
                    }),
                    Notice::PrefsNewer => ("prefs-newer", t.notice_prefs_newer.to_string(), html! {}),
                    Notice::Corrupt { backup_key, raw, detail } => {
                        let raw = raw.clone();
                        let ctx2 = ctx.clone();
                        let get = Callback::from(move |_| {
                            let name = format!("x1060-damaged-data-{}.txt", platform::today());
                            ctx2.download(&name, "text/plain;charset=utf-8", &raw);
                        });
                        ("corrupt", t.notice_corrupt.to_string(), html! {
                            <>
                                <p class="x1060-notice-detail"><code>{ backup_key.clone() }</code>{ " — " }{ detail.clone() }</p>
                                <button type="button" class="x1060-button" onclick={get}>{ t.download_damaged }</button>
                            </>
                        })
                    }
                };
                html! {
                    <div class="x1060-notice" data-notice={kind}>
                        <p>{ text }</p>
                        { extra }
                        <button type="button" class="x1060-button x1060-button-quiet" onclick={dismiss}>{ t.dismiss }</button>
                    </div>
                }
            }) }
        </div>
    }
}
