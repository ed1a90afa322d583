//! How one widget is set up: by the standalone page, or by a host page's data attributes.

use x1060_core::catalogue::Catalogue;
use x1060_core::i18n::Lang;
use x1060_core::ids::CategoryId;

/// Settings of one widget instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppConfig {
    /// Prefix of every storage key, so that two widgets or two sites never share data.
    pub namespace: String,
    /// Language chosen by the host page; the user's own choice wins once made.
    pub lang: Option<Lang>,
    /// Only these categories are shown (a workshop on B and D); `None` shows all. The ones the
    /// host page asked for that the catalogue in use has (see [`AppConfig::matched`]).
    pub categories: Option<Vec<CategoryId>>,
    /// The categories the host page asked for (`data-categories`), as written.
    pub requested_categories: Option<Vec<String>>,
    /// Prefix for element ids and radio group names, unique per widget on a page.
    pub id_prefix: String,
    /// A catalogue file on the host's own origin to use instead of the built-in one.
    pub catalogue_url: Option<String>,
    /// The widget is the whole page: it may use page landmarks such as `<main>`.
    pub standalone: bool,
    /// A campaign file on the host's own origin (`data-campaign`, issue 16).
    pub campaign_url: Option<String>,
    /// The categories in scope of the campaign in use: they win over `data-categories`.
    pub campaign_categories: Option<Vec<CategoryId>>,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            namespace: "x1060".into(),
            lang: None,
            categories: None,
            requested_categories: None,
            id_prefix: "x1060".into(),
            standalone: true,
            catalogue_url: None,
            campaign_url: None,
            campaign_categories: None,
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

    /// This configuration with the requested categories matched against `catalogue`: those it
    /// has are shown; if it has none of them, every category is shown (and
    /// [`AppConfig::unknown_categories`] says which were asked for in vain).
    pub fn matched(&self, catalogue: &Catalogue) -> AppConfig {
        let asked: Option<Vec<&str>> = match &self.campaign_categories {
            Some(c) => Some(c.iter().map(|id| id.as_str()).collect()),
            None => self.requested_categories.as_ref().map(|r| r.iter().map(String::as_str).collect()),
        };
        let known: Option<Vec<CategoryId>> =
            asked.map(|r| r.into_iter().filter_map(|id| catalogue.category(id).map(|c| c.id.clone())).collect());
        AppConfig { categories: known.filter(|k| !k.is_empty()), ..self.clone() }
    }

    /// The requested categories `catalogue` lacks, clipped for showing (at most 10, each at most
    /// 16 characters).
    pub fn unknown_categories(&self, catalogue: &Catalogue) -> Vec<String> {
        let Some(r) = &self.requested_categories else { return vec![] };
        r.iter()
            .filter(|id| catalogue.category(id).is_none())
            .take(10)
            .map(|id| x1060_core::json::clip(id, 16))
            .collect()
    }
}

/// Most characters of a `data-namespace` value.
pub const MAX_NAMESPACE: usize = 64;

/// The storage namespace for a widget whose `data-namespace` attribute is `attr`, and whether it
/// was derived because the value is not a valid namespace.
///
/// - none or blank: `x1060`, the default;
/// - 1 to 64 ASCII letters, digits, `-`, `_` or `.`: `x1060.<value>`;
/// - anything else (`a/b`, quotes, 5,000 characters): a namespace derived from the whole value,
///   `x1060.~<the value's safe characters, at most 24>-<16 hex digits of its hash>`. It is the
///   same at every load, differs for every other value, and can never equal a valid one (they
///   have no `~`), so two widgets never share data, whatever their attributes say.
pub fn namespace_for(attr: Option<&str>) -> (String, bool) {
    let Some(v) = attr.map(str::trim).filter(|v| !v.is_empty()) else { return ("x1060".to_string(), false) };
    if v.len() <= MAX_NAMESPACE && v.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) {
        return (format!("x1060.{v}"), false);
    }
    let safe: String = v.chars().filter(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c)).take(24).collect();
    (format!("x1060.~{safe}-{:016x}", fnv1a(v.as_bytes())), true)
}

/// FNV-1a, 64 bits: a stable hash with no dependency (not for security: only to tell values apart).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_namespaces_are_kept_and_invalid_ones_derived_distinct_and_stable() {
        assert_eq!(namespace_for(None), ("x1060".to_string(), false));
        assert_eq!(namespace_for(Some("  ")), ("x1060".to_string(), false));
        assert_eq!(namespace_for(Some("cert-workshop")), ("x1060.cert-workshop".to_string(), false));
        let long = "n".repeat(5_000);
        let hostile = ["a/b", "a\"b", "it's", "a b", long.as_str(), "日本", "a/b/", "../x"];
        let mut seen = std::collections::BTreeSet::new();
        for v in hostile {
            let (ns, derived) = namespace_for(Some(v));
            assert!(derived, "{v}");
            assert_ne!(ns, "x1060", "{v} falls back to the shared default");
            assert!(ns.len() <= 6 + 1 + 24 + 1 + 16 + 1, "{ns}");
            assert!(ns.chars().all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c)), "{ns}");
            assert_eq!(namespace_for(Some(v)).0, ns, "stable from one load to the next");
            assert!(seen.insert(ns), "{v} shares a namespace");
        }
        // "x1060" itself is a valid value: x1060.x1060, not the default.
        assert_eq!(namespace_for(Some("x1060")).0, "x1060.x1060");
    }

    #[test]
    fn categories_the_catalogue_lacks_are_listed_and_all_are_shown_when_none_is_known() {
        let c = Catalogue::builtin();
        let ask = |v: &[&str]| AppConfig {
            requested_categories: Some(v.iter().map(|s| s.to_string()).collect()),
            categories: Some(v.iter().map(|s| (*s).into()).collect()),
            ..AppConfig::default()
        };
        let none = ask(&["Z", "QQ"]).matched(&c);
        assert_eq!(none.categories, None, "all categories are shown");
        assert_eq!(none.unknown_categories(&c), ["Z", "QQ"]);
        let some = ask(&["B", "Z"]).matched(&c);
        assert_eq!(some.categories, Some(vec!["B".into()]));
        assert_eq!(some.unknown_categories(&c), ["Z"]);
        assert!(ask(&["B", "D"]).matched(&c).unknown_categories(&c).is_empty());
        assert!(AppConfig::default().matched(&c).unknown_categories(&c).is_empty());
        // A campaign's scope wins over the host page's categories.
        let campaign = AppConfig { campaign_categories: Some(vec!["A".into(), "C".into()]), ..ask(&["B"]) };
        assert_eq!(campaign.matched(&c).categories, Some(vec!["A".into(), "C".into()]));
        let long = "Y".repeat(1_000);
        assert_eq!(ask(&[&long]).unknown_categories(&c)[0].chars().count(), 17);
    }
}
