//! Building the first state from storage. Whatever storage holds, this never loses data: data
//! it cannot read is copied to a backup key before anything else may be written (see
//! `x1060_core::library::plan_load` and `crate::persist::load`).

use std::rc::Rc;

use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::Lang;
use x1060_core::save::Prefs;
use x1060_core::stored::{self, KeyNotice};

use crate::config::AppConfig;
use crate::persist;
use crate::platform::{self, Store};
use crate::state::{AppState, CatalogueSource, Notice, SaveStatus, View};

/// Storage key names, below the widget's namespace (the library's own keys are in
/// `x1060_core::library::keys`: `index`, `a/<id>`, `backup/<time>/<key>`, and the legacy
/// `assessment` of the first app version).
pub const KEY_PREFS: &str = stored::PREFS_KEY;
/// The catalogue file the user loaded, as its text.
pub const KEY_CATALOGUE: &str = stored::CATALOGUE_KEY;

/// What storage held at start, read and made safe ([`read_stored`]), or what a first visit
/// starts with ([`Stored::first_visit`]).
struct Stored {
    catalogue: Rc<Catalogue>,
    catalogue_source: CatalogueSource,
    catalogue_raw: Option<Rc<str>>,
    prefs: Prefs,
    prefs_writable: bool,
    campaign: Option<Rc<str>>,
    scope: Option<Vec<x1060_core::ids::CategoryId>>,
    loaded: persist::Loaded,
    notices: Vec<Notice>,
    browser_lang: Option<String>,
}

impl Stored {
    /// A first visit: storage empty, the built-in catalogue, one new unnamed assessment. This is
    /// what the first screen rendered at build time shows (`crate::first_screen`); it touches
    /// neither storage nor the clock, so it runs outside a browser too.
    fn first_visit() -> Self {
        let catalogue = Rc::new(crate::parts::builtin_catalogue());
        let mut library = x1060_core::library::Library::new();
        library.ensure_open(&catalogue, &"first-visit".into(), "");
        Stored {
            catalogue,
            catalogue_source: CatalogueSource::Builtin,
            catalogue_raw: None,
            prefs: Prefs::default(),
            prefs_writable: true,
            campaign: None,
            scope: None,
            loaded: persist::Loaded { library, notices: Vec::new(), can_write: true },
            notices: Vec::new(),
            browser_lang: None,
        }
    }
}

/// The first state of a widget with `config`, from what storage holds.
pub fn initial_state(config: Rc<AppConfig>) -> AppState {
    let stored = read_stored(&config);
    assemble(config, stored)
}

/// The first state of a first visit with `config` (no storage read): the first screen rendered
/// at build time. Its language is the host page's (`config.lang`), else English.
pub fn first_visit_state(config: Rc<AppConfig>) -> AppState {
    assemble(config, Stored::first_visit())
}

fn read_stored(config: &AppConfig) -> Stored {
    let store = Store::new(&config.namespace);
    let now = platform::now_iso();
    let mut notices = Vec::new();
    // The saved catalogue: unreadable data is moved to a backup once; a newer one stays put.
    let text = store.get(KEY_CATALOGUE).ok().flatten();
    let plan = stored::plan_catalogue(text.as_deref(), &now);
    let moved = persist::run(&store, &plan.ops).is_ok();
    match plan.notice {
        Some(KeyNotice::Damaged { backup_key, detail }) => notices.push(Notice::CatalogueCorrupt {
            // If the move failed, the data is still under its own key.
            backup_key: store.key(if moved { &backup_key } else { KEY_CATALOGUE }),
            detail,
        }),
        Some(KeyNotice::Newer { .. }) => notices.push(Notice::CatalogueNewer),
        None => {}
    }
    let (catalogue, catalogue_source, catalogue_raw) = match (plan.catalogue, text) {
        (Some(c), Some(text)) => (Rc::new(c), CatalogueSource::User, Some(Rc::from(text.as_str()))),
        _ => (Rc::new(crate::parts::builtin_catalogue()), CatalogueSource::Builtin, None),
    };

    // Preferences: unreadable ones are moved to a backup once; a newer version's are never written.
    let prefs_text = store.get(KEY_PREFS).ok().flatten();
    let prefs_plan = stored::plan_prefs(prefs_text.as_deref(), &now);
    let prefs_moved = persist::run(&store, &prefs_plan.ops).is_ok();
    match prefs_plan.notice {
        Some(KeyNotice::Damaged { backup_key, detail }) => notices.push(Notice::PrefsCorrupt {
            backup_key: store.key(if prefs_moved { &backup_key } else { KEY_PREFS }),
            detail,
        }),
        Some(KeyNotice::Newer { .. }) => notices.push(Notice::PrefsNewer),
        None => {}
    }
    // A failed move leaves the data where it is: then it must not be overwritten either.
    let prefs_writable = prefs_plan.writable && prefs_moved;
    let prefs = prefs_plan.prefs;
    // The campaign remembered here (checked before it was stored): its categories in scope win
    // over the host page's.
    let campaign = persist::load_campaign(&store);
    let scope = campaign.as_deref().and_then(x1060_core::campaign::scope_of_stored);
    let campaign = campaign.filter(|_| scope.is_some()).map(|raw| Rc::from(raw.as_str()));
    let loaded = persist::load(&store, &catalogue, &now);
    Stored {
        catalogue,
        catalogue_source,
        catalogue_raw,
        prefs,
        prefs_writable,
        campaign,
        scope,
        loaded,
        notices,
        browser_lang: platform::browser_language(),
    }
}

/// The state from what was read: the one place that decides the start-up language and view.
fn assemble(config: Rc<AppConfig>, stored: Stored) -> AppState {
    let Stored {
        catalogue,
        catalogue_source,
        catalogue_raw,
        prefs,
        prefs_writable,
        campaign,
        scope,
        loaded,
        mut notices,
        browser_lang,
    } = stored;
    // The categories the host page (or the campaign) asked for, matched with the catalogue in use.
    let config = Rc::new(AppConfig { campaign_categories: scope, ..(*config).clone() }.matched(&catalogue));
    notices.extend(loaded.notices);

    // The user's own choice, else the host page's, else the browser's, else English.
    let content_lang = prefs
        .lang
        .clone()
        .filter(|code| Lang::from_code(code).is_some() || catalogue.languages.contains(code))
        .or_else(|| config.lang.map(|l| l.code().to_string()))
        .or_else(|| browser_lang.as_deref().and_then(Lang::from_code).map(|l| l.code().to_string()))
        .unwrap_or_else(|| "en".to_string());
    let lang = Lang::from_code(&content_lang).unwrap_or_default();
    let save = if loaded.can_write { SaveStatus::Loaded } else { SaveStatus::MemoryOnly };

    AppState {
        config,
        catalogue,
        catalogue_source,
        catalogue_raw,
        catalogue_revision: 0,
        library: loaded.library,
        lang,
        content_lang,
        view: View::Overview,
        notices,
        info: None,
        save,
        // A library that starts with unsaved assessments (new, or adopted from the first app
        // version's key) is saved at once.
        revision: 1,
        prefs_revision: 0,
        lang_attempt: 0,
        lang_failures: 0,
        prefs,
        prefs_writable,
        can_write: loaded.can_write,
        focus: None,
        queue: Vec::new(),
        external: Vec::new(),
        edits_since_backup: 0,
        persisted: None,
        campaign,
        campaign_revision: 0,
    }
}
