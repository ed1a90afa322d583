//! The workbench strings added with rounds, the "you are here" report, folders and progress, in
//! every language. One field of [`super::text::WbText`] (`more`, its last) points here, so the
//! workbench follows one language throughout; the Arabic and Mongolian constants are ready for
//! the workbench's own Arabic and Mongolian texts. Checked by core/tests/wording.rs like the rest.

pub use crate::i18n::ar::workbench::MORE as AR;
pub use crate::i18n::en::workbench::MORE as EN;
pub use crate::i18n::fr::workbench::MORE as FR;
pub use crate::i18n::ja::workbench::MORE as JA;
pub use crate::i18n::mn::workbench::MORE as MN;
pub use crate::i18n::workbench::WbMore;
use crate::lang::Lang;

/// The added strings of `lang` itself (use `WbText::more` in the view, so that the workbench
/// speaks one language).
pub fn of(lang: Lang) -> &'static WbMore {
    match lang {
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::Fr => &FR,
        Lang::Ar => &AR,
        Lang::Mn => &MN,
    }
}
