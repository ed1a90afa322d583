//! The workbench's own interface strings, in every language: they travel with the workbench part
//! (src/parts.rs), so a visitor who never opens it never downloads them. Same rules as
//! [`crate::i18n::UiText`]: one constant per language, checked by the compiler, and by
//! core/tests/wording.rs (glossary, typography, singular forms). Strings shared with the rest of
//! the app (level, delivery and profile labels) stay in `UiText`.

pub use crate::i18n::ar::workbench::TEXT as AR;
pub use crate::i18n::en::workbench::TEXT as EN;
pub use crate::i18n::fr::workbench::TEXT as FR;
pub use crate::i18n::ja::workbench::TEXT as JA;
pub use crate::i18n::mn::workbench::TEXT as MN;
pub use crate::i18n::workbench::WbText;
use crate::lang::Lang;

/// The workbench strings of `lang`.
pub fn text(lang: Lang) -> &'static WbText {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::Fr => &FR,
        Lang::Ar => &AR,
        Lang::Mn => &MN,
    }
}
