//! One term per idea (issue 17): no catalogue message uses a word the glossary
//! (`locales/glossary.md`) sets aside for another.

use centinela_rules::catalogue::FILES;
use centinela_rules::vocab::Language;
use fluent_syntax::ast;

const GLOSSARY: &str = include_str!("../../../locales/glossary.md");

/// (idea, language, word not to use) from the table's "Not in …" columns.
fn avoided() -> Vec<(String, Language, String)> {
    let mut out = Vec::new();
    for row in GLOSSARY.lines().filter(|l| l.starts_with('|')).skip(2) {
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        assert_eq!(cells.len(), 5, "a glossary row has five cells: {row}");
        for (lang, cell) in [(Language::En, cells[3]), (Language::Es, cells[4])] {
            for word in cell.split(';').map(str::trim).filter(|w| !w.is_empty()) {
                out.push((cells[0].to_string(), lang, word.to_lowercase()));
            }
        }
    }
    out
}

/// Each message's words (text only, no ids, no comments), lowercased.
fn words_of(text: &str) -> Vec<(String, String)> {
    let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    let mut out = Vec::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut s = String::new();
            if let Some(p) = &m.value {
                collect(p, &mut s);
            }
            out.push((m.id.name.to_string(), s.to_lowercase()));
        }
    }
    out
}

fn collect(p: &ast::Pattern<&str>, s: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for v in variants {
                    s.push(' ');
                    collect(&v.value, s);
                }
            }
            ast::PatternElement::Placeable { .. } => s.push(' '),
        }
    }
}

/// Whether `word` occurs in `text` as a whole word or phrase.
fn has_word(text: &str, word: &str) -> bool {
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(word).any(|(at, _)| {
        edge(text[..at].chars().next_back()) && edge(text[at + word.len()..].chars().next())
    })
}

#[test]
fn the_glossary_has_rows_for_the_ideas_the_review_named() {
    let rows = avoided();
    for idea in [
        "24-hour",
        "fever",
        "reading",
        "pulse",
        "backpack",
        "alert",
        "course",
        "resume",
        "emergency department",
        "Settings",
    ] {
        assert!(
            rows.iter()
                .any(|(i, _, _)| i.contains(idea) || GLOSSARY.contains(idea)),
            "{idea}"
        );
    }
    assert!(rows.len() > 30);
}

#[test]
fn no_message_uses_a_word_set_aside() {
    let rows = avoided();
    let mut found = Vec::new();
    for (lang, name, text) in FILES {
        for (id, words) in words_of(text) {
            for (idea, l, word) in &rows {
                if *l == lang && has_word(&words, word) {
                    found.push(format!("{name} {id}: \"{word}\" (say it as: {idea})"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} uses:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn a_planted_synonym_is_caught() {
    let planted = "x = Llame a la línea del equipo.\n";
    let (_, words) = &words_of(planted)[0];
    assert!(has_word(words, "línea del equipo"));
    assert!(!has_word("avise al equipo", "aviso"), "whole words only");
}
