//! Typed identifiers. In files and storage each is a plain string (`serde(transparent)`); in code
//! each is its own type, so a category's id cannot be passed where a service's is meant, nor an
//! assessment's id where either is.

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> $name {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        /// Reads as its text wherever text is read (`&id` where a `&str` is taken, `id.starts_with`).
        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        /// Maps keyed by the id can be searched with a `&str` (a key read from a file or the page).
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> $name {
                $name(id.to_string())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> $name {
                $name(id)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

string_id!(
    /// A service of the catalogue ("A-1"). Provisional ids are not a safe identity across
    /// catalogue editions (docs/catalogue-editions.md): an answer is matched by this id only
    /// within one catalogue.
    ServiceId
);

impl ServiceId {
    /// Longest service id read from a file, in bytes.
    pub const MAX_LEN: usize = 64;

    /// Whether `id` can be a service id: 1 to [`ServiceId::MAX_LEN`] ASCII letters, digits, `-`,
    /// `_` or `.` (catalogue ids are letters, digits, `-` and `.`).
    pub fn is_valid(id: &str) -> bool {
        !id.is_empty()
            && id.len() <= Self::MAX_LEN
            && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    }
}

string_id!(
    /// A category of the catalogue ("A" to "I").
    CategoryId
);

string_id!(
    /// An assessment in this browser's library: the key of its document in storage
    /// (`library::keys::doc`). Not the assessment's `uid`, which travels with its files.
    AssessmentId
);

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn an_id_is_a_plain_string_in_json() {
        let id = ServiceId::from("A-1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"A-1\"");
        assert_eq!(serde_json::from_str::<ServiceId>("\"A-1\"").unwrap(), id);
        let map: BTreeMap<ServiceId, u8> = serde_json::from_str("{\"B-2\":2,\"A-1\":1}").unwrap();
        assert_eq!(serde_json::to_string(&map).unwrap(), "{\"A-1\":1,\"B-2\":2}");
    }

    #[test]
    fn a_map_keyed_by_id_is_searched_with_text() {
        let map = BTreeMap::from([(ServiceId::from("A-1"), 1)]);
        assert_eq!(map.get("A-1"), Some(&1));
        assert_eq!(map.get("A-2"), None);
    }

    #[test]
    fn ids_compare_and_show_as_their_text() {
        assert_eq!(CategoryId::from("A"), "A");
        // In the order of their text, as they were when they were strings (keys of saved files).
        let (a2, a10) = (ServiceId::from("A-2"), ServiceId::from("A-10"));
        assert_eq!(a2.cmp(&a10), "A-2".cmp("A-10"));
        assert_eq!(AssessmentId::from("x").to_string(), "x");
    }
}
