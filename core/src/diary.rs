//! The diary store (being written).
