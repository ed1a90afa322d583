//! The languages of the interface: codes, names, script direction.
//!
//! Apart from every string (`crate::i18n`), so that a module that only needs to know a language
//! (the catalogue, the reports' context, the parts' own string tables) does not depend on the
//! module that knows every string and, through it, every model type. `crate::i18n::Lang` is the
//! same type, re-exported; the strings of a language are `Lang::ui()` there.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Fr,
    /// Arabic, written right to left.
    Ar,
    /// Mongolian, in Cyrillic script.
    Mn,
}

impl Lang {
    /// Every language, in the order the language menu lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ja, Lang::Fr, Lang::Ar, Lang::Mn];

    /// BCP 47 code, used in `lang` attributes, saved preferences and catalogue files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
            Lang::Mn => "mn",
        }
    }

    /// The language's name in itself, for the language menu (the same as its `UiText`'s
    /// `language_name`, written here so that the menu needs no language's strings).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
            Lang::Mn => "Монгол",
        }
    }

    /// Text direction of the script.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En | Lang::Ja | Lang::Fr | Lang::Mn => "ltr",
        }
    }

    /// The language for a code such as "ja" or "fr-CA"; `None` when we do not have it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("ja-JP"), Some(Lang::Ja));
        assert_eq!(Lang::from_code("FR_ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("ar-DZ"), Some(Lang::Ar));
        assert_eq!(Lang::from_code("mn-MN"), Some(Lang::Mn));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for l in Lang::ALL {
            assert_eq!(l.dir(), if l == Lang::Ar { "rtl" } else { "ltr" }, "{l:?}");
        }
    }
}
