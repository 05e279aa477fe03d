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
pub fn labels(lang: Language) -> (&'static str, &'static str) {
    match lang {
        Language::En => ("Open Centinela", "Quit Centinela"),
        Language::Es => ("Abrir Centinela", "Salir de Centinela"),
    }
}

/// The menu items, kept so their labels follow the family's language.
struct TrayMenu<R: Runtime> {
    open: MenuItem<R>,
    quit: MenuItem<R>,
}

/// Puts the icon in the tray with "Open" and "Quit" in `lang`. Without a tray host (e.g.
/// Xvfb) nothing is shown and the app still runs; the window and a second launch still work.
pub fn build<R: Runtime>(app: &AppHandle<R>, lang: Language) -> tauri::Result<()> {
    let (open_label, quit_label) = labels(lang);
    let open = MenuItem::with_id(app, OPEN, open_label, true, None::<&str>)?;
    let quit = MenuItem::with_id(app, QUIT, quit_label, true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&open, &quit])?;
    let mut tray = TrayIconBuilder::with_id("main")
        .menu(&menu)
        .tooltip("Centinela")
        .on_menu_event(on_menu);
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

fn on_menu<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    match event.id().as_ref() {
        OPEN => window::reveal(app),
        // Really ends the process, unlike closing the window.
        QUIT => app.exit(0),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_both_languages() {
        assert_eq!(labels(Language::En), ("Open Centinela", "Quit Centinela"));
        assert_eq!(
            labels(Language::Es),
            ("Abrir Centinela", "Salir de Centinela")
        );
    }
}
