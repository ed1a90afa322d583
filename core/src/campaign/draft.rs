//! What the organiser's form holds, and the campaign file made from it (docs/campaigns.md). The
//! form is written in one language; closed lists are typed one value per line and get stable keys
//! from their text.

use crate::catalogue::LocalText;

use super::file::{Campaign, CampaignError, CatalogueScope, Choice, Extra, FieldKind, ProfileField, PublicJwk};

/// The organiser's form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// The language the texts are written in.
    pub lang: String,
    pub id: String,
    pub name: String,
    pub organiser: String,
    pub consent: String,
    pub deadline: String,
    pub catalogue_id: String,
    pub catalogue_version: String,
    pub edition: String,
    pub categories: Vec<crate::ids::CategoryId>,
    /// Closed lists: (key, label, values one per line). A list without values is not asked.
    pub lists: Vec<(String, String, String)>,
    /// The type of assessment, with the labels of self, peer-reviewed and third party, when asked.
    pub assessment_type: Option<(String, [String; 3])>,
    pub asks: Vec<Extra>,
}

/// A stable key for a value typed by the organiser: lower-case ASCII letters and digits of its
/// text joined by `-`, or `v<n>` (its place in the list) when it has none (a value in Japanese).
pub fn key_for(text: &str, n: usize) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out.truncate(super::file::MAX_KEY_CHARS);
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        format!("v{n}")
    } else {
        out
    }
}

fn text(lang: &str, s: &str) -> LocalText {
    LocalText([(lang.to_string(), s.trim().to_string())].into_iter().collect())
}

impl Draft {
    /// The campaign file of this form, checked like any campaign file; `key` is the organiser's
    /// public key, when submissions are to be sealed.
    pub fn campaign(&self, key: Option<PublicJwk>) -> Result<Campaign, CampaignError> {
        let l = self.lang.as_str();
        let mut profile = Vec::new();
        for (key, label, values) in &self.lists {
            let mut choices: Vec<Choice> = Vec::new();
            for (n, v) in values.lines().map(str::trim).filter(|v| !v.is_empty()).enumerate() {
                let mut k = key_for(v, n + 1);
                // Two values with the same key ("IT", "It"): the later one gets its place.
                if choices.iter().any(|c| c.key == k) {
                    k = format!("{k}-{}", n + 1);
                }
                choices.push(Choice { key: k, label: text(l, v) });
            }
            if !choices.is_empty() {
                profile.push(ProfileField {
                    key: key.clone(),
                    label: text(l, label),
                    kind: FieldKind::Choice,
                    required: true,
                    choices,
                });
            }
        }
        if let Some((label, [own, peer, third])) = &self.assessment_type {
            profile.push(ProfileField {
                key: "assessment_type".into(),
                label: text(l, label),
                kind: FieldKind::Choice,
                required: true,
                choices: vec![
                    Choice { key: "self".into(), label: text(l, own) },
                    Choice { key: "peer".into(), label: text(l, peer) },
                    Choice { key: "third_party".into(), label: text(l, third) },
                ],
            });
        }
        let c = Campaign {
            format: super::file::FORMAT.into(),
            schema: super::file::SCHEMA,
            id: self.id.trim().to_string(),
            languages: vec![l.to_string()],
            name: text(l, &self.name),
            organiser: text(l, &self.organiser),
            description: None,
            catalogue: CatalogueScope {
                id: self.catalogue_id.clone(),
                version: self.catalogue_version.clone(),
                edition: self.edition.clone(),
                categories: self.categories.clone(),
            },
            profile,
            asks: self.asks.clone(),
            consent: text(l, &self.consent),
            deadline: self.deadline.trim().to_string(),
            public_key: key,
        };
        c.validate()?;
        // What is written is what a participant reads back.
        Campaign::parse(&c.encode())
    }
}
