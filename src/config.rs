//! How one widget is set up: by the standalone page, or by a host page's data attributes.

use x1060_core::i18n::Lang;

/// Settings of one widget instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppConfig {
    /// Prefix of every storage key, so that two widgets or two sites never share data.
    pub namespace: String,
    /// Language chosen by the host page; the user's own choice wins once made.
    pub lang: Option<Lang>,
    /// Only these categories are shown (a workshop on B and D); `None` shows all.
    pub categories: Option<Vec<String>>,
    /// Prefix for element ids and radio group names, unique per widget on a page.
    pub id_prefix: String,
    /// A catalogue file on the host's own origin to use instead of the built-in one.
    pub catalogue_url: Option<String>,
    /// The widget is the whole page: it may use page landmarks such as `<main>`.
    pub standalone: bool,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            namespace: "x1060".into(),
            lang: None,
            categories: None,
            id_prefix: "x1060".into(),
            standalone: true,
            catalogue_url: None,
        }
    }
}

impl AppConfig {
    pub fn shows_category(&self, id: &str) -> bool {
        self.categories.as_ref().is_none_or(|c| c.iter().any(|x| x == id))
    }

    /// A DOM id unique to this widget.
    pub fn dom_id(&self, local: &str) -> String {
        format!("{}-{}", self.id_prefix, local)
    }
}
