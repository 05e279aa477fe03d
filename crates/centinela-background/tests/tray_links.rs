//! centinela-tray is what runs for the 21 days with the window closed: it must not load GTK
//! or WebKit (issue 16), or it is as heavy as the app it replaces. Checked on the binary
//! itself, from the libraries it asks the loader for.

#[cfg(target_os = "linux")]
#[test]
fn the_tray_program_links_neither_gtk_nor_webkit() {
    let out = std::process::Command::new("readelf")
        .args(["-d", env!("CARGO_BIN_EXE_centinela-tray")])
        .output()
        .expect("readelf (binutils) is installed");
    assert!(out.status.success());
    let dynamic = String::from_utf8_lossy(&out.stdout);
    let needed: Vec<&str> = dynamic
        .lines()
        .filter(|l| l.contains("(NEEDED)"))
        .filter_map(|l| l.split('[').nth(1)?.split(']').next())
        .collect();
    assert!(
        needed.iter().any(|l| l.starts_with("libc.so")),
        "{needed:?}"
    );
    for heavy in ["gtk", "gdk", "webkit", "javascriptcore", "soup", "cairo"] {
        assert!(
            !needed.iter().any(|l| l.contains(heavy)),
            "centinela-tray links {heavy}: {needed:?}"
        );
    }
}
