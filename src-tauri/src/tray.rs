//! The tray icon: how the app stays reachable when its window is hidden. On Linux the tray
//! emits no click events, so every action is a menu item.

use centinela_core::diary::Language;
use tauri::menu::{Menu, MenuEvent, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

use crate::window;

const OPEN: &str = "open";
const QUIT: &str = "quit";

/// The menu's labels in `lang`: (open, quit).
pub fn labels(lang: Language) -> (String, String) {
    let w = |id| centinela_core::catalogue::words(lang, id, &[]);
    (w("tray-open"), w("tray-quit"))
}

pub use centinela_background::language::language_at_start;

/// The menu items, kept so their labels follow the family's language.
struct TrayMenu<R: Runtime> {
    open: MenuItem<R>,
    quit: MenuItem<R>,
}

/// Puts the icon in the tray with "Open" and "Quit" in `lang`; Quit calls `on_quit` (given
/// by the caller, so the tray does not import the quitting and no circle runs through it).
/// Without a tray host (e.g. Xvfb) nothing is shown and the app still runs; the window and
/// a second launch still work.
pub fn build<R: Runtime>(
    app: &AppHandle<R>,
    lang: Language,
    on_quit: fn(&AppHandle<R>),
) -> tauri::Result<()> {
    let (open_label, quit_label) = labels(lang);
    let open = MenuItem::with_id(app, OPEN, open_label, true, None::<&str>)?;
    let quit = MenuItem::with_id(app, QUIT, quit_label, true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &quit])?;
    let mut tray = TrayIconBuilder::with_id("main")
        .menu(&menu)
        .tooltip("Centinela")
        .on_menu_event(move |app, event| on_menu(app, event, on_quit));
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    app.manage(TrayMenu { open, quit });
    Ok(())
}

/// Relabels the tray menu, e.g. after the family changed the language in Settings.
pub fn set_tray_language<R: Runtime>(app: &AppHandle<R>, lang: Language) {
    let Some(menu) = app.try_state::<TrayMenu<R>>() else {
        return;
    };
    let (open, quit) = labels(lang);
    for (item, text) in [(&menu.open, open), (&menu.quit, quit)] {
        if let Err(e) = item.set_text(text) {
            eprintln!("centinela: cannot relabel the tray menu: {e}");
        }
    }
}

/// What may keep the alarm from waking the family (issue 20), in the tray: the tooltip on
/// systems that show one, and the label beside the icon on Linux, where the app indicator
/// shows no tooltip. Nothing to say: back to plain "Centinela", no label.
pub fn set_warnings<R: Runtime>(app: &AppHandle<R>, lines: &[String]) {
    let Some(tray) = app.tray_by_id("main") else {
        return;
    };
    let tooltip = if lines.is_empty() {
        "Centinela".to_string()
    } else {
        format!("Centinela\n{}", lines.join("\n"))
    };
    let label = lines.first().cloned();
    if let Err(e) = tray.set_tooltip(Some(tooltip)) {
        eprintln!("centinela: cannot change the tray's tooltip: {e}");
    }
    if cfg!(target_os = "linux") {
        if let Err(e) = tray.set_title(label) {
            eprintln!("centinela: cannot change the tray's label: {e}");
        }
    }
}

fn on_menu<R: Runtime>(app: &AppHandle<R>, event: MenuEvent, on_quit: fn(&AppHandle<R>)) {
    match event.id().as_ref() {
        OPEN => window::reveal(app),
        // Really ends the process, unlike closing the window; during the course only once
        // the family has said yes in the window.
        QUIT => on_quit(app),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_both_languages() {
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            labels(Language::En),
            pair("Open Centinela", "Quit Centinela")
        );
        assert_eq!(
            labels(Language::Es),
            pair("Abrir Centinela", "Salir de Centinela")
        );
    }
}
