//! Parts of the app fetched when first used.
//!
//! The first download holds the checklist and everything that saves answers (state, persist,
//! platform). The Results view, the Assessments view (list, import, compare), the About view
//! (catalogue files), the coordinator workbench, a catalogue change (preview and answers to review),
//! the making of the three files, and the interface strings of every language
//! but English live in parts. Built by Trunk (the `split`
//! feature), each part's entry point is a split point: `.ci/split.sh` moves the code reachable only
//! from it into its own WebAssembly module, fetched on first use or earlier, in idle time
//! ([`prefetch_all`]). Without the feature (unit tests, host builds) the entry points are ordinary
//! functions and every part is always there.
//!
//! Each entry point returns a plain function pointer with a typed signature, kept once loaded so
//! that later renders call it synchronously. A part that cannot be fetched is [`Unavailable`]:
//! [`PartView`] shows a message with a retry button, and nothing here ever saves, so a missing part
//! can never cost an answer.

use std::cell::RefCell;
use std::rc::Rc;

use x1060_core::i18n::{self, ErrorText, Lang, UiText};
use x1060_core::library::Library;
use x1060_core::model::Assessment;
use x1060_core::report::{Detail, FileKind, FileOut, ReportContext};
use yew::prelude::*;

use crate::components::focus::focus_in;
use crate::context::use_ctx;
use crate::state::CatalogueSource;

/// A view fetched on demand.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    Results,
    Assessments,
    About,
    /// The coordinator workbench (issue 15): many returned files, one anonymised picture.
    Workbench,
    /// A catalogue change: the preview, and the answers to review (issue 14).
    Editions,
    /// The campaign in use (issue 16): its settings and the participant's submission.
    Campaign,
}

impl Part {
    /// Every view part, in the order they are prefetched.
    pub const ALL: [Part; 6] =
        [Part::Results, Part::Assessments, Part::About, Part::Workbench, Part::Editions, Part::Campaign];

    fn index(self) -> usize {
        self as usize
    }

    /// The value of the `data-part` attribute on its placeholder (tests and styles).
    pub fn key(self) -> &'static str {
        match self {
            Part::Results => "results",
            Part::Assessments => "assessments",
            Part::About => "about",
            Part::Workbench => "workbench",
            Part::Editions => "editions",
            Part::Campaign => "campaign",
        }
    }
}

/// What a view part renders from: the state `App` passes down.
#[derive(Clone)]
pub struct ViewArgs {
    pub assessment: Rc<Assessment>,
    pub library: Rc<Library>,
    pub source: CatalogueSource,
    /// Storage can be written (the app is not in memory-only mode).
    pub can_write: bool,
    /// The campaign in use, as its file's text.
    pub campaign: Option<Rc<str>>,
}

impl PartialEq for ViewArgs {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.assessment, &other.assessment)
            && Rc::ptr_eq(&self.library, &other.library)
            && self.source == other.source
            && self.can_write == other.can_write
            && self.campaign == other.campaign
    }
}

/// The entry point of a view part.
pub type ViewFn = fn(&ViewArgs) -> Html;

/// The entry point of the files part: the file of one kind for one assessment.
pub type FileFn = fn(FileKind, &Assessment, &ReportContext<'_>, &str, Detail) -> FileOut;

/// A part could not be fetched (offline, a 404, a bundle copied without it). The browser's console
/// has the details; a later call tries again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for Unavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        Unavailable
    }
}

/// Declares one entry point: a split point with the `split` feature, an ordinary async function
/// without it. Either way: `async fn $name() -> Result<$ty, Unavailable>`.
macro_rules! entry {
    ($module:ident, $name:ident, $ty:ty, $value:expr) => {
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($module, fallible)]
        fn $name() -> Result<$ty, Unavailable> {
            Ok($value)
        }

        #[cfg(not(feature = "split"))]
        async fn $name() -> Result<$ty, Unavailable> {
            Ok($value)
        }
    };
}

entry!(results, results_entry, ViewFn, |a: &ViewArgs| html! {
    <crate::components::results::Results assessment={a.assessment.clone()} />
});
entry!(assessments, assessments_entry, ViewFn, |a: &ViewArgs| html! {
    <crate::components::assessments::Assessments library={a.library.clone()} can_write={a.can_write} />
});
entry!(about, about_entry, ViewFn, |a: &ViewArgs| html! {
    <crate::components::about::About source={a.source} />
});
entry!(workbench, workbench_entry, ViewFn, |_: &ViewArgs| html! {
    <crate::components::workbench::Workbench />
});
entry!(editions, editions_entry, ViewFn, |a: &ViewArgs| html! {
    <crate::components::editions::Editions assessment={a.assessment.clone()} library={a.library.clone()} can_write={a.can_write} />
});
entry!(campaign, campaign_entry, ViewFn, |a: &ViewArgs| html! {
    <crate::components::campaign::CampaignView assessment={a.assessment.clone()} campaign={a.campaign.clone()} />
});
/// Checks a campaign file's text against the catalogue in use: its categories in scope, or why
/// it cannot be used, in English: the campaign the host page names, whose notice is for the
/// site's maintainer (a file the user picks is explained in their language, `campaign::check_in`).
pub type CampaignCheckFn =
    fn(&str, &x1060_core::catalogue::Catalogue) -> Result<Vec<x1060_core::ids::CategoryId>, String>;
