//! Building the first state from storage. Whatever storage holds, this never loses data: data
//! it cannot read is copied to a backup key before anything else may be written.

use std::rc::Rc;

use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::Lang;
use x1060_core::model::Assessment;
use x1060_core::save::{self, DecodeError, Prefs};

use crate::config::AppConfig;
use crate::platform::{self, Store, StoreError};
use crate::state::{AppState, CatalogueSource, Notice, SaveStatus, View};

/// Storage key names, below the widget's namespace.
pub const KEY_ASSESSMENT: &str = "assessment";
pub const KEY_PREFS: &str = "prefs";
pub const KEY_BACKUP_PREFIX: &str = "backup/";
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
                let backup = format!("{KEY_BACKUP_PREFIX}catalogue-{now}");
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
    let mut can_write = true;
    let mut save = SaveStatus::Loaded;

    let mut assessment = Assessment::new(&catalogue, &now);
    let mut prefs = Prefs::default();

    // A full storage still reads (only writes fail, and the save effect reports those): only
    // storage that cannot be used at all means memory only.
    let stored = match store.probe() {
        Ok(()) | Err(StoreError::Quota) => store.get(KEY_ASSESSMENT),
        Err(StoreError::Unavailable) => Err(StoreError::Unavailable),
    };
    match stored {
        Err(_) => {
            notices.push(Notice::StorageUnavailable);
            save = SaveStatus::MemoryOnly;
            can_write = false;
        }
        Ok(None) => {}
        Ok(Some(text)) => match save::decode(&text) {
            Ok(a) => assessment = a,
            Err(DecodeError::NewerSchema { .. }) => {
                notices.push(Notice::NewerSchema);
                save = SaveStatus::MemoryOnly;
                can_write = false;
            }
            Err(e) => {
                let backup = format!("{KEY_BACKUP_PREFIX}{now}");
                match store.set(&backup, &text) {
                    Ok(()) => notices.push(Notice::Corrupt {
                        backup_key: store.key(&backup),
                        raw: Rc::from(text.as_str()),
                        detail: e.to_string(),
                    }),
                    Err(StoreError::Quota) | Err(StoreError::Unavailable) => {
                        // No room for a backup: leave the data where it is and never overwrite it.
                        notices.push(Notice::Corrupt {
                            backup_key: store.key(KEY_ASSESSMENT),
                            raw: Rc::from(text.as_str()),
                            detail: e.to_string(),
                        });
                        save = SaveStatus::MemoryOnly;
                        can_write = false;
                    }
                }
            }
        },
    }
    if let Ok(Some(p)) = store.get(KEY_PREFS) {
        prefs = Prefs::decode(&p);
    }

    // The user's own choice, else the host page's, else the browser's, else English.
    let content_lang = prefs
        .lang
        .filter(|code| Lang::from_code(code).is_some() || catalogue.languages.contains(code))
        .or_else(|| config.lang.map(|l| l.code().to_string()))
        .or_else(|| platform::browser_language().as_deref().and_then(Lang::from_code).map(|l| l.code().to_string()))
        .unwrap_or_else(|| "en".to_string());
    let lang = Lang::from_code(&content_lang).unwrap_or_default();

    AppState {
        config,
        catalogue,
        catalogue_source,
        catalogue_raw,
        catalogue_revision: 0,
        assessment,
        lang,
        content_lang,
        view: View::Overview,
        notices,
        save,
        revision: 0,
        prefs_revision: 0,
        can_write,
        focus: None,
    }
}
