//! How the documents write words, dates, ages and temperatures in the family's language:
//! one place for every PDF.

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};

use crate::assessment::Action;
use crate::diary::Language;
use crate::document::{Span, Tone};
use crate::messages::Text;
use crate::reading::{celsius_to_fahrenheit, TempUnit};

/// A no-break space: keeps a number and its unit on one line.
pub(crate) const NB: char = '\u{a0}';

/// Message `id` of the catalogue in `lang`, with text arguments.
pub(crate) fn w(lang: Language, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<crate::catalogue::Arg> = args
        .iter()
        .map(|(k, v)| (*k, v.to_string().into()))
        .collect();
    crate::catalogue::words(lang, id, &args)
}

/// Message `id` as spans: the parts the catalogue marks `<b>…</b>` are bold.
pub(crate) fn rich(lang: Language, id: &str, args: &[(&str, &str)]) -> Vec<Span> {
    let text = w(lang, id, args);
    let mut spans = Vec::new();
    for (i, part) in text.split("<b>").enumerate() {
        let (bold, plain) = match part.split_once("</b>") {
            Some((b, p)) if i > 0 => (b, p),
            _ => ("", part),
        };
        if !bold.is_empty() {
            spans.push(Span::bold(bold.to_string()));
        }
        if !plain.is_empty() {
            spans.push(Span::plain(plain.to_string()));
        }
    }
    spans
}

pub(crate) fn pick(lang: Language, t: Text) -> String {
    match lang {
        Language::En => t.en,
        Language::Es => t.es,
    }
}

pub(crate) fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// "Sat, Nov 21, 2026" / "sáb 21 de nov de 2026": the screens' own words (`dates`).
pub(crate) fn format_date(lang: Language, d: NaiveDate) -> String {
    crate::dates::date(lang, d, true)
}

/// "Sat, Nov 21, 2026, 2:05 PM" / "sáb 21 de nov de 2026, 2:05 p.m.".
pub(crate) fn format_date_time(lang: Language, t: DateTime<FixedOffset>) -> String {
    crate::dates::date_time(lang, t, true)
}

/// "2:05 PM" / "2:05 p.m.".
pub(crate) fn format_clock(lang: Language, t: DateTime<FixedOffset>) -> String {
    crate::dates::clock(lang, t.hour(), t.minute())
}

pub(crate) use crate::messages::format_age;

/// A temperature in the family's unit, the other unit in brackets.
pub(crate) fn format_temp(c: f64, unit: TempUnit) -> String {
    let f = celsius_to_fahrenheit(c);
    match unit {
        TempUnit::C => format!("{c:.1}{NB}°C ({f:.1}{NB}°F)"),
        TempUnit::F => format!("{f:.1}{NB}°F ({c:.1}{NB}°C)"),
    }
}

/// The colour of an action's box: the layout layer knows tones, the documents know
/// actions.
impl From<Action> for Tone {
    fn from(a: Action) -> Tone {
        match a {
            Action::Emergency => Tone::Emergency,
            Action::CallNow => Tone::CallNow,
            Action::CallToday => Tone::CallToday,
            Action::Routine => Tone::Routine,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patient::Age;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(
            format_date(Language::En, d("2026-11-21")),
            "Sat, Nov 21, 2026"
        );
        assert_eq!(
            format_date(Language::Es, d("2026-11-21")),
            "sáb 21 de nov de 2026"
        );
    }

    #[test]
    fn temperatures_in_the_family_unit_first() {
        assert_eq!(
            format_temp(38.0, TempUnit::C),
            "38.0\u{a0}°C (100.4\u{a0}°F)"
        );
        assert_eq!(
            format_temp(38.0, TempUnit::F),
            "100.4\u{a0}°F (38.0\u{a0}°C)"
        );
    }

    #[test]
    fn ages_count_like_the_rules() {
        let a = Age::on(d("2020-03-01"), d("2026-11-21")).unwrap();
        assert_eq!(format_age(Language::Es, a), "6\u{a0}años");
        let a = Age::on(d("2026-03-01"), d("2026-11-21")).unwrap();
        assert_eq!(format_age(Language::En, a), "8\u{a0}months");
    }
}
