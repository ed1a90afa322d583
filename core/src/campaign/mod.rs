//! Campaigns: a coordinator decides what is asked and in which form; each organisation sends back
//! a submission file that holds exactly what it was shown (docs/campaigns.md).
//!
//! - [`file`]: the campaign file (`x1060-campaign`, schema 1), read strictly with clear errors.
//! - [`submission`]: the submission file (`x1060-submission`, schema 1), made by one pure
//!   function, [`submission::build`], from the assessment, the campaign and the participant's
//!   choices; its [`submission::Preview`] is read from the very JSON value that is written, so the
//!   screen and the file cannot differ.
//! - [`sealed`]: the envelope of an encrypted submission (`x1060-sealed`, schema 1). The
//!   encryption itself is done by the browser (WebCrypto); this module reads and writes the
//!   envelope and its base64 text.

pub mod b64;
pub mod draft;
pub mod file;
pub mod sealed;
pub mod submission;
pub mod text;

pub use file::{Campaign, CampaignError, Extra, FieldKind, ProfileField};
pub use submission::{build, Choices, Preview, Submission, SubmissionError};

/// The categories in scope of a campaign file's text that was checked before it was stored,
/// read without checking the rest again (the web app's first download holds this function, not
/// the campaign reader). `None` when the text has no list of categories.
pub fn scope_of_stored(text: &str) -> Option<Vec<crate::ids::CategoryId>> {
    // The strict reader the first download already has for storage (no second JSON reader).
    let v = crate::json::parse(text).ok()?;
    let list = v.get("catalogue")?.get("categories")?.as_array()?;
    let scope: Vec<crate::ids::CategoryId> = list.iter().filter_map(|c| c.as_str().map(Into::into)).collect();
    (!scope.is_empty() && scope.len() == list.len()).then_some(scope)
}

/// Whether `s` is a key as the campaign format allows it for ids of campaigns, profile fields and
/// choices: 1 to `max` characters, lower-case ASCII letters and digits, `-` and `_`, starting with
/// a letter or a digit. Such keys are safe in file names, CSV headers and element ids.
pub fn is_key(s: &str, max: usize) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= max
        && b[0].is_ascii_alphanumeric()
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'_')
}

/// Whether `s` is a calendar date written `YYYY-MM-DD` (the month 01–12, the day valid for it).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scope_of_a_stored_campaign() {
        let text = r#"{"format":"x1060-campaign","catalogue":{"id":"x","version":"1","categories":["A","C"]}}"#;
        assert_eq!(scope_of_stored(text), Some(vec!["A".into(), "C".into()]));
        for bad in ["", "{", r#"{"catalogue":{"categories":[]}}"#, r#"{"catalogue":{"categories":["A",1]}}"#] {
            assert_eq!(scope_of_stored(bad), None, "{bad}");
        }
    }

    #[test]
    fn keys_and_dates() {
        assert!(is_key("apcert-2027", 64));
        assert!(is_key("250_999", 64));
        assert!(!is_key("", 64));
        assert!(!is_key("-a", 64));
        assert!(!is_key("Telco", 64));
        assert!(!is_key("a b", 64));
        assert!(!is_key("a/b", 64));
        assert!(!is_key("abc", 2));
        assert!(is_date("2027-03-31"));
        assert!(is_date("2028-02-29"));
        assert!(!is_date("2027-02-29"));
        assert!(!is_date("2027-13-01"));
        assert!(!is_date("2027-1-01"));
        assert!(!is_date("2027-04-31"));
        assert!(!is_date("31/03/2027"));
    }
}