entry!(campaign_check, campaign_check_entry, CampaignCheckFn, crate::components::campaign::check);
entry!(files, files_entry, FileFn, x1060_core::report::file);
/// Adds the built-in catalogue's texts in one language. It lives in the language's part, with
/// the texts and the code that reads them, so the first download carries neither.
pub type AddTexts = fn(&mut x1060_core::catalogue::Catalogue);

/// A language's part: its interface strings, why a file was refused in it ([`errors`]), and what
/// adds the built-in catalogue's texts in it (see [`builtin_catalogue`]); the first download's
/// catalogue is in English only.
pub type LangPart = (&'static UiText, &'static ErrorText, Option<AddTexts>);

fn add_ar(c: &mut x1060_core::catalogue::Catalogue) {
    // Checked by a host test (core/tests/catalogue.rs); on failure English shows instead.
    let _ = c.add_texts("ar", x1060_core::catalogue::BUILTIN_AR_JSON);
}

fn add_mn(c: &mut x1060_core::catalogue::Catalogue) {
    let _ = c.add_texts("mn", x1060_core::catalogue::BUILTIN_MN_JSON);
}

fn add_ja(c: &mut x1060_core::catalogue::Catalogue) {
    let _ = c.add_texts("ja", x1060_core::catalogue::BUILTIN_JA_JSON);
}

fn add_fr(c: &mut x1060_core::catalogue::Catalogue) {
    let _ = c.add_texts("fr", x1060_core::catalogue::BUILTIN_FR_JSON);
}

entry!(text_ja, text_ja_entry, LangPart, (&i18n::JA, &i18n::JA_ERRORS, Some(add_ja as AddTexts)));
entry!(text_fr, text_fr_entry, LangPart, (&i18n::FR, &i18n::FR_ERRORS, Some(add_fr as AddTexts)));
entry!(text_ar, text_ar_entry, LangPart, (&i18n::AR, &i18n::AR_ERRORS, Some(add_ar as AddTexts)));
entry!(text_mn, text_mn_entry, LangPart, (&i18n::MN, &i18n::MN_ERRORS, Some(add_mn as AddTexts)));

thread_local! {
    static VIEWS: RefCell<[Option<ViewFn>; Part::ALL.len()]> = const { RefCell::new([None; Part::ALL.len()]) };
    static FILES: RefCell<Option<FileFn>> = const { RefCell::new(None) };
    static TEXTS: RefCell<[Option<&'static UiText>; Lang::ALL.len()]> = const { RefCell::new([None; Lang::ALL.len()]) };
    static ERRORS: RefCell<[Option<&'static ErrorText>; Lang::ALL.len()]> = const { RefCell::new([None; Lang::ALL.len()]) };
    /// What adds the built-in catalogue's texts, for each language part that brought some.
    static CATALOGUE_TEXTS: RefCell<Vec<(Lang, AddTexts)>> = const { RefCell::new(Vec::new()) };
}

/// The interface strings of `lang`, if they are loaded. English is always there: it is part of
/// the first download; every other language is a part of its own, fetched only by those who use it
/// (it is not prefetched).
pub fn text(lang: Lang) -> Option<&'static UiText> {
    match lang {
        Lang::En => Some(&x1060_core::i18n::EN),
        _ => TEXTS.with(|t| t.borrow()[lang as usize]),
    }
}

/// Fetches the interface strings of `lang`.
pub async fn load_text(lang: Lang) -> Result<&'static UiText, Unavailable> {
    if let Some(t) = text(lang) {
        return Ok(t);
    }
    let (t, errors, catalogue) = match lang {
        // Always there (above); its messages of a refused file are in [`errors`].
        Lang::En => return Ok(&x1060_core::i18n::EN),
        Lang::Ja => text_ja_entry().await?,
        Lang::Fr => text_fr_entry().await?,
        Lang::Ar => text_ar_entry().await?,
        Lang::Mn => text_mn_entry().await?,
    };
    if let Some(add) = catalogue {
        CATALOGUE_TEXTS.with(|c| c.borrow_mut().push((lang, add)));
    }
    TEXTS.with(|c| c.borrow_mut()[lang as usize] = Some(t));
    ERRORS.with(|e| e.borrow_mut()[lang as usize] = Some(errors));
    Ok(t)
}

/// Why a file was refused, in `lang` when its part is loaded, else in English. Only the views that
/// read files (About, Assessments) call it, so the English messages are not in the first download
/// either; every other language's come with its strings.
pub fn errors(lang: Lang) -> &'static ErrorText {
    match lang {
        Lang::En => &i18n::EN_ERRORS,
        _ => ERRORS.with(|e| e.borrow()[lang as usize]).unwrap_or(&i18n::EN_ERRORS),
    }
}

