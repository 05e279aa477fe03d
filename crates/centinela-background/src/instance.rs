//! One running Centinela per data folder: the name both programs (the full app and the
//! tray) hold on the session bus.

use std::path::Path;

/// The D-Bus name (before the plugin's `.SingleInstance`) that stands for `data_dir`.
/// FNV-1a rather than std's hasher, whose output may change between Rust releases: an
/// updated binary must still find the instance an older one started.
pub fn bus_id(data_dir: &Path) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data_dir.as_os_str().as_encoded_bytes() {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    // A name element may not start with a digit, hence the "d".
    format!("{}.d{h:016x}", centinela_core::paths::APP_IDENTIFIER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_per_folder_and_a_valid_bus_name() {
        let a = bus_id(Path::new("/home/ana/.local/share/org.centinela.desktop"));
        assert_eq!(
            a,
            bus_id(Path::new("/home/ana/.local/share/org.centinela.desktop"))
        );
        assert_ne!(a, bus_id(Path::new("/tmp/centinela-e2e-x/data")));
        // Pinned: a different value would let two versions run on the same diary.
        assert_eq!(
            bus_id(Path::new("/a")),
            "org.centinela.desktop.d07d66707b49cd92d"
        );
        let name = format!("{a}.SingleInstance");
        assert!(name.len() <= 255);
        assert!(name.split('.').all(|e| !e.is_empty()
            && !e.starts_with(|c: char| c.is_ascii_digit())
            && e.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')));
    }
}
