//! Centinela core.
