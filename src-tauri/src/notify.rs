//! Desktop notifications: the background crate's, shared with the tray process.

pub use centinela_background::notify::*;
