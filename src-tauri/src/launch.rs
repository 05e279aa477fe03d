//! The desktop app's command line, defined once: parsing, `--help`, `--version` (answered
//! before any window or diary is touched) and the man page `packaging/man/centinela.1`.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// `--data-dir`, as the login launch writes it.
pub const DATA_DIR_FLAG: &str = "--data-dir";
/// Start in the tray without a window (how the login launch starts us).
pub const HIDDEN_FLAG: &str = "--hidden";

const AFTER_HELP: &str = "Environment:
  CENTINELA_DATA_DIR  the data folder, when --data-dir is not given

The diary is diary.sqlite3 in the data folder (by default the user's app-data folder,
~/.local/share/org.centinela.desktop on Linux), readable by the user alone. A second launch
with the same data folder brings the running Centinela's window to the front.
Centinela never uses the network.";

/// A folder path; an empty one is refused (it would silently mean "here").
fn folder(text: &str) -> Result<PathBuf, String> {
    if text.is_empty() {
        return Err("needs a folder path".into());
    }
    Ok(PathBuf::from(text))
}

/// How Centinela was launched.
#[derive(Parser, Debug, Clone, Default, PartialEq, Eq)]
#[command(
    name = "centinela",
    version,
    about = "A diary and warning signs for a child on blinatumomab at home",
    long_about = "Centinela: the diary of a child on blinatumomab at home. Readings, warning \
                  signs that say what to do and whom to call, alarms for bag changes and \
                  readings, the nurse's training, and reports for the clinic, in English and \
                  Spanish. It opens its window; closing the window leaves it in the tray, \
                  where the reminders keep running.",
    after_long_help = AFTER_HELP
)]
pub struct Launch {
    /// Keep the diary in DIR instead of the user's app-data folder.
    #[arg(long, value_name = "DIR", value_parser = folder)]
    pub data_dir: Option<PathBuf>,
    /// Start in the tray without opening the window (the start at login uses it).
    #[arg(long)]
    pub hidden: bool,
    /// For the benchmark: print when the first screen is painted, then exit (or =stay).
    #[arg(
        long,
        hide = true,
        value_enum,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "exit"
    )]
    measure_startup: Option<Measure>,
}

/// `--measure-startup`: print when the first screen is painted, then exit; `=stay` prints
/// and keeps running (to measure memory). The benchmark's minimal app takes the same flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Measure {
    #[value(skip)]
    Off,
    Exit,
    Stay,
}

impl Launch {
    /// Reads `args` (with the program name); `--help`, `--version` and bad arguments come
    /// back as clap's error, which prints itself and exits 0 or 2.
    pub fn try_from_args(
        args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    ) -> Result<Self, clap::Error> {
        Self::try_parse_from(args)
    }

    pub fn measure(&self) -> Measure {
        self.measure_startup.unwrap_or(Measure::Off)
    }
}

