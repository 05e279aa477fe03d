//! The house's shape (issue 21): no import circle between the top-level modules of any
//! crate (rules, core, documents, cli, shell), and no crate that imports the shell. A
//! circle makes a module impossible to understand, test or move on its own.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module names a piece of code names as `crate::name` (alone, or in a
/// `crate::{a, b::c}` group).
fn named_modules(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (i, _) in code.match_indices("crate::") {
        // `$crate::` in a macro is not ours; `some_crate::` is another crate.
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(inner.split(',').map(|p| ident(p.trim())));
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

/// `code` with its test-only items blanked: every `#[cfg(test)]` item with a body (a
/// `mod tests { … }`, a test helper) up to its closing brace, or a `#[cfg(test)] mod x;`.
fn without_test_code(code: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = vec![];
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() != "#[cfg(test)]" {
            out.push(lines[i]);
            i += 1;
            continue;
        }
        let indent = lines[i].len() - lines[i].trim_start().len();
        let item = i + 1;
        let end = if lines.get(item).is_some_and(|l| l.trim_end().ends_with(';')) {
            item + 1
        } else {
            let close = format!("{}}}", " ".repeat(indent));
            (item..lines.len())
                .find(|&k| lines[k] == close)
                .map_or(lines.len(), |k| k + 1)
        };
        // Blank lines in their place, so line numbers stay those of the file.
        out.extend(std::iter::repeat_n("", end - i));
        i = end;
    }
    out.join("\n")
}

/// Module graph of one crate's `src`: top-level module → the top-level modules it names.
/// Test code (after `#[cfg(test)]`) is left out: tests may look anywhere.
fn module_graph(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = vec![];
    rust_files(src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let rel = f.strip_prefix(src).unwrap();
        let top = rel
            .iter()
            .next()
            .unwrap()
            .to_string_lossy()
            .replace(".rs", "");
        if matches!(top.as_str(), "lib" | "main" | "bin") {
            continue;
        }
        let code = without_test_code(&std::fs::read_to_string(f).unwrap());
        graph
            .entry(top.clone())
            .or_default()
            .extend(named_modules(&code).into_iter().filter(|m| *m != top));
    }
    let known: BTreeSet<String> = graph.keys().cloned().collect();
    for deps in graph.values_mut() {
        deps.retain(|d| known.contains(d));
    }
    graph
}

/// One circle if there is any, as the path that closes it.
fn a_circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        done: &mut BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut circle = path[at..].to_vec();
            circle.push(m.to_string());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, done, path) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| visit(m, graph, &mut done, &mut vec![]))
}

#[test]
fn no_import_circle_in_the_rules_the_core_or_the_shell() {
    for src in [
        "crates/centinela-rules/src",
        "core/src",
        "crates/centinela-documents/src",
        "crates/centinela-cli/src",
        "crates/centinela-background/src",
        "src-tauri/src",
    ] {
        let graph = module_graph(&repo().join(src));
        assert!(graph.len() >= 4, "{src}: found only {graph:?}");
        if let Some(circle) = a_circle(&graph) {
            panic!("{src}: import circle {}", circle.join(" -> "));
        }
    }
}

