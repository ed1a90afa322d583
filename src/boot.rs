//! Building the first state from storage. Whatever storage holds, this never loses data: data
//! it cannot read is copied to a backup key before anything else may be written (see
//! `x1060_core::library::plan_load` and `crate::persist::load`).

use std::rc::Rc;

use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::Lang;
use x1060_core::save::Prefs;

use crate::config::AppConfig;
use crate::persist;
use crate::platform::{self, Store};
use crate::state::{AppState, CatalogueSource, Notice, SaveStatus, View};

/// Storage key names, below the widget's namespace (the library's own keys are in
/// `x1060_core::library::keys`: `index`, `a/<id>`, `backup/<time>/<key>`, and the legacy
/// `assessment` of the first app version).
pub const KEY_PREFS: &str = "prefs";
/// The catalogue file the user loaded, as its text.
pub const KEY_CATALOGUE: &str = "catalogue";

/// The first state of a widget with `config`.
pub fn initial_state(config: Rc<AppConfig>) -> AppState {
    let store = Store::new(&config.namespace);
    let now = platform::now_iso();
    let mut notices = Vec::new();
    let (catalogue, catalogue_source, catalogue_raw) = match store.get(KEY_CATALOGUE) {
        Ok(Some(text)) => match Catalogue::parse(&text) {
            Ok(c) => (Rc::new(c), CatalogueSource::User, Some(Rc::from(text.as_str()))),
            Err(e) => {
                let backup = x1060_core::library::keys::backup(&now, KEY_CATALOGUE);
                let backup_key = match store.set(&backup, &text) {
                    Ok(()) => store.key(&backup),
                    Err(_) => store.key(KEY_CATALOGUE),
                };
                notices.push(Notice::CatalogueCorrupt { backup_key, detail: e.to_string() });
                (Rc::new(Catalogue::builtin()), CatalogueSource::Builtin, None)
            }
        },
        _ => (Rc::new(Catalogue::builtin()), CatalogueSource::Builtin, None),
    };

    let loaded = persist::load(&store, &catalogue, &now);
    notices.extend(loaded.notices);
    let prefs = match store.get(KEY_PREFS) {
        Ok(Some(p)) => Prefs::decode(&p),
        _ => Prefs::default(),
    };

    // The user's own choice, else the host page's, else the browser's, else English.
    let content_lang = prefs
        .lang
        .clone()
        .filter(|code| Lang::from_code(code).is_some() || catalogue.languages.contains(code))
        .or_else(|| config.lang.map(|l| l.code().to_string()))
        .or_else(|| platform::browser_language().as_deref().and_then(Lang::from_code).map(|l| l.code().to_string()))
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
        prefs,
        can_write: loaded.can_write,
        focus: None,
        queue: Vec::new(),
        external: Vec::new(),
        edits_since_backup: 0,
        persisted: None,
    }
}
