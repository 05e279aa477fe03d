// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // First, so the start-up time counts from (nearly) the top of main.
    let started = std::time::Instant::now();
    // --help, --version and a bad argument answer here, before any window or diary.
    let launch =
        centinela_lib::Launch::try_from_args(std::env::args_os()).unwrap_or_else(|e| e.exit());
    // Centinela's screens are text and flat colours. On laptops (and VMs) without a working
    // GPU driver, WebKitGTK's GPU path runs through software OpenGL and compiles shaders at
    // every start, more than doubling the time to the first screen; drawing on the CPU is
    // faster there and no slower for pages like ours. Set before WebKit starts; a value the
    // user set wins. Measured by scripts/bench.sh (README, Performance).
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_SKIA_ENABLE_CPU_RENDERING").is_none() {
        std::env::set_var("WEBKIT_SKIA_ENABLE_CPU_RENDERING", "1");
    }
    if let Err(e) = centinela_lib::run(launch, started) {
        eprintln!("centinela: {e}");
        std::process::exit(1);
    }
}
