//! The installers' configuration, checked here because Windows and macOS packages are built
//! elsewhere: every icon the bundler is given exists and is what its name says, and the
//! .msi/.exe/.dmg sections are present and sane. `scripts/deb-check.sh` builds and installs
//! the Linux package for real.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn shell_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config() -> Value {
    let text = std::fs::read_to_string(shell_dir().join("tauri.conf.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn read(rel: &str) -> Vec<u8> {
    let path = shell_dir().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes(b[at..at + 4].try_into().unwrap())
}

/// Width, height and colour type from a PNG's IHDR.
fn png_header(bytes: &[u8], name: &str) -> (u32, u32, u8) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{name} is not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR", "{name}: first chunk is not IHDR");
    (be32(bytes, 16), be32(bytes, 20), bytes[25])
}

/// The pixel sizes stored in a Windows .ico (0 in the directory means 256).
fn ico_sizes(bytes: &[u8]) -> Vec<u32> {
    assert_eq!(&bytes[..4], &[0, 0, 1, 0], "not an .ico");
    let count = u16::from_le_bytes([bytes[4], bytes[5]]) as usize;
    (0..count)
        .map(|i| match bytes[6 + 16 * i] {
            0 => 256,
            w => w as u32,
        })
        .collect()
}

/// The element types in a macOS .icns.
fn icns_types(bytes: &[u8]) -> Vec<String> {
    assert_eq!(&bytes[..4], b"icns", "not an .icns");
    assert_eq!(
        be32(bytes, 4) as usize,
        bytes.len(),
        ".icns length field is wrong"
    );
    let mut types = Vec::new();
    let mut at = 8;
    while at < bytes.len() {
        types.push(String::from_utf8_lossy(&bytes[at..at + 4]).into_owned());
        let len = be32(bytes, at + 4) as usize;
        assert!(len >= 8, "broken .icns element");
        at += len;
    }
    types
}

#[test]
fn every_listed_icon_exists_and_is_what_its_name_says() {
    let cfg = config();
    let icons: Vec<&str> = cfg["bundle"]["icon"]
        .as_array()
        .expect("bundle.icon is a list")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for kind in [".png", ".ico", ".icns"] {
        assert!(
            icons.iter().any(|i| i.ends_with(kind)),
            "no {kind} icon listed"
        );
    }
    for icon in &icons {
        let bytes = read(icon);
        let name = Path::new(icon).file_name().unwrap().to_str().unwrap();
        if let Some(stem) = name.strip_suffix(".png") {
            let (w, h, colour) = png_header(&bytes, name);
            assert_eq!(w, h, "{name} is not square");
            assert_eq!(
                colour, 6,
                "{name} is not RGBA (Linux menus need transparency)"
            );
            if let Some((a, b)) = stem.split_once('x') {
                let (a, b): (u32, u32) = (a.parse().unwrap(), b.parse().unwrap());
                assert_eq!((w, h), (a, b), "{name} is {w}x{h}");
            } else {
                assert!(w >= 512, "{name}, the large icon, is only {w} px");
            }
        } else if name.ends_with(".ico") {
            let sizes = ico_sizes(&bytes);
            for want in [16, 32, 48, 256] {
                assert!(
                    sizes.contains(&want),
                    "{name} lacks {want} px (has {sizes:?})"
                );
            }
        } else if name.ends_with(".icns") {
            let types = icns_types(&bytes);
            // 128, 256, 512 and 1024 px (512@2x): Finder, the Dock and Retina screens.
            for want in ["ic07", "ic08", "ic09", "ic10"] {
                assert!(types.iter().any(|t| t == want), "{name} lacks {want}");
            }
        } else {
            panic!("unexpected icon type: {name}");
        }
    }
}

#[test]
fn windows_installers_are_configured() {
    let cfg = config();
    let win = &cfg["bundle"]["windows"];
    let nsis = &win["nsis"];
    // Per-user install: a family laptop account may not be an administrator.
    assert_eq!(nsis["installMode"], "currentUser");
    let langs: Vec<&str> = nsis["languages"]
        .as_array()
        .expect("nsis.languages")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(langs.contains(&"English") && langs.iter().any(|l| l.starts_with("Spanish")));
    let installer_icon = nsis["installerIcon"].as_str().expect("nsis.installerIcon");
    assert!(!ico_sizes(&read(installer_icon)).is_empty());

    let wix = &win["wix"];
    let wix_langs = wix["language"].as_array().expect("wix.language");
    assert!(wix_langs.iter().any(|l| l == "en-US") && wix_langs.iter().any(|l| l == "es-ES"));
    // A fixed upgrade code lets a newer .msi replace the old one instead of installing twice.
    let code = wix["upgradeCode"].as_str().expect("wix.upgradeCode");
    let groups: Vec<usize> = code.split('-').map(str::len).collect();
    assert_eq!(groups, [8, 4, 4, 4, 12], "upgradeCode {code} is not a UUID");
    assert!(code.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    // Offline-friendly: the WebView2 bootstrapper travels inside the installer.
    assert_eq!(win["webviewInstallMode"]["type"], "embedBootstrapper");
}

#[test]
fn macos_bundle_is_configured() {
    let cfg = config();
    let mac = &cfg["bundle"]["macOS"];
    assert!(mac["minimumSystemVersion"].as_str().is_some());
    let dmg = &mac["dmg"];
    for key in ["windowSize", "appPosition", "applicationFolderPosition"] {
        assert!(dmg[key].is_object(), "dmg.{key} missing");
    }
    let width = dmg["windowSize"]["width"].as_u64().unwrap();
    for key in ["appPosition", "applicationFolderPosition"] {
        assert!(
            dmg[key]["x"].as_u64().unwrap() < width,
            "{key} is outside the dmg window"
        );
    }
}

#[test]
fn linux_menu_entry_and_package_metadata() {
    let cfg = config();
    let bundle = &cfg["bundle"];
    assert_eq!(cfg["mainBinaryName"], "centinela");
    for key in [
        "publisher",
        "copyright",
        "shortDescription",
        "longDescription",
    ] {
        assert!(
            bundle[key].as_str().is_some_and(|s| !s.is_empty()),
            "bundle.{key}"
        );
    }
    let licence = String::from_utf8(read(bundle["licenseFile"].as_str().unwrap())).unwrap();
    assert!(licence.contains(bundle["license"].as_str().unwrap()));

    let deb = &bundle["linux"]["deb"];
    let template = String::from_utf8(read(deb["desktopTemplate"].as_str().unwrap())).unwrap();
    for line in [
        "Exec={{exec}}",
        "Icon={{icon}}",
        "Name={{name}}",
        "Type=Application",
    ] {
        assert!(template.lines().any(|l| l == line), "template lacks {line}");
    }
    // A Spanish-speaking family sees a Spanish menu entry.
    assert!(template.contains("Comment[es]=") && template.contains("niños"));
    let depends: Vec<&str> = deb["depends"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    // The tray icon (reminders keep running with the window closed) needs it at run time.
    assert!(depends.contains(&"libayatana-appindicator3-1"));
}