/// Whether a second launch's `argv` (with the program name) asks to start hidden.
pub fn argv_hidden(argv: impl IntoIterator<Item = String>) -> bool {
    Launch::try_from_args(argv).is_ok_and(|l| l.hidden)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// AFTER_HELP for the man page.
    const MAN_SECTIONS: &str = r#".SH ENVIRONMENT
.TP
\fBCENTINELA_DATA_DIR\fR
The data folder, when \fB\-\-data\-dir\fR is not given.
.SH FILES
.TP
\fI~/.local/share/org.centinela.desktop/diary.sqlite3\fR
The diary (on Linux, when no other folder is given), readable by the user alone.
Its backups are in \fIbackups/\fR beside it.
.SH NOTES
A second launch with the same data folder brings the running Centinela's window to
the front. Centinela never uses the network.
.SH "SEE ALSO"
\fBcentinela\-cli\fR(1)
"#;

    fn parse(v: &[&str]) -> Result<Launch, clap::Error> {
        Launch::try_from_args(std::iter::once("centinela").chain(v.iter().copied()))
    }

    #[test]
    fn the_definition_is_consistent() {
        Launch::command().debug_assert();
    }

    #[test]
    fn data_dir_in_both_forms_and_never_empty() {
        assert_eq!(
            parse(&["--data-dir", "/a"]).unwrap().data_dir,
            Some(PathBuf::from("/a"))
        );
        assert_eq!(
            parse(&["--data-dir=/a b"]).unwrap().data_dir,
            Some(PathBuf::from("/a b"))
        );
        assert_eq!(parse(&[]).unwrap().data_dir, None);
        for bad in [&["--data-dir"][..], &["--data-dir="]] {
            let e = parse(bad).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad:?}");
            assert!(e.to_string().contains("--data-dir"), "{e}");
        }
    }

    #[test]
    fn hidden_only_with_the_exact_flag() {
        assert!(parse(&["--data-dir", "/a", "--hidden"]).unwrap().hidden);
        assert!(!parse(&["--data-dir", "/a"]).unwrap().hidden);
        assert!(parse(&["--hidden-ish"]).is_err());
        let argv = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(argv_hidden(argv(&["centinela", "--hidden"])));
        assert!(!argv_hidden(argv(&["centinela"])));
        assert!(!argv_hidden(argv(&["centinela", "--bogus", "--hidden"])));
    }

    #[test]
    fn measure_startup_in_its_two_forms_only() {
        assert_eq!(parse(&[]).unwrap().measure(), Measure::Off);
        assert_eq!(
            parse(&["--data-dir", "/a", "--measure-startup"])
                .unwrap()
                .measure(),
            Measure::Exit
        );
        assert_eq!(
            parse(&["--measure-startup=stay"]).unwrap().measure(),
            Measure::Stay
        );
        assert!(parse(&["--measure-startup=other"]).is_err());
        assert!(parse(&["--measure-startup=off"]).is_err());
        assert!(parse(&["--measure-startups"]).is_err());
    }

    #[test]
    fn help_and_version_answer_and_unknown_flags_are_named() {
        let help = parse(&["--help"]).unwrap_err();
        assert_eq!(help.exit_code(), 0);
        let text = help.render().to_string();
        assert!(
            text.contains("--data-dir") && text.contains("--hidden"),
            "{text}"
        );
        assert!(!text.contains("measure-startup"), "{text}");
        let version = parse(&["--version"]).unwrap_err();
        assert_eq!(version.exit_code(), 0);
        assert!(version
            .render()
            .to_string()
            .contains(env!("CARGO_PKG_VERSION")));
        let bad = parse(&["--colour"]).unwrap_err();
        assert_eq!(bad.exit_code(), 2);
        assert!(bad.to_string().contains("--colour"), "{bad}");
    }

    /// The committed man page is what this definition renders; `UPDATE_MAN_PAGES=1 cargo
    /// test` writes it again after a change.
    #[test]
    fn the_man_page_matches_the_definition() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../packaging/man/centinela.1");
        let man = clap_mangen::Man::new(Launch::command())
            .date("2026-12-06")
            .manual("Centinela")
            .source(format!("Centinela {}", env!("CARGO_PKG_VERSION")));
        let mut page = Vec::new();
        man.render_title(&mut page).unwrap();
        man.render_name_section(&mut page).unwrap();
        man.render_synopsis_section(&mut page).unwrap();
        man.render_description_section(&mut page).unwrap();
        man.render_options_section(&mut page).unwrap();
        page.extend_from_slice(MAN_SECTIONS.as_bytes());
        man.render_version_section(&mut page).unwrap();
        if std::env::var_os("UPDATE_MAN_PAGES").is_some() {
            std::fs::write(&path, &page).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run UPDATE_MAN_PAGES=1 cargo test)",
                path.display()
            )
        });
        assert!(
            committed == page,
            "centinela.1 is stale: run UPDATE_MAN_PAGES=1 cargo test -p centinela --lib launch"
        );
    }
}
