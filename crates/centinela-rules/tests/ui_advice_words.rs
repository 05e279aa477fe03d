//! The screens' words for each action (ui/src/lib/i18n.ts `advice.*`, used where no
//! assessment is at hand) are the engine's own (care-rules §7, messages::action_advice):
//! one wording per action, in both languages.

use centinela_rules::messages::action_advice;
use centinela_rules::Action;

const CATALOGUE: &str = include_str!("../../../ui/src/lib/i18n.ts");

/// The value of `key` in the language block that starts at `block` ("const en", "const es").
fn ui_text(block: &str, key: &str) -> String {
    let start = CATALOGUE
        .find(block)
        .unwrap_or_else(|| panic!("{block} not in i18n.ts"));
    let rest = &CATALOGUE[start..];
    let at = rest
        .find(&format!("\"{key}\":"))
        .unwrap_or_else(|| panic!("{key} not in the {block} block"));
    let after = &rest[at + key.len() + 3..];
    let open = after.find('"').expect("a string value");
    let mut out = String::new();
    let mut chars = after[open + 1..].chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next().expect("an escaped character")),
            '"' => return out,
            c => out.push(c),
        }
    }
    panic!("{key}: unterminated string");
}

#[test]
fn the_screens_say_each_action_in_the_engines_words() {
    for (action, code) in [
        (Action::Emergency, "emergency"),
        (Action::CallNow, "call_now"),
        (Action::CallToday, "call_today"),
        (Action::Routine, "routine"),
    ] {
        let engine = action_advice(action);
        let key = format!("advice.{code}");
        assert_eq!(ui_text("const en", &key), engine.en, "{key} (en)");
        assert_eq!(ui_text("const es", &key), engine.es, "{key} (es)");
    }
}
