//! The strings of a catalogue change (the preview, the review of answers, the report's list of
//! answers to review), in every language. Like the workbench's, they travel with the parts that
//! use them (the editions view and the files), not with the first download. Checked by
//! core/tests/wording.rs like every other string.

pub use crate::i18n::ar::editions::TEXT as AR;
pub use crate::i18n::editions::EdText;
pub use crate::i18n::en::editions::TEXT as EN;
pub use crate::i18n::fr::editions::TEXT as FR;
pub use crate::i18n::ja::editions::TEXT as JA;
pub use crate::i18n::mn::editions::TEXT as MN;
use crate::lang::Lang;
use crate::model::ReviewReason;

impl EdText {
    /// Why an answer waits for review, in a short sentence.
    pub fn why(&self, r: ReviewReason) -> &'static str {
        match r {
            ReviewReason::ProvisionalId => self.ed_why_provisional_id,
            ReviewReason::Renamed => self.ed_why_renamed,
            ReviewReason::Moved => self.ed_why_moved,
            ReviewReason::Split => self.ed_why_split,
            ReviewReason::Merged => self.ed_why_merged,
            ReviewReason::Removed => self.ed_why_removed,
        }
    }
}

/// The strings of `lang`.
pub fn text(lang: Lang) -> &'static EdText {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::Fr => &FR,
        Lang::Ar => &AR,
        Lang::Mn => &MN,
    }
}
