//! The minimal Tauri v2 app Centinela is measured against (scripts/bench.sh). It answers
//! `--measure-startup[=stay]` exactly as Centinela does: on the UI's first `startup_ready`
//! it prints `centinela-ready ms=<ms since main>`, then exits (or stays with `=stay`).

// Like Centinela: no console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

#[derive(Clone, Copy, PartialEq)]
enum Measure {
    Off,
    Exit,
    Stay,
}

static STARTED: OnceLock<Instant> = OnceLock::new();
static MEASURE: OnceLock<Measure> = OnceLock::new();
static REPORTED: AtomicBool = AtomicBool::new(false);

#[tauri::command]
fn startup_ready(app: tauri::AppHandle) {
    let measure = *MEASURE.get().unwrap_or(&Measure::Off);
    // Only the first call counts (a reload must not print twice).
    if measure == Measure::Off || REPORTED.swap(true, Ordering::SeqCst) {
        return;
    }
    let ms = STARTED
        .get()
        .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "centinela-ready ms={ms:.1}");
    let _ = out.flush();
    if measure == Measure::Exit {
        app.exit(0);
    }
}

fn main() {
    STARTED.get_or_init(Instant::now);
    let measure = std::env::args()
        .skip(1)
        .fold(Measure::Off, |m, a| match a.as_str() {
            "--measure-startup" => Measure::Exit,
            "--measure-startup=stay" => Measure::Stay,
            _ => m,
        });
    MEASURE.get_or_init(|| measure);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![startup_ready])
        .run(tauri::generate_context!())
        .expect("the minimal app failed to run");
}
