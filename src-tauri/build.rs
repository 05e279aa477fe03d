fn main() {
    // Declaring the app's commands makes them subject to the capability ACL,
    // so the main window can only call what capabilities/default.json grants.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "app_info",
            "get_home",
            "get_setup",
            "save_setup",
            "save_settings",
            "check_reading",
            "add_reading",
            "amend_reading",
            "get_diary",
            "get_chart",
            "acknowledge_alerts",
            "log_bag",
            "get_bags",
            "pause_infusion",
            "resume_infusion",
            "acknowledge_reminder",
            "get_training",
            "training_complete_module",
            "training_start_scenario",
            "training_add_reading",
            "training_answer",
            "training_sign_off",
            "training_reset",
            "export_checklist",
            "export_training_record",
            "open_exported",
        ]),
    ))
    .expect("failed to run tauri-build");
}
