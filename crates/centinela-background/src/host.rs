//! What a process running the background work gives it: its shared state, and the few things
//! only it can do. The full app is one host (state in Tauri's managed state, a real window);
//! `centinela-tray` is the other (state in a [`Registry`], and "show the window" means
//! starting the full app in its place).

use std::any::{Any, TypeId};
use std::collections::HashMap;

pub trait Host: Send + Sync + 'static {
    /// The shared state of type `T`, when this process has it (e.g. no `Shell` when the
    /// diary could not be opened).
    fn get<T: Send + Sync + 'static>(&self) -> Option<&T>;
    /// Shows the window in front, building it (or starting the full app) when there is none.
    fn reveal(&self);
    /// What may keep the alarm from waking the family, in the tray (issue 20).
    fn set_warnings(&self, lines: &[String]);
    /// Whether Centinela starts when the family logs in.
    fn start_at_login(&self) -> bool;
}

/// Shared state by type, for a host without Tauri's managed state. Filled once at start,
/// then only read, so no lock is needed around the map itself.
#[derive(Default)]
pub struct Registry(HashMap<TypeId, Box<dyn Any + Send + Sync>>);

impl Registry {
    /// Adds `value`; a second value of the same type replaces the first.
    pub fn put<T: Send + Sync + 'static>(&mut self, value: T) {
        self.0.insert(TypeId::of::<T>(), Box::new(value));
    }

    pub fn get<T: Send + Sync + 'static>(&self) -> Option<&T> {
        self.0.get(&TypeId::of::<T>())?.downcast_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_type_finds_its_own_value() {
        let mut r = Registry::default();
        assert_eq!(r.get::<u32>(), None);
        r.put(7u32);
        r.put(String::from("seven"));
        assert_eq!(r.get::<u32>(), Some(&7));
        assert_eq!(r.get::<String>().map(String::as_str), Some("seven"));
        r.put(8u32);
        assert_eq!(r.get::<u32>(), Some(&8));
        assert_eq!(r.get::<i64>(), None);
    }
}