/// Whether `lang`'s part brought texts of the built-in catalogue (every language but English).
pub fn has_catalogue_texts(lang: Lang) -> bool {
    CATALOGUE_TEXTS.with(|c| c.borrow().iter().any(|(l, _)| *l == lang))
}

/// The built-in catalogue with the texts of every language loaded so far. The first download
/// holds English; every other language's texts come with its part, so a visitor downloads only
/// the language they use.
pub fn builtin_catalogue() -> x1060_core::catalogue::Catalogue {
    let mut c = x1060_core::catalogue::Catalogue::builtin_base();
    CATALOGUE_TEXTS.with(|texts| {
        for (_, add) in texts.borrow().iter() {
            add(&mut c);
        }
    });
    c
}

/// The built-in catalogue with the texts of every language: each language's part is fetched
/// first (for the catalogue file a user exports).
pub async fn builtin_catalogue_complete() -> Result<x1060_core::catalogue::Catalogue, Unavailable> {
    for lang in Lang::ALL {
        load_text(lang).await?;
    }
    Ok(builtin_catalogue())
}

/// The view part's entry point, if it is loaded.
pub fn loaded_view(part: Part) -> Option<ViewFn> {
    VIEWS.with(|v| v.borrow()[part.index()])
}

/// Fetches a view part (once; a failure is not remembered, so the next call tries again).
pub async fn load_view(part: Part) -> Result<ViewFn, Unavailable> {
    if let Some(f) = loaded_view(part) {
        return Ok(f);
    }
    let f = match part {
        Part::Results => results_entry().await?,
        Part::Assessments => assessments_entry().await?,
        Part::About => about_entry().await?,
        Part::Workbench => workbench_entry().await?,
        Part::Editions => editions_entry().await?,
        Part::Campaign => campaign_entry().await?,
    };
    VIEWS.with(|v| v.borrow_mut()[part.index()] = Some(f));
    Ok(f)
}

/// Fetches the part that checks a campaign file (the host page's `data-campaign`).
pub async fn load_campaign_check() -> Result<CampaignCheckFn, Unavailable> {
    campaign_check_entry().await
}

/// Fetches the part that makes the three files.
pub async fn load_files() -> Result<FileFn, Unavailable> {
    if let Some(f) = FILES.with(|f| *f.borrow()) {
        return Ok(f);
    }
    let f = files_entry().await?;
    FILES.with(|c| *c.borrow_mut() = Some(f));
    Ok(f)
}

/// Fetches every part, one after the other, in idle time after the first screen: on a good network
/// they are there before the user asks. Failures are silent here (the part retries when used).
/// Skipped when the visitor's browser asks to save data.
pub fn prefetch_all() {
    if crate::platform::save_data() {
        return;
    }
    crate::platform::when_idle(|| {
        wasm_bindgen_futures::spawn_local(async {
            for part in Part::ALL {
                let _ = load_view(part).await;
            }
            let _ = load_campaign_check().await;
            let _ = load_files().await;
        });
    });
}

#[derive(Properties, PartialEq)]
pub struct PartViewProps {
    pub part: Part,
    pub args: ViewArgs,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Loading,
    Failed,
    /// Loaded by this placeholder (not before it was shown): the focus moves to its heading.
    Arrived,
}

/// Renders a view part, fetching it first if needed: a short "loading" line meanwhile, a message
/// and a retry button if it cannot be fetched.
#[function_component]
pub fn PartView(props: &PartViewProps) -> Html {
    let status = use_state(|| Status::Loading);
    let attempt = use_state(|| 0u32);
    let ctx = use_ctx();
    {
        let status = status.clone();
        use_effect_with((props.part, *attempt), move |(part, _)| {
            if loaded_view(*part).is_none() {
                let part = *part;
                status.set(Status::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    match load_view(part).await {
                        Ok(_) => status.set(Status::Arrived),
                        Err(Unavailable) => status.set(Status::Failed),
                    }
                });
            }
        });
    }
    // The view arrived after the user asked for it: its heading takes the focus, as after any
    // change of view.
    {
        let root = ctx.as_ref().map(|c| c.root.clone());
        use_effect_with(*status, move |s| {
            if let (Status::Arrived, Some(root)) = (s, root) {
                focus_in(&root, ".x1060-view-heading");
            }
        });
    }
    if let Some(view) = loaded_view(props.part) {
        return view(&props.args);
    }
    let Some(ctx) = ctx else { return html! {} };
    let t = ctx.t();
    match *status {
        Status::Failed => {
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_| attempt.set(*attempt + 1))
            };
            html! {
                <div class="x1060-card x1060-part" data-part={props.part.key()} data-part-state="failed" role="alert">
                    <p>{ t.part_failed }</p>
                    <button type="button" class="x1060-button x1060-button-primary" onclick={retry}>{ t.part_retry }</button>
                </div>
            }
        }
        Status::Loading | Status::Arrived => html! {
            <div class="x1060-part" data-part={props.part.key()} data-part-state="loading" role="status">
                <p>{ t.part_loading }</p>
            </div>
        },
    }
}
