//! Issue 17: words live once. The Rust that builds what people read (the PDFs, the
//! notifications, the tray, the alarm, the call card, the training record and its practice
//! situations, the engine's messages) takes every sentence from the catalogue
//! (`locales/`). This test reads those sources and fails on a string literal that looks like
//! words for people: two or more words, starting with a capital letter or written with
//! Spanish letters. Developer text (log lines, errors for the log, SQL) is written in
//! lower case by habit and passes; test modules are skipped.

use std::path::{Path, PathBuf};

/// The sources that build what people read, from the repository's root.
const SCANNED: [&str; 6] = [
    "crates/centinela-documents/src",
    "crates/centinela-rules/src",
    "src-tauri/src",
    "core/src/training",
    "core/src/call_card.rs",
    "core/src/alarm.rs",
];

/// Files in those folders whose words are not the family's, with the reason.
const NOT_FOR_THE_FAMILY: [(&str, &str); 1] = [(
    "src-tauri/src/launch.rs",
    "the command line's --help and man page, in English like the man page itself",
)];

/// Literals that look like words but are names, with the reason.
const NAMES: [(&str, &str); 1] = [("FHIR JSON", "a file format's name, in the save dialog")];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.to_path_buf());
        }
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for e in entries {
        rust_files(&e, out);
    }
}

/// The string literals of `src` with their line numbers, leaving out comments and the
/// items under `#[cfg(test)]` (or `#[cfg(all(test, …))]`).
fn literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let count_lines = |from: usize, to: usize| b[from..to].iter().filter(|c| **c == b'\n').count();
    while i < b.len() {
        let rest = &src[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(rest.len(), |e| e + 2);
            line += count_lines(i, i + end);
            i += end;
        } else if rest.starts_with("#[cfg(test)]") || rest.starts_with("#[cfg(all(test") {
            // Skip the attribute and the item after it, braces balanced.
            let open = rest.find('{').unwrap_or(rest.len());
            let mut depth = 0;
            let mut j = open;
            while j < rest.len() {
                match rest.as_bytes()[j] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            line += count_lines(i, (i + j).min(b.len()));
            i += j + 1;
        } else if (rest.starts_with("r\"") || rest.starts_with("r#"))
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
        {
            let hashes = rest[1..].bytes().take_while(|c| *c == b'#').count();
            if rest.as_bytes().get(1 + hashes) != Some(&b'"') {
                i += 1;
                continue;
            }
            let start = 2 + hashes;
            let close = format!("\"{}", "#".repeat(hashes));
            let end = rest[start..].find(&close).map_or(rest.len(), |e| start + e);
            out.push((line, rest[start..end].to_string()));
            line += count_lines(i, i + end);
            i += end + close.len();
        } else if b[i] == b'\'' {
            // A char literal ('"' among them) is skipped whole; a lifetime is one byte.
            let skip = if rest.starts_with("'\\") {
                rest[1..].find('\'').map_or(1, |e| e + 2)
            } else if rest.chars().nth(2) == Some('\'') {
                rest.chars().take(3).map(char::len_utf8).sum()
            } else {
                1
            };
            i += skip;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            let mut text = String::new();
            while j < b.len() && b[j] != b'"' {
                if b[j] == b'\\' {
                    // A line continuation joins with nothing but the next line's indent dropped.
                    if b.get(j + 1) == Some(&b'\n') {
                        j += 2;
                        while j < b.len() && b[j].is_ascii_whitespace() {
                            j += 1;
                        }
                        continue;
                    }
                    j += 2;
                    text.push(' ');
                    continue;
                }
                let ch = src[j..].chars().next().unwrap();
                text.push(ch);
                j += ch.len_utf8();
            }
            out.push((line, text));
            line += count_lines(i, j.min(b.len()));
            i = j + 1;
        } else {
            if b[i] == b'\n' {
                line += 1;
            }
            i += 1;
        }
    }
    out
}

/// Whether a literal reads as words for people: at least two words of letters, and a
/// capital first letter or a Spanish letter, and not SQL.
fn looks_like_words(s: &str) -> bool {
    let words = s
        .split(|c: char| c.is_whitespace() || ",.:;!?()".contains(c))
        .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
        .count();
    let capital = s
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "¿¡".contains(c));
    let spanish = s.chars().any(|c| "áéíóúñÁÉÍÓÚÑ¿¡".contains(c));
    // SQL starts with a keyword in capitals ("SELECT", "PRAGMA").
    let first = s.split_whitespace().next().unwrap_or("");
    let sql = first.len() >= 2 && first.chars().all(|c| c.is_ascii_uppercase());
    words >= 2 && (capital || spanish) && !sql
}

fn loose_words() -> Vec<String> {
    let root = root();
    let mut files = Vec::new();
    for p in SCANNED {
        rust_files(&root.join(p), &mut files);
    }
    assert!(
        files.len() > 20,
        "the sources were not found from {}",
        root.display()
    );
    let mut found = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_FOR_THE_FAMILY.iter().any(|(p, _)| *p == rel) {
            continue;
        }
        let src = std::fs::read_to_string(&f).unwrap();
        for (line, lit) in literals(&src) {
            if looks_like_words(&lit) && !NAMES.iter().any(|(n, _)| *n == lit) {
                found.push(format!("{rel}:{line}: {lit:?}"));
            }
        }
    }
    found
}

#[test]
fn no_words_for_people_outside_the_catalogue() {
    let found = loose_words();
    assert!(
        found.is_empty(),
        "words for people belong in locales/*.ftl (catalogue::words):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_words_and_lets_code_through() {
    let src = r##"
        // "A comment in words" is not a literal.
        fn f() {
            let a = "Call the team now";
            let b = "diagnóstico";
            let c = "centinela: cannot open the diary: {e}";
            let d = "SELECT name FROM patient";
            let e = '"';
            let g = "La bomba \
                     se detuvo";
            let h = r#"Raw words here"#;
        }
        #[cfg(test)]
        mod tests {
            const T: &str = "Words in a test";
        }
    "##;
    let lits = literals(src);
    let texts: Vec<&str> = lits.iter().map(|(_, s)| s.as_str()).collect();
    assert!(texts.contains(&"La bomba se detuvo"), "{texts:?}");
    assert!(!texts
        .iter()
        .any(|t| t.contains("comment") || t.contains("test")));
    let flagged: Vec<&str> = texts.into_iter().filter(|t| looks_like_words(t)).collect();
    assert_eq!(
        flagged,
        ["Call the team now", "La bomba se detuvo", "Raw words here"],
        "{lits:?}"
    );
    // "diagnóstico" alone is one word; SQL and log lines pass.
    assert_eq!(
        lits.iter()
            .find(|(_, s)| s == "Call the team now")
            .unwrap()
            .0,
        4
    );
}
