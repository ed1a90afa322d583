//! The first screen rendered at build time (issue 11): what a first-time visitor sees while the
//! WebAssembly module is on its way.
//!
//! `.ci/first-screen.sh` (a Trunk `post_build` hook) runs the host binary `x1060-first-screen`,
//! which renders [`App`] with yew's server renderer for a first visit (no storage, the built-in
//! catalogue, the host page's language) and writes one file per language, `first-<code>.html`,
//! beside the module. The same components render it, so it is the very first screen the live app
//! will show, with the same strings and the same catalogue.
//!
//! The loader (`src/loader/x1060-widget.js`) shows it only when the live app would show exactly
//! this: no data of the widget's namespace in storage, and no `data-catalogue`, `data-campaign` or
//! `data-categories`. It is a picture, not the app: everything in it is `inert` and hidden from
//! assistive technology, with one line above it, a live status, saying it is loading. A click on a
//! category before the module is there is remembered and opens that category once it is
//! (`crate::embed::take_first_screen`); nothing else can be done with it, so nothing typed can be
//! lost. The live app replaces it in the task that renders the app's first screen.

use std::rc::Rc;

use x1060_core::i18n::{self, Lang};
use x1060_core::report::escape_html as escape;

use crate::components::app::{App, AppProps};
use crate::config::AppConfig;

/// The first screen of a first visit in `lang`, ready to be inserted in a widget's shadow root.
pub fn render(lang: Lang) -> String {
    // The language's part: its interface strings and, for Arabic and Mongolian, the catalogue's
    // texts. Without the `split` feature a part is an ordinary function, so this is at hand.
    if futures::executor::block_on(crate::parts::load_text(lang)).is_err() {
        unreachable!("a language part is always there without the split feature");
    }
    let config =
        AppConfig { lang: Some(lang), standalone: false, id_prefix: "x1060first".into(), ..AppConfig::default() };
    let props = AppProps { config: Rc::new(config), first_visit: true };
    let app =
        futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render());
    let text = i18n::first_screen(lang);
    format!(
        concat!(
            "<div class=\"x1060-first\" data-x1060-first=\"{code}\" aria-busy=\"true\">",
            "<p class=\"x1060-first-note\" role=\"status\" lang=\"{code}\" dir=\"{dir}\">",
            "<span class=\"x1060-first-loading\">{loading}</span>",
            "<span class=\"x1060-first-opening\" hidden=\"\"> {opening}</span>",
            "<span class=\"x1060-first-failed\" hidden=\"\">{failed}</span></p>",
            "<div inert=\"\" aria-hidden=\"true\">{app}</div></div>\n"
        ),
        code = lang.code(),
        dir = lang.dir(),
        loading = escape(text.loading),
        opening = escape(text.opening),
        failed = escape(text.failed),
        app = picture(&only_selected_options(&app)),
    )
}

/// The markup with each `<select>` holding only its chosen option: a picture's menus cannot be
/// opened, and the other options' scripts (Japanese, Arabic, Mongolian in the language menu)
/// would make the browser load their fonts before it can paint the first screen.
fn only_selected_options(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<option") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("</option>").map_or(rest.len(), |i| start + i + "</option>".len());
        let option = &rest[start..end];
        let open_tag = &option[..option.find('>').unwrap_or(option.len())];
        if open_tag.contains(" selected") {
            out.push_str(option);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The app's markup made a picture: no ids or references to them (the live app's are in the same
/// shadow root), no form names (radio groups would join the live app's), no `data-*` attributes
/// (tests and the live app find elements by them), except each category's id, kept as
/// `data-first-category` for a click that comes before the module.
pub fn picture(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let is_tag = rest[1..].starts_with(|c: char| c.is_ascii_alphabetic());
        let Some(end) = tag_end(rest).filter(|_| is_tag) else {
            // A closing tag, a comment or a stray '<' (text is escaped, so there is none).
            let next = rest[1..].find('<').map_or(rest.len(), |i| i + 1);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
            continue;
        };
        out.push_str(&rewrite_tag(&rest[..end]));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The end of the start tag at the beginning of `s` (after its `>`), quotes respected.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// One start tag (`<name attr="v" ...>`) with its attributes filtered.
fn rewrite_tag(tag: &str) -> String {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let self_closing = inner.ends_with('/');
    let inner = inner.trim_end_matches('/');
    let name_end = inner.find(|c: char| c.is_ascii_whitespace()).unwrap_or(inner.len());
    let mut out = format!("<{}", &inner[..name_end]);
    let mut rest = inner[name_end..].trim_start();
    while !rest.is_empty() {
        let name_len = rest.find(|c: char| c.is_ascii_whitespace() || c == '=').unwrap_or(rest.len());
        let name = &rest[..name_len];
        rest = rest[name_len..].trim_start();
        let mut value = None;
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, len) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after[1..].find(q).map_or(after.len(), |i| i + 2);
                    (&after[..close], close)
                }
                _ => {
                    let len = after.find(|c: char| c.is_ascii_whitespace()).unwrap_or(after.len());
                    (&after[..len], len)
                }
            };
            value = Some(v);
            rest = after[len..].trim_start();
        }
        let name = match name.to_ascii_lowercase().as_str() {
            "data-category" => "data-first-category".to_string(),
            n if DROPPED.contains(&n) || n.starts_with("data-") || n.starts_with("on") => continue,
            _ => name.to_string(),
        };
        out.push(' ');
        out.push_str(&name);
        if let Some(v) = value {
            out.push('=');
            out.push_str(v);
        }
    }
    if self_closing {
        out.push_str(" /");
    }
    out.push('>');
    out
}

