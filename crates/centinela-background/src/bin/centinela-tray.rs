//! Centinela with its window closed: see `centinela_background::resident`.

fn main() {
    match centinela_background::resident::Args::parse(std::env::args().skip(1)) {
        Ok(args) => std::process::exit(centinela_background::resident::run(args)),
        Err(e) => {
            eprintln!("centinela-tray: {e}");
            std::process::exit(2);
        }
    }
}
