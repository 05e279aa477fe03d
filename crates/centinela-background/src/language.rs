//! The family's language before and after the setup, for words shown outside the window
//! (the tray menu, the keep-awake reason).

use centinela_core::diary::{Diary, Language};

/// The tray's language at start: the family's choice once the setup is saved; before that
/// the one the window's first-run form picks, so the menu and the window agree.
pub fn language_at_start(diary: &Diary) -> Language {
    match diary.setup() {
        Ok(Some(_)) => diary.settings().unwrap_or_default().language,
        _ => webview_language(),
    }
}

/// The language WebKitGTK gives the page (`navigator.language`), which the first-run form
/// follows: the C library's LC_CTYPE locale, set from the environment when GTK started
/// ("C", or a locale that is not installed, reads as English).
#[cfg(unix)]
fn webview_language() -> Language {
    // SAFETY: a NULL locale only queries; the returned string is copied before anything else
    // can call setlocale.
    let name = unsafe {
        let p = libc::setlocale(libc::LC_CTYPE, std::ptr::null());
        if p.is_null() {
            String::new()
        } else {
            std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    };
    system_language([name])
}

#[cfg(not(unix))]
fn webview_language() -> Language {
    system_language(
        ["LC_ALL", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok()),
    )
}

/// Spanish if the first locale name (or colon-separated list) that names Spanish or English
/// names Spanish; else English, as the first-run form decides.
fn system_language(names: impl IntoIterator<Item = String>) -> Language {
    for name in names {
        for tag in name.split(':') {
            match tag.get(..2).map(str::to_ascii_lowercase).as_deref() {
                Some("es") => return Language::Es,
                Some("en") => return Language::En,
                _ => {}
            }
        }
    }
    Language::En
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_language_like_the_setup_screen() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(system_language(v(&["es_MX.UTF-8"])), Language::Es);
        assert_eq!(system_language(v(&["fr:es", "en_US.UTF-8"])), Language::Es);
        assert_eq!(
            system_language(v(&["", "C.UTF-8", "en_GB.UTF-8"])),
            Language::En
        );
        assert_eq!(system_language(v(&["de_DE.UTF-8"])), Language::En);
        assert_eq!(system_language(v(&[])), Language::En);
    }
}