#[test]
fn a_planted_circle_is_found() {
    let mut g = BTreeMap::new();
    g.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    g.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    g.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    g.insert("d".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(
        a_circle(&g).unwrap(),
        ["a", "b", "c", "a"].map(String::from).to_vec()
    );
    g.get_mut("c").unwrap().clear();
    assert_eq!(a_circle(&g), None);
}

#[test]
fn names_in_use_groups_and_paths_are_read() {
    let code = "use crate::diary::{Diary, Language};\nuse crate::{bag, vocab::Text};\n\
                let x = crate::messages::pick(); let y = $crate::z; let w = other_crate::q;";
    assert_eq!(
        named_modules(code),
        ["bag", "diary", "messages", "vocab"]
            .map(String::from)
            .into_iter()
            .collect()
    );
}

#[test]
fn no_crate_imports_the_shell() {
    for manifest in [
        "crates/centinela-rules/Cargo.toml",
        "core/Cargo.toml",
        "crates/centinela-documents/Cargo.toml",
        "crates/centinela-cli/Cargo.toml",
        "crates/centinela-background/Cargo.toml",
    ] {
        let text = std::fs::read_to_string(repo().join(manifest)).unwrap();
        assert!(
            !text.contains("src-tauri") && !text.contains("tauri"),
            "{manifest} must not depend on the desktop shell or Tauri"
        );
    }
}

/// Functions longer than this are hard to read on one screen (issue 21).
const MAX_FN_LINES: usize = 80;

/// Tables of data, not logic: they may be long (the words of every symptom and reason,
/// the practice situations).
const DATA_TABLES: [(&str, &str); 3] = [
    ("core/src/training/scenarios.rs", "all"),
    ("crates/centinela-rules/src/messages.rs", "symptom_text"),
    ("crates/centinela-rules/src/messages.rs", "reason_message"),
];

/// (name, first line, lines) of every `fn` with a body in `code`, test code left out.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let code = without_test_code(code);
    let lines: Vec<&str> = code.lines().collect();
    let end = lines.len();
    let mut out = vec![];
    let mut i = 0;
    while i < end {
        let line = lines[i];
        let indent = line.len() - line.trim_start().len();
        let words: Vec<&str> = line.split_whitespace().collect();
        let at = words.iter().position(|w| *w == "fn");
        let is_fn = at.is_some_and(|a| {
            words[..a].iter().all(|w| {
                matches!(*w, "pub" | "const" | "async" | "unsafe") || w.starts_with("pub(")
            })
        });
        if let (true, Some(a)) = (is_fn, at) {
            let name: String = words[a + 1]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // The signature may run over several lines; a `;` first means no body.
            let open = (i..end).find(|&j| {
                lines[j].trim_end().ends_with('{') || lines[j].trim_end().ends_with(';')
            });
            if let Some(j) = open.filter(|&j| lines[j].trim_end().ends_with('{')) {
                let close = format!("{}}}", " ".repeat(indent));
                if let Some(k) = (j + 1..end).find(|&k| lines[k] == close) {
                    out.push((name, i + 1, k - i + 1));
                    i = k;
                }
            }
        }
        i += 1;
    }
    out
}

#[test]
fn no_function_is_longer_than_80_lines() {
    let mut long = vec![];
    let mut seen = 0;
    for src in [
        "crates/centinela-rules/src",
        "core/src",
        "crates/centinela-documents/src",
        "crates/centinela-cli/src",
        "crates/centinela-background/src",
        "src-tauri/src",
    ] {
        let mut files = vec![];
        rust_files(&repo().join(src), &mut files);
        for f in files {
            let rel = f
                .strip_prefix(repo())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            // The TypeScript bindings' writer is test code (a `#[cfg(test)]` module).
            if rel.ends_with("src-tauri/src/bindings.rs") {
                continue;
            }
            let code = std::fs::read_to_string(&f).unwrap();
            for (name, line, n) in functions(&code) {
                seen += 1;
                if n > MAX_FN_LINES && !DATA_TABLES.contains(&(rel.as_str(), name.as_str())) {
                    long.push(format!("{rel}:{line}: `{name}` has {n} lines"));
                }
            }
        }
    }
    assert!(seen > 300, "the scanner found only {seen} functions");
    assert!(
        long.is_empty(),
        "at most {MAX_FN_LINES} lines a function; cut these into named steps:\n{}",
        long.join("\n")
    );
}

#[test]
fn function_lengths_are_counted_from_signature_to_closing_brace() {
    let code = "#[cfg(test)]\nmod bindings;\nfn a() {\n    x();\n}\n\npub(crate) fn b(\n    y: u8,\n) -> u8 {\n    y\n}\nfn c();\n#[cfg(test)]\nfn d() {\n}\nfn e() {\n}\n";
    assert_eq!(
        functions(code),
        vec![
            ("a".to_string(), 3, 3),
            ("b".to_string(), 7, 5),
            ("e".to_string(), 16, 2)
        ]
    );
}
