//! The command line, defined once: parsing, `--help`, `--version` and the man pages
//! (`packaging/man/`, rendered from this definition) all come from here.
//!
//! A bad argument exits 2 with a message naming it and what is accepted (clap's usage
//! error), the same code as a refused input.

use std::path::PathBuf;

use centinela_core::diary::Language;
use chrono::{DateTime, FixedOffset};
use clap::{Parser, Subcommand, ValueEnum};

/// The version and the care rules this build follows (a test checks they match the engine).
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (care-rules/2)");

const EXIT_STATUS: &str = "Exit status:
  0  done
  1  a file could not be read or written (nothing half-written is left)
  2  a refused input: a bad argument, bad JSON, no diary, no setup, an unusable backup

None of the commands uses the network. Only restore and backup write to the data folder.";

#[derive(Parser, Debug)]
#[command(
    name = "centinela-cli",
    version = VERSION,
    about = "Centinela's care rules and diary without the window",
    long_about = "Centinela's care rules and diary without the window: assess a scenario as the \
                  app would, print the fridge sheet or the clinic report of a diary, export its \
                  readings, back it up or restore it.",
    after_long_help = EXIT_STATUS,
    propagate_version = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Assess one scenario: JSON on standard input, the assessment as JSON on standard output.
    #[command(
        long_about = "Assess one scenario with the care rules: a JSON scenario on standard input, \
                      the assessment (action, reasons, advice) as JSON on standard output. A \
                      refused input prints one JSON error naming the field and exits 2. It never \
                      touches a diary."
    )]
    Assess,
    /// Print the fridge sheet (who to call, the warning signs) of a diary as a PDF.
    Checklist {
        #[command(flatten)]
        diary: DataDir,
        /// The PDF to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        lang: LangArg,
    },
    /// Print the clinic report of a diary as a PDF.
    Report {
        #[command(flatten)]
        diary: DataDir,
        /// The PDF to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        now: NowArg,
    },
    /// Export the readings as CSV, or the diary as a FHIR R4 Bundle.
    Export {
        #[command(flatten)]
        diary: DataDir,
        /// What to write.
        #[arg(long, value_enum)]
        format: Format,
        /// For the care team (names included) or for sharing (names left out).
        #[arg(long, value_enum)]
        mode: Mode,
        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        now: NowArg,
    },
    /// Back up the diary, into the data folder's backups/ or FILE; prints the backup's path.
    Backup {
        #[command(flatten)]
        diary: DataDir,
        /// Where to write the backup (default: DIR/backups/).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        now: NowArg,
    },
    /// Put a backup's diary in place; the diary that was there is kept as a backup first.
    Restore {
        #[command(flatten)]
        diary: DataDir,
        /// The backup to restore (checked before anything changes).
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        #[command(flatten)]
        now: NowArg,
    },
}

#[derive(clap::Args, Debug)]
pub struct DataDir {
    /// The data folder that holds diary.sqlite3.
    #[arg(long, value_name = "DIR")]
    pub data_dir: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct LangArg {
    /// The document's language (default: the diary's).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
}

impl LangArg {
    pub fn language(&self) -> Option<Language> {
        self.lang.map(|l| match l {
            Lang::En => Language::En,
            Lang::Es => Language::Es,
        })
    }
}

#[derive(clap::Args, Debug)]
pub struct NowArg {
    /// The time to use instead of the clock, in RFC 3339 with an offset.
    #[arg(long, value_name = "TIME", value_parser = parse_now)]
    pub now: Option<DateTime<FixedOffset>>,
}

impl NowArg {
    /// `--now`, or the clock (the one read), in the computer's time zone.
    pub fn or_clock(&self) -> DateTime<FixedOffset> {
        self.now
            .unwrap_or_else(|| chrono::Local::now().fixed_offset())
    }
}

#[derive(ValueEnum, Clone, Copy, Debug)]
enum Lang {
    En,
    Es,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    Csv,
    Fhir,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Mode {
    CareTeam,
    Sharing,
}

fn parse_now(text: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(text).map_err(|e| {
        format!("not an RFC 3339 time with an offset ({e}); for example 2026-11-21T10:00:00-06:00")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// EXIT_STATUS for the man pages.
    const EXIT_STATUS_ROFF: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Done.
.TP
\fB1\fR
A file could not be read or written; nothing half\-written is left.
.TP
\fB2\fR
A refused input: a bad argument, bad JSON, no diary, no setup, an unusable backup.
The message names what was wrong and what is accepted.
.SH NOTES
None of the commands uses the network. Only \fBbackup\fR and \fBrestore\fR write
to the data folder.
"#;

    #[test]
    fn the_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_version_names_the_engines_rules() {
        assert!(
            VERSION.contains(centinela_core::RULES_VERSION),
            "{VERSION} vs {}",
            centinela_core::RULES_VERSION
        );
    }

    /// The committed man pages are what this definition renders; `UPDATE_MAN_PAGES=1 cargo
    /// test` writes them again after a change.
    #[test]
    fn the_man_pages_match_the_definition() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../packaging/man");
        let mut pages = vec![("centinela-cli.1".to_string(), Cli::command())];
        pages.extend(Cli::command().get_subcommands().map(|sub| {
            let name = format!("centinela-cli-{}", sub.get_name());
            let file = format!("{name}.1");
            let shown = format!("centinela-cli {}", sub.get_name());
            // clap names are static strings; a test may leak six short ones.
            (file, sub.clone().name(&*Box::leak(shown.into_boxed_str())))
        }));
        for (file, cmd) in pages {
            let subcommands = cmd.has_subcommands();
            let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
            let versioned = cmd.get_version().is_some();
            let man = clap_mangen::Man::new(cmd)
                .title(file.trim_end_matches(".1").to_string())
                .date("2026-12-06")
                .manual("Centinela")
                .source(format!("Centinela {}", env!("CARGO_PKG_VERSION")));
            let mut page = Vec::new();
            man.render_title(&mut page).unwrap();
            // NAME is the page's own name, as whatis and lintian expect.
            page.extend_from_slice(
                format!(
                    ".SH NAME\n{} \\- {}\n",
                    file.trim_end_matches(".1").replace('-', "\\-"),
                    about
                )
                .as_bytes(),
            );
            man.render_synopsis_section(&mut page).unwrap();
            man.render_description_section(&mut page).unwrap();
            man.render_options_section(&mut page).unwrap();
            if subcommands {
                man.render_subcommands_section(&mut page).unwrap();
            }
            page.extend_from_slice(EXIT_STATUS_ROFF.as_bytes());
            if versioned {
                man.render_version_section(&mut page).unwrap();
            }
            let path = dir.join(&file);
            if std::env::var_os("UPDATE_MAN_PAGES").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
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
                "{file} is stale: run UPDATE_MAN_PAGES=1 cargo test -p centinela-core --bin centinela-cli"
            );
        }
    }
}