/// Attributes a picture of the app does not keep.
const DROPPED: [&str; 9] =
    ["id", "for", "name", "form", "aria-labelledby", "aria-describedby", "aria-controls", "tabindex", "autofocus"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_keeps_the_look_and_drops_what_could_clash_with_the_live_app() {
        let html = concat!(
            "<div class=\"x1060\" id=\"x1060first-main\" data-x=\"1\"><label for=\"a\">Name</label>",
            "<input id=\"a\" name=\"g\" type=\"radio\" checked value=\"a &gt; b\">",
            "<li data-category=\"B\" class=\"x1060-category-item\"><button type=\"button\" ",
            "aria-labelledby=\"h\" title=\"x > y\">B</button></li><!-- c --><br/>a &lt; b</div>"
        );
        assert_eq!(
            picture(html),
            concat!(
                "<div class=\"x1060\"><label>Name</label><input type=\"radio\" checked value=\"a &gt; b\">",
                "<li data-first-category=\"B\" class=\"x1060-category-item\"><button type=\"button\" ",
                "title=\"x > y\">B</button></li><!-- c --><br />a &lt; b</div>"
            )
        );
    }

    #[test]
    fn a_pictures_menus_keep_only_their_chosen_option() {
        let html = concat!(
            "<select><option lang=\"en\" value=\"en\">English</option>",
            "<option lang=\"ja\" value=\"ja\" selected=\"selected\">日本語</option>",
            "<option value=\"fr\">Français</option></select><p>after</p>"
        );
        assert_eq!(
            only_selected_options(html),
            "<select><option lang=\"ja\" value=\"ja\" selected=\"selected\">日本語</option></select><p>after</p>"
        );
    }

    #[test]
    fn the_first_screen_of_every_language_is_the_apps_in_that_language_and_inert() {
        for lang in Lang::ALL {
            let html = render(lang);
            let t = lang.ui();
            assert!(html.starts_with(&format!("<div class=\"x1060-first\" data-x1060-first=\"{}\"", lang.code())));
            assert!(html.contains("<div inert=\"\" aria-hidden=\"true\">"), "{lang:?}");
            // The app's own first screen: its heading and every category of the built-in
            // catalogue, with its title in that language.
            assert!(html.contains(&escape(t.categories_heading)), "{lang:?}");
            let catalogue = crate::parts::builtin_catalogue();
            for c in &catalogue.categories {
                assert!(html.contains(&format!("data-first-category=\"{}\"", c.id)), "{lang:?} {}", c.id);
                assert!(html.contains(&escape(c.title.get_code(lang.code()))), "{lang:?} {}", c.id);
            }
            assert!(html.contains(&escape(i18n::first_screen(lang).loading)));
            // Nothing that would clash with the live app in the same shadow root.
            for needle in [" id=", " for=", " name=", " data-category=", " data-progress="] {
                assert!(!html.contains(needle), "{lang:?}: {needle}");
            }
        }
    }
}
