// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(e) = centinela_lib::run() {
        eprintln!("centinela: {e}");
        std::process::exit(1);
    }
}
