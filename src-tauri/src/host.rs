//! The full app as a [`Host`] of the background work: its state is Tauri's managed state,
//! "show the window" is the real window, and the tray is Tauri's.

use centinela_background::Host;
use tauri::{AppHandle, Manager, Runtime};

/// The app handle, as the background work sees it.
pub struct App<R: Runtime>(pub AppHandle<R>);

// By hand: a derive would ask for `R: Clone`, which no runtime is.
impl<R: Runtime> Clone for App<R> {
    fn clone(&self) -> Self {
        App(self.0.clone())
    }
}

impl<R: Runtime> Host for App<R> {
    fn get<T: Send + Sync + 'static>(&self) -> Option<&T> {
        self.0.try_state::<T>().map(|s| s.inner())
    }

    fn reveal(&self) {
        crate::window::reveal(&self.0);
    }

    fn set_warnings(&self, lines: &[String]) {
        crate::tray::set_warnings(&self.0, lines);
    }

    fn start_at_login(&self) -> bool {
        crate::login::start_at_login(&self.0)
    }
}

/// `app` as a host, for a call into the background work.
pub fn of<R: Runtime>(app: &AppHandle<R>) -> App<R> {
    App(app.clone())
}
