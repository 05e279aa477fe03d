fn main() {
    // Declaring the app's commands makes them subject to the capability ACL,
    // so the main window can only call what capabilities/default.json grants.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&["app_info"])),
    )
    .expect("failed to run tauri-build");
}
