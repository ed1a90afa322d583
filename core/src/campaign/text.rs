//! The campaign screens' own strings, in every language: they travel with the campaign part
//! (src/parts.rs), so a visitor who never meets a campaign never downloads them. Same rules as
//! [`crate::cohort::text::WbText`]; checked by core/tests/wording.rs.

pub use crate::i18n::ar::campaign::TEXT as AR;
pub use crate::i18n::campaign::CpText;
pub use crate::i18n::en::campaign::TEXT as EN;
pub use crate::i18n::fr::campaign::TEXT as FR;
pub use crate::i18n::ja::campaign::TEXT as JA;
pub use crate::i18n::mn::campaign::TEXT as MN;
use crate::lang::Lang;

/// The campaign strings of `lang`.
pub fn text(lang: Lang) -> &'static CpText {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::Fr => &FR,
        Lang::Ar => &AR,
        Lang::Mn => &MN,
    }
}

impl CpText {
    /// The label of what a campaign may ask for beyond the answers.
    pub fn extra(&self, e: super::Extra) -> &'static str {
        use super::Extra;
        match e {
            Extra::Names => self.cp_extra_names,
            Extra::Assessor => self.cp_extra_assessor,
            Extra::Owners => self.cp_extra_owners,
            Extra::Evidence => self.cp_extra_evidence,
            Extra::Notes => self.cp_extra_notes,
            Extra::Reasons => self.cp_extra_reasons,
        }
    }
}
