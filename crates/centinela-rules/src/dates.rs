//! Dates and times in words, one way per language (issue 17), from the catalogue's own
//! patterns: the PDFs say a date exactly as the screens do (`ui/src/lib/format.ts` reads the
//! same messages). US English "Sat, Nov 21, 2026, 2:05 PM"; Mexican Spanish
//! "sáb 21 de nov de 2026, 2:05 p.m.".

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};

use crate::catalogue::{num, words, Arg};
use crate::vocab::Language;

/// "2:05 PM" / "2:05 p.m.": the 12-hour clock both languages use.
pub fn clock(lang: Language, hour: u32, minute: u32) -> String {
    words(lang, "call-clock", &clock_args(hour, minute))
}

/// The arguments of `call-clock` (and of the sentences built on it) for a 24-hour time.
pub fn clock_args(hour: u32, minute: u32) -> Vec<Arg<'static>> {
    vec![
        // A number: Spanish picks "a la 1" / "a las 2" by it.
        ("hour", num((hour + 11) % 12 + 1)),
        ("minute", format!("{minute:02}").into()),
        ("pm", if hour >= 12 { "yes" } else { "no" }.into()),
    ]
}

fn parts(lang: Language, d: NaiveDate) -> Vec<Arg<'static>> {
    let wd = d.weekday().number_from_monday();
    vec![
        (
            "weekday",
            words(lang, &format!("weekday-short-{wd}"), &[]).into(),
        ),
        (
            "month",
            words(lang, &format!("month-short-{}", d.month()), &[]).into(),
        ),
        ("day", d.day().to_string().into()),
        ("year", d.year().to_string().into()),
    ]
}

/// "Sat, Nov 21" / "sáb 21 de nov"; with the year, "Sat, Nov 21, 2026" / "sáb 21 de nov de 2026".
pub fn date(lang: Language, d: NaiveDate, with_year: bool) -> String {
    let id = if with_year {
        "date-weekday-day-year"
    } else {
        "date-weekday-day"
    };
    words(lang, id, &parts(lang, d))
}

/// "Nov 18" / "18 nov": a chart's date label.
pub fn day_month(lang: Language, d: NaiveDate) -> String {
    words(lang, "date-day-month", &parts(lang, d))
}

/// A moment in its own offset: "Sat, Nov 21, 2026, 2:05 PM" / "sáb 21 de nov de 2026, 2:05 p.m.";
/// without the year, "Sat, Nov 21, 2:05 PM" / "sáb 21 de nov, 2:05 p.m." (as on the screens).
pub fn date_time(lang: Language, t: DateTime<FixedOffset>, with_year: bool) -> String {
    let mut args = parts(lang, t.date_naive());
    args.push(("time", clock(lang, t.hour(), t.minute()).into()));
    let id = if with_year {
        "date-weekday-day-year-time"
    } else {
        "date-weekday-day-time"
    };
    words(lang, id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn each_language_has_its_order_and_its_clock() {
        let t = at("2026-11-21T14:05:00-06:00");
        assert_eq!(
            date_time(Language::En, t, true),
            "Sat, Nov 21, 2026, 2:05 PM"
        );
        assert_eq!(
            date_time(Language::Es, t, true),
            "sáb 21 de nov de 2026, 2:05 p.m."
        );
        assert_eq!(date_time(Language::En, t, false), "Sat, Nov 21, 2:05 PM");
        assert_eq!(
            date_time(Language::Es, t, false),
            "sáb 21 de nov, 2:05 p.m."
        );
        let d = NaiveDate::from_ymd_opt(2021, 11, 5).unwrap();
        assert_eq!(date(Language::En, d, true), "Fri, Nov 5, 2021");
        assert_eq!(date(Language::Es, d, true), "vie 5 de nov de 2021");
    }

    #[test]
    fn midnight_and_noon_on_the_12_hour_clock() {
        assert_eq!(clock(Language::En, 0, 5), "12:05 AM");
        assert_eq!(clock(Language::En, 12, 0), "12:00 PM");
        assert_eq!(clock(Language::Es, 13, 5), "1:05 p.m.");
        assert_eq!(clock(Language::Es, 23, 59), "11:59 p.m.");
    }
}
