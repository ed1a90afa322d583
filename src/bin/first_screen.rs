//! Writes the first screen rendered at build time, one file per language (`first-<code>.html`),
//! into the folder given as the only argument (src/first_screen.rs). Run by `.ci/first-screen.sh`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let Some(dir) = std::env::args_os().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: x1060-first-screen <folder>");
        return ExitCode::FAILURE;
    };
    for lang in x1060_core::i18n::Lang::ALL {
        let path = dir.join(format!("first-{}.html", lang.code()));
        if let Err(e) = std::fs::write(&path, x1060::first_screen::render(lang)) {
            eprintln!("x1060-first-screen: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Nothing to do in the browser build (the binary exists for the host only).
#[cfg(target_arch = "wasm32")]
fn main() {}
