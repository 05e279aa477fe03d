//! The clinic report (issue 6): the whole course on A4 pages, for the care team at a bag
//! change.
//!
//! In reading order: the child and the care plan's fever limit; the course (day N of M, the
//! step-up, readings every so many hours); a summary; the bags put on; the interruptions;
//! charts of temperature (with the fever limit), systolic pressure (with the child's age
//! limit, day by day) and pulse (with its age limit); every alert with its
//! acknowledgement and what the team said; the reminders that were missed
//! ([`is_missed`]); and every reading, oldest first, a corrected one in grey with its
//! correction on the next row.
//!
//! Times are the family's local time: the time zone of `now`. Temperatures are in the
//! family's unit. The charts plot only the readings in effect (not corrected originals).

use std::collections::HashMap;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};

use crate::assessment::{
    heart_rate_upper_limit, systolic_lower_limit, Action, LOW_OXYGEN_BELOW, RULES_VERSION,
};
use crate::bag::{Bag, OVERDUE_ALERT_MINUTES};
use crate::catalogue::{num, words, Arg};
use crate::course::{start_of_day, CoursePlan};
use crate::diary::{
    Alert, ClosedBy, Diary, DiaryEntry, Language, Pause, Reminder, ReminderState, Setup, StoreError,
};
use crate::document::{
    Block, Document, GridColumn, GridRow, LineChart, Rgb, Series, SeriesStyle, Span, Tone, XLabel,
};
use crate::format::{
    format_age, format_clock, format_date, format_date_time, format_temp, pick, rich, w, NB,
};
use crate::messages::{pump_text, reminder_title, symptom_text};
use crate::patient::Age;
use crate::reading::{celsius_to_fahrenheit, PumpStatus, Reading, TempUnit};
use crate::reminder::ReminderKind;

/// A reminder not dealt with this many minutes after its due time counts as missed.
pub const MISSED_AFTER_MINUTES: i64 = 60;

/// Whether a stored reminder counts as **missed**, as of `now`. The rule:
///
/// - A bag-overdue alarm always counts: it only goes off when the bag change is already
///   30 minutes late.
/// - A time-for-a-reading, bag-due or premedication reminder counts when it was not ended
///   within [`MISSED_AFTER_MINUTES`] (60) minutes of its due time: it was ended later than
///   that (by a reading, a new bag, "OK", or the course ending), or it is still open more
///   than 60 minutes after its due time at `now`. Ended at exactly 60 minutes, or open for
///   exactly 60 minutes at `now`, is still on time. (The course ends at midnight after its
///   last day: a bag due at 23:30 and closed by the end at 00:00 was 30 minutes old.)
/// - The bag heads-up and the long-pause reminder never count: the first is advance
///   notice, the second belongs to an interruption, which the report lists as such.
///
/// A reminder marked ended without an end time is judged as if still open at `now`.
pub fn is_missed(reminder: &Reminder, now: DateTime<FixedOffset>) -> bool {
    use ReminderKind::*;
    let late = Duration::minutes(MISSED_AFTER_MINUTES);
    match reminder.kind {
        BagOverdue => true,
        BagHeadsUp | LongPause => false,
        ReadingDue | BagDue | PremedicationStart | PremedicationStepUp => {
            let ended = match reminder.state {
                ReminderState::Acknowledged => reminder.acknowledged_at.unwrap_or(now),
                ReminderState::Due | ReminderState::Delivered => now,
            };
            ended - reminder.due_at > late
        }
    }
}

/// The missed reminders among `reminders` ([`is_missed`]), in the order given.
pub fn missed_reminders(reminders: &[Reminder], now: DateTime<FixedOffset>) -> Vec<Reminder> {
    reminders
        .iter()
        .filter(|r| is_missed(r, now))
        .cloned()
        .collect()
}

/// The clinic report of `diary` as PDF, in `lang` (the family's language when `None`),
/// as of `now` (in the family's time zone). `None` when the diary has no setup yet.
pub fn diary_report_pdf<Tz: TimeZone>(
    diary: &Diary,
    now: DateTime<Tz>,
    lang: Option<Language>,
) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(diary_report_document(diary, now, lang)?.map(Document::finish))
}

/// The report laid out, before drawing (tests look at its fonts and pages).
pub fn diary_report_document<Tz: TimeZone>(
    diary: &Diary,
    now: DateTime<Tz>,
    lang: Option<Language>,
) -> Result<Option<Document>, StoreError> {
    let Some(setup) = diary.setup()? else {
        return Ok(None);
    };
    let (from, to) = (
        DateTime::<Utc>::MIN_UTC.fixed_offset(),
        DateTime::<Utc>::MAX_UTC.fixed_offset(),
    );
    let mut bags = diary.bags()?;
    bags.reverse();
    let data = Data {
        entries: diary.readings_between(from, to)?,
        alerts: diary.alerts_between(from, to)?,
        reminders: diary.reminders_between(from, to)?,
        bags,
        pauses: diary.pauses()?,
    };
    let r = Report {
        lang: lang.unwrap_or(setup.settings.language),
        unit: setup.settings.temperature_unit,
        now: now.fixed_offset(),
        tz: now.timezone(),
        setup: &setup,
    };
    Ok(Some(r.document(&data)))
}

/// What the report is made from, read from the diary once.
struct Data {
    entries: Vec<DiaryEntry>,
    alerts: Vec<Alert>,
    reminders: Vec<Reminder>,
    /// Oldest first.
    bags: Vec<Bag>,
    pauses: Vec<Pause>,
}

const VALUE: Rgb = Rgb(25, 70, 150);
const LIMIT: Rgb = Rgb(190, 30, 40);
const FLAG: Rgb = Rgb(200, 30, 40);

fn zero_age() -> Age {
    Age {
        days: 0,
        months: 0,
        years: 0,
    }
}

/// The time axis the report's charts share.
struct ChartAxis {
    /// Midnight of the first day, where x is 0.
    origin: DateTime<Utc>,
    dates: Vec<NaiveDate>,
    /// Midnight after the last day.
    x_end: f64,
    /// A chart with the axis and no series yet.
    base: LineChart,
}

impl ChartAxis {
    /// Where a moment falls on the axis, in days since the first midnight.
    fn x_of(&self, t: DateTime<Utc>) -> f64 {
        days_since(self.origin, t)
    }
}

fn days_since(origin: DateTime<Utc>, t: DateTime<Utc>) -> f64 {
    (t - origin).num_seconds() as f64 / 86_400.0
}

/// A chart of one sign against its limit for age, and its words.
struct AgeLimit<'a> {
    value: fn(&Reading) -> Option<f64>,
    limit: fn(Age) -> f64,
    /// Past the limit is below it (pressure) or above it (heart rate).
    out_when_below: bool,
    unit: String,
    limit_label: &'a dyn Fn(&str) -> String,
    series: String,
    out: String,
    title: String,
    empty: String,
    y_range: (f64, f64),
    y_step: f64,
}

/// Message `id` with a count `n` (for its plural) and text arguments.
fn counted(lang: Language, id: &str, name: &str, n: i64, args: &[(&str, &str)]) -> String {
    let mut all: Vec<Arg> = vec![(name, num(n as f64))];
    all.extend(args.iter().map(|(k, v)| (*k, v.to_string().into())));
    words(lang, id, &all)
}

/// Readings oldest first, each correction right after what it corrects, whatever its own
/// time.
fn in_correction_order(entries: &[DiaryEntry]) -> Vec<&DiaryEntry> {
    let by_id: HashMap<i64, &DiaryEntry> = entries.iter().map(|e| (e.id, e)).collect();
    let mut ordered: Vec<&DiaryEntry> = vec![];
    for e in entries.iter().filter(|e| e.corrects.is_none()) {
        let mut cur = Some(e);
        while let Some(x) = cur {
            ordered.push(x);
            cur = x
                .superseded_by
                .as_ref()
                .and_then(|l| by_id.get(&l.reading_id).copied());
        }
    }

    ordered
}

/// "45 min", "2 h 05 min", "3 days 4 h" / "3 días 4 h".
fn format_duration(lang: Language, d: Duration) -> String {
    let m = d.num_minutes().max(0);
    if m < 60 {
        w(lang, "report-minutes", &[("m", &m.to_string())])
    } else if m < 48 * 60 {
        let (h, m) = ((m / 60).to_string(), format!("{:02}", m % 60));
        w(lang, "report-hours", &[("h", &h), ("m", &m)])
    } else {
        let h = ((m / 60) % 24).to_string();
        counted(lang, "report-days", "d", m / (24 * 60), &[("h", &h)])
    }
}

/// "Nov 18" / "18 nov": a chart's date label.
fn short_date(lang: Language, d: NaiveDate) -> String {
    crate::dates::day_month(lang, d)
}

/// A sentence ending in one full stop.
fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.ends_with('.') {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// "1–3 and 8–9" from sorted day numbers.
fn day_ranges(lang: Language, days: &[i64]) -> String {
    let mut ranges: Vec<(i64, i64)> = vec![];
    for &d in days {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == d => *end = d,
            _ => ranges.push((d, d)),
        }
    }
    let parts: Vec<String> = ranges
        .iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    match parts.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => w(
            lang,
            "report-and",
            &[("rest", &rest.join(", ")), ("last", last)],
        ),
    }
}

struct Report<'a, Tz: TimeZone> {
    lang: Language,
    unit: TempUnit,
    /// Now, in the family's zone.
    now: DateTime<FixedOffset>,
    tz: Tz,
    setup: &'a Setup,
}

impl<Tz: TimeZone> Report<'_, Tz> {
    /// Message `id` of the catalogue, in the report's language.
    fn w(&self, id: &str, args: &[(&str, &str)]) -> String {
        w(self.lang, id, args)
    }

    fn local(&self, t: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
        t.with_timezone(&self.tz).fixed_offset()
    }

    fn local_utc(&self, t: DateTime<Utc>) -> DateTime<FixedOffset> {
        t.with_timezone(&self.tz).fixed_offset()
    }

    fn date_time(&self, t: DateTime<FixedOffset>) -> String {
        format_date_time(self.lang, self.local(t))
    }

    fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    fn course(&self) -> Option<&CoursePlan> {
        self.setup.course.as_ref()
    }

    fn age_on(&self, date: NaiveDate) -> Age {
        Age::on(self.setup.patient.birth_date, date).unwrap_or_else(zero_age)
    }

    fn fever_c(&self) -> f64 {
        self.setup.care_plan.fever_threshold_c
    }

    /// A temperature (°C) in the family's unit.
    fn temp_value(&self, c: f64) -> f64 {
        match self.unit {
            TempUnit::C => c,
            TempUnit::F => celsius_to_fahrenheit(c),
        }
    }

    fn unit_symbol(&self) -> &'static str {
        match self.unit {
            TempUnit::C => "°C",
            TempUnit::F => "°F",
        }
    }

    fn temp(&self, c: f64) -> String {
        format!("{:.1}{NB}{}", self.temp_value(c), self.unit_symbol())
    }

    /// The family's unit first, the other in brackets.
    fn temp_both(&self, c: f64) -> String {
        format_temp(c, self.unit)
    }

    /// The screens' own words for an action.
    fn action_word(&self, a: Action) -> String {
        let id = match a {
            Action::Emergency => "action-emergency",
            Action::CallNow => "action-call_now",
            Action::CallToday => "action-call_today",
            Action::Routine => "action-routine",
        };
        self.w(id, &[])
    }

    // ---- the document ------------------------------------------------------------------

    fn document(&self, data: &Data) -> Document {
        let name = self.setup.patient.name.trim();
        let title = self.w("report-title", &[("name", name)]);
        let mut doc = Document::new(&title, self.lang);
        doc.set_margin_mm(14.0);
        doc.set_body_size(9.0);
        doc.set_page_numbers(true);
        let made = format_date_time(self.lang, self.now);
        doc.set_footer(&self.w("report-footer", &[("name", name), ("made", &made)]));
        doc.h1(&title);
        let offset = format!("UTC{}", self.now.offset());
        doc.paragraph(&self.w("report-intro", &[("offset", &offset)]));

        doc.set_columns(2);
        doc.h2(&self.w("report-child", &[]));
        doc.block(&Block::Table {
            rows: self.child_rows(),
            label_share: 0.4,
        });
        doc.next_column();
        doc.h2(&self.w("report-course", &[]));
        doc.block(&Block::Table {
            rows: self.course_rows(data),
            label_share: 0.4,
        });
        doc.set_columns(1);

        self.summary(&mut doc, data);
        self.bags(&mut doc, data);
        self.pauses(&mut doc, data);
        self.charts(&mut doc, data);
        self.alerts(&mut doc, data);
        self.missed(&mut doc, data);
        self.readings(&mut doc, data);
        doc
    }

    fn child_rows(&self) -> Vec<(String, String)> {
        let p = &self.setup.patient;
        let age = format_age(self.lang, self.age_on(self.today()));
        let mut rows = vec![
            (self.w("report-name", &[]), p.name.trim().to_string()),
            (
                self.w("report-birth", &[]),
                self.w(
                    "report-birth-value",
                    &[
                        ("date", &format_date(self.lang, p.birth_date)),
                        ("age", &age),
                    ],
                ),
            ),
            (
                self.w("report-weight", &[]),
                p.weight_kg.map_or_else(
                    || self.w("report-not-entered", &[]),
                    |w| format!("{w:.1}{NB}kg"),
                ),
            ),
        ];
        if let Some(h) = p.height_cm {
            rows.push((self.w("report-height", &[]), format!("{h:.0}{NB}cm")));
        }
        rows.push((
            self.w("report-fever-limit", &[]),
            self.temp_both(self.fever_c()),
        ));
        rows.push((
            self.w("report-made", &[]),
            format_date_time(self.lang, self.now),
        ));
        rows.push((
            self.w("report-made-with", &[]),
            self.w(
                "report-made-with-value",
                &[
                    ("version", env!("CARGO_PKG_VERSION")),
                    ("rules", RULES_VERSION),
                ],
            ),
        ));
        rows
    }

    fn course_rows(&self, data: &Data) -> Vec<(String, String)> {
        let lang = self.lang;
        let Some(c) = self.course() else {
            return vec![(
                self.w("report-course-label", &[]),
                self.w("report-course-none", &[]),
            )];
        };
        let days = c.days();
        let today_text = self.course_today(c);
        let close: Vec<i64> = (1..=days).filter(|d| c.is_close_watch_day(*d)).collect();
        let every = self.w(
            "report-every",
            &[
                ("every", &c.reading_every_hours.to_string()),
                ("close", &c.close_watch_every_hours.to_string()),
                ("days", &day_ranges(lang, &close)),
            ],
        );
        let open_pause = data.pauses.iter().any(|p| p.resumed_at.is_none());
        vec![
            (self.w("report-today", &[]), today_text),
            (self.w("report-start", &[]), format_date(lang, c.start)),
            (
                self.w("report-planned-end", &[]),
                self.w(
                    "report-planned-end-value",
                    &[
                        ("date", &format_date(lang, c.end)),
                        ("day", &days.to_string()),
                    ],
                ),
            ),
            (
                self.w("report-step-up", &[]),
                match (c.step_up_day, c.step_up_date()) {
                    (Some(d), Some(date)) => self.w(
                        "report-step-up-value",
                        &[("day", &d.to_string()), ("date", &format_date(lang, date))],
                    ),
                    _ => self.w("report-step-up-none", &[]),
                },
            ),
            (self.w("report-readings", &[]), every),
            (self.w("report-bags", &[]), data.bags.len().to_string()),
            (
                self.w("report-interruptions", &[]),
                if open_pause {
                    self.w(
                        "report-interruptions-paused",
                        &[("n", &data.pauses.len().to_string())],
                    )
                } else {
                    data.pauses.len().to_string()
                },
            ),
        ]
    }

    /// Where the course is today: "Day 5 of 28 (close-watch day)", not started, or ended.
    fn course_today(&self, c: &CoursePlan) -> String {
        let lang = self.lang;
        let days = c.days();
        let today = self.today();
        match c.day_of(today) {
            Some(n) => {
                let s = self.w(
                    "report-day-of",
                    &[("n", &n.to_string()), ("days", &days.to_string())],
                );
                if c.is_close_watch_day(n) {
                    self.w("report-close-watch-day", &[("day", &s)])
                } else {
                    s
                }
            }
            None if today < c.start => {
                // A whole number of days ahead; "1 day", never "1 days".
                let left = (c.start - today).num_days().max(0);
                counted(lang, "report-not-started", "n", left, &[])
            }
            None => self.w("report-course-ended", &[]),
        }
    }

    fn summary(&self, doc: &mut Document, data: &Data) {
        let lang = self.lang;
        let open = data
            .alerts
            .iter()
            .filter(|a| a.acknowledged_at.is_none())
            .count();
        let missed = missed_reminders(&data.reminders, self.now).len();
        let readings = self.readings_line(data);
        let alerts = counted(
            lang,
            "report-alerts-count",
            "n",
            data.alerts.len() as i64,
            &[],
        );
        let mut alert_spans = vec![Span::plain(alerts)];
        if open > 0 {
            alert_spans.push(Span::plain(", "));
            alert_spans.push(Span::bold(
                self.w("report-alerts-open", &[("n", &open.to_string())]),
            ));
        }
        alert_spans.push(Span::plain("."));
        let missed = counted(lang, "report-missed-count", "n", missed as i64, &[]);
        let mut items = vec![
            vec![Span::plain(readings)],
            alert_spans,
            vec![Span::plain(missed)],
        ];
        if let Some(p) = data.pauses.iter().find(|p| p.resumed_at.is_none()) {
            items.push(vec![Span::bold(self.w(
                "report-paused-now",
                &[
                    ("since", &self.date_time(p.paused_at)),
                    ("reason", p.reason.as_str()),
                ],
            ))]);
        }
        doc.space(4.0);
        doc.section(
            Tone::Info,
            &self.w("report-summary", &[]),
            "",
            &[Block::Bullets(items)],
        );
    }

    /// "12 readings (1 corrected); the last on …."
    fn readings_line(&self, data: &Data) -> String {
        let lang = self.lang;
        let corrected = data.entries.iter().filter(|e| !e.is_effective()).count();
        let last = data
            .entries
            .iter()
            .filter(|e| e.is_effective())
            .map(|e| e.reading.taken_at)
            .max();
        let n = data.entries.len() - corrected;
        let mut readings = counted(lang, "report-readings-count", "n", n as i64, &[]);
        if corrected > 0 {
            readings.push(' ');
            readings.push_str(&counted(
                lang,
                "report-readings-corrected",
                "n",
                corrected as i64,
                &[],
            ));
        }
        if let Some(t) = last {
            readings.push_str("; ");
            readings.push_str(&self.w("report-readings-last", &[("when", &self.date_time(t))]));
        }
        readings.push('.');
        crate::catalogue::one_full_stop(&readings)
    }

    fn bags(&self, doc: &mut Document, data: &Data) {
        doc.h2(&self.w("report-bags", &[]));
        if data.bags.is_empty() {
            doc.paragraph(&self.w("report-bags-none", &[]));
            return;
        }
        let cols = [
            GridColumn::new(self.w("report-bag", &[]), 0.6),
            GridColumn::new(self.w("report-bag-put-on", &[]), 2.0),
            GridColumn::new(self.w("report-bag-lasts", &[]), 1.3),
            GridColumn::new(self.w("report-bag-due", &[]), 2.0),
            GridColumn::new(self.w("report-bag-by", &[]), 2.6),
        ];
        let rows: Vec<GridRow> = data
            .bags
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let mut lasts = format!("{}{NB}h", b.duration.hours());
                if b.extension_hours > 0 {
                    lasts.push_str(&format!(" + {}{NB}h", b.extension_hours));
                }
                let who: Vec<&str> = [b.recorded_by.as_deref(), b.note.as_deref()]
                    .into_iter()
                    .flatten()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect();
                GridRow::cells(vec![
                    vec![Span::plain((i + 1).to_string())],
                    vec![Span::plain(self.date_time(b.hung_at))],
                    vec![Span::plain(lasts)],
                    vec![Span::plain(format_date_time(
                        self.lang,
                        self.local_utc(b.due_at),
                    ))],
                    vec![Span::plain(if who.is_empty() {
                        "–".to_string()
                    } else {
                        who.join(" · ")
                    })],
                ])
            })
            .collect();
        doc.grid(&cols, &rows);
    }

    fn pauses(&self, doc: &mut Document, data: &Data) {
        doc.h2(&self.w("report-pauses", &[]));
        if data.pauses.is_empty() {
            doc.paragraph(&self.w("report-pauses-none", &[]));
            return;
        }
        let cols = [
            GridColumn::new(self.w("report-pause-from", &[]), 2.0),
            GridColumn::new(self.w("report-pause-to", &[]), 2.0),
            GridColumn::new(self.w("report-pause-length", &[]), 1.3),
            GridColumn::new(self.w("report-pause-reason", &[]), 3.2),
        ];
        let rows: Vec<GridRow> = data
            .pauses
            .iter()
            .map(|p| {
                let (to, length) = match p.resumed_at {
                    Some(at) => (
                        vec![Span::plain(self.date_time(at))],
                        format_duration(self.lang, at - p.paused_at),
                    ),
                    None => (
                        vec![Span::bold(self.w("report-pause-still", &[]))],
                        self.w(
                            "report-pause-so-far",
                            &[(
                                "length",
                                &format_duration(self.lang, self.now - p.paused_at),
                            )],
                        ),
                    ),
                };
                let mut reason = p.reason.trim().to_string();
                let by: Vec<String> = [
                    p.paused_by
                        .as_deref()
                        .map(|b| self.w("report-paused-by", &[("who", b.trim())])),
                    p.resumed_by
                        .as_deref()
                        .map(|b| self.w("report-resumed-by", &[("who", b.trim())])),
                ]
                .into_iter()
                .flatten()
                .collect();
                if !by.is_empty() {
                    reason.push_str(&format!(" ({})", by.join(", ")));
                }
                GridRow::cells(vec![
                    vec![Span::plain(self.date_time(p.paused_at))],
                    to,
                    vec![Span::plain(length)],
                    vec![Span::plain(reason)],
                ])
            })
            .collect();
        doc.grid(&cols, &rows);
    }

    // ---- charts ------------------------------------------------------------------------

    /// The days the charts cover, in local dates: the course, widened to every reading in
    /// effect (a corrected original may carry the wrong date, e.g. a year typo).
    fn chart_days(&self, data: &Data) -> (NaiveDate, NaiveDate) {
        let dates = data
            .entries
            .iter()
            .filter(|e| e.is_effective())
            .map(|e| self.local(e.reading.taken_at).date_naive());
        let (mut first, mut last) = match self.course() {
            Some(c) => (c.start, c.end),
            None => (self.today(), self.today()),
        };
        let mut any = false;
        for d in dates {
            if self.course().is_none() && !any {
                (first, last) = (d, d);
                any = true;
            }
            first = first.min(d);
            last = last.max(d);
        }
        (first, last)
    }

    fn charts(&self, doc: &mut Document, data: &Data) {
        let axis = self.chart_axis(data);
        // Only readings in effect: a corrected original is not plotted.
        let effective: Vec<&Reading> = data
            .entries
            .iter()
            .filter(|e| e.is_effective())
            .map(|e| &e.reading)
            .collect();
        doc.h2(&self.w("report-charts", &[]));
        self.temperature_chart(doc, &axis, &effective);
        self.systolic_chart(doc, &axis, &effective);
        self.heart_rate_chart(doc, &axis, &effective);
    }

    /// The charts' shared time axis: one column per day of the diary, labelled with the
    /// course day and the date, "now" marked.
    fn chart_axis(&self, data: &Data) -> ChartAxis {
        let lang = self.lang;
        let (first, last) = self.chart_days(data);
        let origin = start_of_day(first, &self.tz);
        let x_of = |t: DateTime<Utc>| days_since(origin, t);
        let n_days = (last - first).num_days() + 1;
        let dates: Vec<NaiveDate> = (0..n_days).map(|i| first + Duration::days(i)).collect();
        let midnight = |d: NaiveDate| x_of(start_of_day(d, &self.tz));
        let x_end = midnight(last + Duration::days(1));
        let x_grid: Vec<f64> = dates.iter().map(|d| midnight(*d)).collect();
        let x_labels: Vec<XLabel> = dates
            .iter()
            .map(|d| XLabel {
                at: (midnight(*d) + midnight(*d + Duration::days(1))) / 2.0,
                text: self
                    .course()
                    .and_then(|c| c.day_of(*d))
                    .map_or(String::new(), |n| n.to_string()),
                sub: short_date(lang, *d),
            })
            .collect();
        let x_title = if self.course().is_some() {
            self.w("report-axis-course", &[])
        } else {
            self.w("report-axis-date", &[])
        };
        let now_x = x_of(self.now.with_timezone(&Utc));
        let x_marker = (0.0..=x_end)
            .contains(&now_x)
            .then(|| (now_x, self.w("report-now", &[])));
        let base = LineChart {
            title: String::new(),
            x_range: (0.0, x_end),
            x_grid,
            x_labels,
            x_title,
            x_marker,
            y_range: (0.0, 1.0),
            y_step: 1.0,
            series: vec![],
            empty_text: None,
            height: 105.0,
        };
        ChartAxis {
            origin,
            dates,
            x_end,
            base,
        }
    }

    /// Temperature and the fever limit of the care plan.
    fn temperature_chart(&self, doc: &mut Document, axis: &ChartAxis, effective: &[&Reading]) {
        let x_at = |r: &Reading| axis.x_of(r.taken_at.with_timezone(&Utc));
        let (x_end, base) = (axis.x_end, &axis.base);
        let fever = self.temp_value(self.fever_c());
        let temps: Vec<(f64, f64, bool)> = effective
            .iter()
            .filter_map(|r| {
                r.temperature.map(|t| {
                    let c = t.celsius();
                    (x_at(r), self.temp_value(c), c >= self.fever_c())
                })
            })
            .collect();
        let mut series = vec![Series {
            label: self.w(
                "report-fever-limit-series",
                &[("temp", &self.temp(self.fever_c()))],
            ),
            points: vec![(0.0, fever), (x_end, fever)],
            color: LIMIT,
            style: SeriesStyle::Dashed,
        }];
        series.extend(value_series(
            &temps,
            self.w("report-temperature-series", &[("unit", self.unit_symbol())]),
            self.w("report-temperature-flagged", &[]),
        ));
        let (y_range, y_step) = match self.unit {
            TempUnit::C => ((36.0, 38.5), 0.5),
            TempUnit::F => ((97.0, 101.0), 1.0),
        };
        doc.chart(&LineChart {
            title: self.w("report-temperature-title", &[("unit", self.unit_symbol())]),
            y_range,
            y_step,
            height: chart_height(temps.is_empty()),
            empty_text: temps
                .is_empty()
                .then(|| self.w("report-temperature-none", &[])),
            series,
            ..base.clone()
        });
    }

    /// Systolic pressure and the age limit, day by day.
    fn systolic_chart(&self, doc: &mut Document, axis: &ChartAxis, effective: &[&Reading]) {
        let limit_label = |label: &str| self.w("report-systolic-limit", &[("limit", label)]);
        self.age_limit_chart(
            doc,
            axis,
            effective,
            AgeLimit {
                value: |r| r.systolic_mmhg,
                limit: systolic_lower_limit,
                out_when_below: true,
                unit: "mmHg".to_string(),
                limit_label: &limit_label,
                series: self.w("report-systolic-series", &[]),
                out: self.w("report-systolic-flagged", &[]),
                title: self.w("report-systolic-title", &[]),
                empty: self.w("report-systolic-none", &[]),
                y_range: (60.0, 120.0),
                y_step: 10.0,
            },
        );
    }

    /// Heart rate and the age limit.
    fn heart_rate_chart(&self, doc: &mut Document, axis: &ChartAxis, effective: &[&Reading]) {
        let limit_label = |label: &str| self.w("report-pulse-limit", &[("limit", label)]);
        self.age_limit_chart(
            doc,
            axis,
            effective,
            AgeLimit {
                value: |r| r.heart_rate_bpm,
                limit: heart_rate_upper_limit,
                out_when_below: false,
                unit: self.w("report-pulse-unit", &[]),
                limit_label: &limit_label,
                series: self.w("report-pulse-series", &[]),
                out: self.w("report-pulse-flagged", &[]),
                title: self.w("report-pulse-title", &[]),
                empty: self.w("report-pulse-none", &[]),
                y_range: (60.0, 160.0),
                y_step: 20.0,
            },
        );
    }

    /// A sign against its limit for the child's age: the limit as dashed steps (it changes
    /// on a birthday), the values, the ones past the limit marked.
    fn age_limit_chart(
        &self,
        doc: &mut Document,
        axis: &ChartAxis,
        effective: &[&Reading],
        chart: AgeLimit<'_>,
    ) {
        let midnight = |d: NaiveDate| axis.x_of(start_of_day(d, &self.tz));
        let past = |v: f64, limit: f64| {
            if chart.out_when_below {
                v < limit
            } else {
                v > limit
            }
        };
        let values: Vec<(f64, f64, bool)> = effective
            .iter()
            .filter_map(|r| {
                let at = axis.x_of(r.taken_at.with_timezone(&Utc));
                let limit = (chart.limit)(self.age_on(r.taken_at.date_naive()));
                (chart.value)(r).map(|v| (at, v, past(v, limit)))
            })
            .collect();
        let (points, label) =
            self.limit_steps(&axis.dates, &midnight, axis.x_end, &chart.unit, chart.limit);
        let mut series = vec![Series {
            label: (chart.limit_label)(&label),
            points,
            color: LIMIT,
            style: SeriesStyle::Dashed,
        }];
        series.extend(value_series(&values, chart.series, chart.out));
        doc.chart(&LineChart {
            title: chart.title,
            y_range: chart.y_range,
            y_step: chart.y_step,
            height: chart_height(values.is_empty()),
            empty_text: values.is_empty().then_some(chart.empty),
            series,
            ..axis.base.clone()
        });
    }

    /// An age limit as steps over the chart's days (the child may have a birthday during
    /// the course), and its words: "82 mmHg" or "82 mmHg, 84 mmHg from Sun 22 Nov 2026".
    fn limit_steps(
        &self,
        dates: &[NaiveDate],
        midnight: &dyn Fn(NaiveDate) -> f64,
        x_end: f64,
        unit: &str,
        limit: impl Fn(Age) -> f64,
    ) -> (Vec<(f64, f64)>, String) {
        let mut points = vec![];
        let mut changes: Vec<(NaiveDate, f64)> = vec![];
        for d in dates {
            let l = limit(self.age_on(*d));
            let x = midnight(*d);
            if changes.last().is_none_or(|(_, prev)| *prev != l) {
                if let Some((_, prev)) = changes.last() {
                    points.push((x, *prev));
                }
                points.push((x, l));
                changes.push((*d, l));
            }
        }
        if let Some((_, l)) = changes.last() {
            points.push((x_end, *l));
        }
        let mut words = String::new();
        for (i, (d, l)) in changes.iter().enumerate() {
            if i == 0 {
                words.push_str(&format!("{l:.0}{NB}{unit}"));
            } else {
                words.push_str(", ");
                words.push_str(&self.w(
                    "report-limit-from",
                    &[
                        ("limit", &format!("{l:.0}{NB}{unit}")),
                        ("date", &format_date(self.lang, *d)),
                    ],
                ));
            }
        }
        (points, words)
    }

    // ---- alerts ------------------------------------------------------------------------

    fn alerts(&self, doc: &mut Document, data: &Data) {
        doc.h2(&self.w("report-alerts", &[]));
        if data.alerts.is_empty() {
            doc.paragraph(&self.w("report-alerts-none", &[]));
            return;
        }
        doc.lead(&self.w("report-alerts-lead", &[]));
        let cols = [
            GridColumn::new(self.w("report-alert-raised", &[]), 1.7),
            GridColumn::new(self.w("report-alert-action", &[]), 1.1),
            GridColumn::new(self.w("report-alert-why", &[]), 3.6),
            GridColumn::new(self.w("report-alert-ack", &[]), 1.9),
        ];
        let rows: Vec<GridRow> = data
            .alerts
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let why = a
                    .reasons
                    .iter()
                    .map(|r| sentence(&pick(self.lang, r.message.clone())))
                    .collect::<Vec<_>>()
                    .join(" ");
                let ack = match (&a.acknowledged_by, a.acknowledged_at) {
                    (Some(by), Some(at)) => vec![Span::plain(self.w(
                        "report-alert-by",
                        &[("who", by.trim()), ("when", &self.date_time(at))],
                    ))],
                    _ => vec![Span::bold(self.w("report-alert-not-ack", &[]))],
                };
                let mut note = vec![];
                if let Some(said) = a.team_said.as_deref().filter(|s| !s.trim().is_empty()) {
                    note.extend(rich(
                        self.lang,
                        "report-team-said",
                        &[("said", said.trim())],
                    ));
                }
                if a.rules_version != RULES_VERSION {
                    let rules = self.w("report-alert-rules", &[("rules", &a.rules_version)]);
                    note.push(Span::plain(format!(" {rules}")));
                }
                GridRow::Cells {
                    cells: vec![
                        vec![
                            Span::bold(format!("A{} ", i + 1)),
                            Span::plain(self.date_time(a.raised_at)),
                        ],
                        vec![Span::bold(self.action_word(a.action))],
                        vec![Span::plain(why)],
                        ack,
                    ],
                    note,
                    tone: Some(Tone::from(a.action)),
                    muted: false,
                }
            })
            .collect();
        doc.grid(&cols, &rows);
    }

    // ---- missed reminders --------------------------------------------------------------

    fn missed(&self, doc: &mut Document, data: &Data) {
        doc.h2(&self.w("report-missed", &[]));
        let missed = missed_reminders(&data.reminders, self.now);
        doc.lead(&self.w(
            "report-missed-lead",
            &[
                ("minutes", &MISSED_AFTER_MINUTES.to_string()),
                ("overdue", &OVERDUE_ALERT_MINUTES.to_string()),
            ],
        ));
        if missed.is_empty() {
            doc.paragraph(&self.w("report-missed-none", &[]));
            return;
        }
        let cols = [
            GridColumn::new(self.w("report-missed-reminder", &[]), 2.6),
            GridColumn::new(self.w("report-missed-due", &[]), 1.7),
            GridColumn::new(self.w("report-missed-ended", &[]), 3.6),
        ];
        let rows: Vec<GridRow> = missed
            .iter()
            .map(|r| {
                GridRow::cells(vec![
                    vec![Span::plain(pick(self.lang, reminder_title(r.kind)))],
                    vec![Span::plain(self.date_time(r.due_at))],
                    vec![Span::plain(self.how_it_ended(r, &data.bags))],
                ])
            })
            .collect();
        doc.grid(&cols, &rows);
    }

    /// How a missed reminder ended, and how long after its time. An overdue alarm goes off
    /// 30 minutes after the bag was due: its delay counts from the bag's due time, which is
    /// what the nurse needs.
    fn how_it_ended(&self, r: &Reminder, bags: &[Bag]) -> String {
        let lang = self.lang;
        let after = |at: DateTime<FixedOffset>| {
            if r.kind == ReminderKind::BagOverdue {
                let bag_due = bags
                    .iter()
                    .find(|b| b.id == r.subject_id)
                    .map_or(r.due_at - Duration::minutes(OVERDUE_ALERT_MINUTES), |b| {
                        b.due_at.fixed_offset()
                    });
                let late = format_duration(lang, at - bag_due);
                w(lang, "report-after-bag-due", &[("late", &late)])
            } else {
                let late = format_duration(lang, at - r.due_at);
                w(lang, "report-after-time", &[("late", &late)])
            }
        };
        let Some(at) = r
            .acknowledged_at
            .filter(|_| r.state == ReminderState::Acknowledged)
        else {
            return self.w("report-still-open", &[("after", &after(self.now))]);
        };
        let when = self.date_time(at);
        let who = r
            .acknowledged_by
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let after = after(at);
        let id = match (r.closed_by, who) {
            (Some(ClosedBy::CourseEnded), _) => "report-ended-course",
            (Some(ClosedBy::Reading), _) => "report-ended-reading",
            (Some(ClosedBy::NewBag), _) => "report-ended-bag",
            (Some(ClosedBy::Resumed), _) => "report-ended-resumed",
            (_, Some(_)) => "report-ended-ok-by",
            (_, None) => "report-ended-ok",
        };
        self.w(
            id,
            &[
                ("who", who.unwrap_or("")),
                ("when", &when),
                ("after", &after),
            ],
        )
    }

    // ---- every reading -----------------------------------------------------------------

    fn readings(&self, doc: &mut Document, data: &Data) {
        doc.h2(&self.w("report-every-reading", &[]));
        if data.entries.is_empty() {
            doc.paragraph(&self.w("report-readings-none", &[]));
            return;
        }
        doc.lead(&self.w("report-readings-lead", &[]));
        let cols = [
            GridColumn::new(self.w("report-col-time", &[]), 1.25),
            GridColumn::new(self.w("report-col-temp", &[]), 1.05),
            GridColumn::new(self.w("report-col-bp", &[]), 1.05),
            GridColumn::new(self.w("report-col-pulse", &[]), 0.8),
            GridColumn::new("SpO₂", 0.7),
            GridColumn::new(self.w("report-col-signs", &[]), 3.1),
            GridColumn::new(self.w("report-col-pump", &[]), 1.4),
            GridColumn::new(self.w("report-col-alert", &[]), 1.5),
        ];
        // The alert raised at each reading, with its number in the alert list.
        let alert_at: HashMap<i64, (usize, Action)> = data
            .alerts
            .iter()
            .enumerate()
            .map(|(i, a)| (a.reading_id, (i + 1, a.action)))
            .collect();

        let ordered = in_correction_order(&data.entries);

        let mut rows = vec![];
        let mut band_date: Option<NaiveDate> = None;
        for e in ordered {
            let t = self.local(e.reading.taken_at);
            let date = t.date_naive();
            // A correction stays under the day of what it corrects.
            if e.corrects.is_none() && band_date != Some(date) {
                band_date = Some(date);
                rows.push(GridRow::Band(self.day_band(date)));
            }
            let time_cell = self.time_cell(e, t, band_date == Some(date));
            let mut cells = vec![time_cell];
            cells.extend(self.reading_cells(&e.reading, e.is_effective()));
            let (alert, tone) = match alert_at.get(&e.id) {
                Some((n, action)) => (
                    vec![
                        Span::bold(self.action_word(*action)),
                        Span::plain(format!(" (A{n})")),
                    ],
                    Some(Tone::from(*action)),
                ),
                None => (vec![Span::plain("")], None),
            };
            cells.push(alert);
            let note = self.correction_note(e);
            rows.push(GridRow::Cells {
                cells,
                note,
                tone: if e.is_effective() { tone } else { None },
                muted: !e.is_effective(),
            });
        }
        doc.grid(&cols, &rows);
    }

    /// Who corrected a reading, when and why, under its row.
    fn correction_note(&self, e: &DiaryEntry) -> Vec<Span> {
        match &e.superseded_by {
            Some(link) => rich(
                self.lang,
                "report-correction-note",
                &[
                    ("who", link.amended_by.as_str()),
                    ("when", &self.date_time(link.amended_at)),
                    ("reason", link.reason.as_str()),
                ],
            ),
            None => vec![],
        }
    }

    /// The time of a reading (with its date when it is not the band's day), and whether it
    /// was corrected or is a correction.
    fn time_cell(&self, e: &DiaryEntry, t: DateTime<FixedOffset>, on_band_day: bool) -> Vec<Span> {
        let lang = self.lang;
        let date = t.date_naive();
        let mut time = if on_band_day {
            format_clock(lang, t)
        } else {
            format!("{} {}", short_date(lang, date), format_clock(lang, t))
        };
        time.push(' ');
        let mut time_cell = vec![Span::plain(time)];
        if !e.is_effective() {
            time_cell.push(Span::bold(self.w("report-corrected", &[])));
        } else if e.corrects.is_some() {
            time_cell.push(Span::bold(self.w("report-correction", &[])));
        }
        time_cell
    }

    fn day_band(&self, date: NaiveDate) -> String {
        let d = format_date(self.lang, date);
        match self
            .course()
            .and_then(|c| c.day_of(date).map(|n| (n, c.days())))
        {
            Some((n, m)) => self.w(
                "report-day-band",
                &[
                    ("n", &n.to_string()),
                    ("days", &m.to_string()),
                    ("date", &d),
                ],
            ),
            None => d,
        }
    }

    /// Temperature, BP, heart rate, SpO₂, signs and pump of a reading. Values outside the
    /// limits are bold (only for readings in effect: a corrected value is history).
    fn reading_cells(&self, r: &Reading, effective: bool) -> Vec<Vec<Span>> {
        let lang = self.lang;
        let age = self.age_on(r.taken_at.date_naive());
        let value = |text: String, flagged: bool| {
            if flagged && effective {
                vec![Span::bold(text)]
            } else {
                vec![Span::plain(text)]
            }
        };
        let dash = || vec![Span::plain("–")];
        let temp = r.temperature.map_or_else(dash, |t| {
            let c = t.celsius();
            value(self.temp(c), c >= self.fever_c())
        });
        let bp = match (r.systolic_mmhg, r.diastolic_mmhg) {
            (None, None) => dash(),
            (s, d) => {
                let f = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.0}"));
                value(
                    format!("{}/{}", f(s), f(d)),
                    s.is_some_and(|s| s < systolic_lower_limit(age)),
                )
            }
        };
        let hr = r.heart_rate_bpm.map_or_else(dash, |h| {
            value(format!("{h:.0}"), h > heart_rate_upper_limit(age))
        });
        let spo2 = r.spo2_percent.map_or_else(dash, |s| {
            value(format!("{s:.0}{NB}%"), s < LOW_OXYGEN_BELOW)
        });
        let mut signs: Vec<String> = match &r.symptoms {
            None => vec![],
            Some(list) if list.is_empty() => vec![self.w("report-signs-none", &[])],
            Some(list) => list.iter().map(|s| pick(lang, symptom_text(*s))).collect(),
        };
        // The v2 inputs with no column of their own ride with the signs.
        if let Some(rr) = r.respiratory_rate_per_min {
            signs.push(self.w("report-breathing", &[("rate", &format!("{rr:.0}"))]));
        }
        if let Some(check) = r.neuro_check {
            if let Some(ice) = check.ice {
                signs.push(format!("ICE {ice:.0}/10"));
            }
            if let Some(capd) = check.capd {
                signs.push(format!("CAPD {capd:.0}"));
            }
        }
        if let Some(given) = r.antipyretic_given_at {
            let time = format_clock(self.lang, given.fixed_offset());
            signs.push(self.w("report-fever-medicine-at", &[("time", &time)]));
        } else if r.antipyretic_in_last_6h == Some(true) {
            signs.push(self.w("report-fever-medicine-6h", &[]));
        }
        let signs = if signs.is_empty() {
            dash()
        } else {
            vec![Span::plain(signs.join("; "))]
        };
        let pump = match r.pump {
            None => dash(),
            Some(PumpStatus::Running) => vec![Span::plain(self.w("pump-running", &[]))],
            Some(p) => value(pick(lang, pump_text(p)), true),
        };
        vec![temp, bp, hr, spo2, signs, pump]
    }
}

/// An empty chart only needs room to say so.
fn chart_height(empty: bool) -> f32 {
    if empty {
        24.0
    } else {
        105.0
    }
}

/// A chart's values as a line, and the flagged ones again as larger red dots.
fn value_series(points: &[(f64, f64, bool)], label: String, flagged: String) -> Vec<Series> {
    let mut out = vec![Series {
        label,
        points: points.iter().map(|(x, y, _)| (*x, *y)).collect(),
        color: VALUE,
        style: SeriesStyle::Line,
    }];
    let hits: Vec<(f64, f64)> = points
        .iter()
        .filter(|p| p.2)
        .map(|(x, y, _)| (*x, *y))
        .collect();
    if !hits.is_empty() {
        out.push(Series {
            label: flagged,
            points: hits,
            color: FLAG,
            style: SeriesStyle::Points,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_before_the_course_are_counted_in_the_singular_too() {
        let mut setup: Setup =
            serde_json::from_str(include_str!("../tests/fixtures/checklist/setup.json")).unwrap();
        let course: CoursePlan =
            serde_json::from_str(r#"{"start":"2026-11-16","end":"2026-12-06"}"#).unwrap();
        setup.course = Some(course.clone());
        let tz = FixedOffset::west_opt(6 * 3600).unwrap();
        let on = |lang, date: &str| {
            let now = DateTime::parse_from_rfc3339(&format!("{date}T09:00:00-06:00")).unwrap();
            let report = Report {
                lang,
                unit: TempUnit::C,
                now,
                tz,
                setup: &setup,
            };
            report.course_today(&course)
        };
        assert_eq!(
            on(Language::Es, "2026-11-15"),
            "Aún no empieza (falta 1 día)"
        );
        assert_eq!(
            on(Language::Es, "2026-11-13"),
            "Aún no empieza (faltan 3 días)"
        );
        assert_eq!(
            on(Language::En, "2026-11-15"),
            "Not started yet (1 day to go)"
        );
        assert_eq!(
            on(Language::En, "2026-11-13"),
            "Not started yet (3 days to go)"
        );
        assert!(on(Language::En, "2026-11-16").starts_with("Day 1 of 21"));
    }

    #[test]
    fn durations_read_naturally() {
        let en = |d| format_duration(Language::En, d);
        let es = |d| format_duration(Language::Es, d);
        assert_eq!(en(Duration::minutes(45)), "45\u{a0}min");
        assert_eq!(en(Duration::minutes(61)), "1\u{a0}h 01\u{a0}min");
        assert_eq!(es(Duration::minutes(125)), "2\u{a0}h 05\u{a0}min");
        assert_eq!(en(Duration::minutes(47 * 60 + 59)), "47\u{a0}h 59\u{a0}min");
        assert_eq!(en(Duration::hours(76)), "3\u{a0}days 4\u{a0}h");
        assert_eq!(es(Duration::hours(76)), "3\u{a0}días 4\u{a0}h");
        assert_eq!(es(Duration::hours(48)), "2\u{a0}días 0\u{a0}h");
        assert_eq!(en(Duration::minutes(-5)), "0\u{a0}min");
    }

    #[test]
    fn close_watch_days_as_ranges() {
        assert_eq!(day_ranges(Language::En, &[1, 2, 3, 8, 9]), "1–3 and 8–9");
        assert_eq!(day_ranges(Language::Es, &[1, 2, 3]), "1–3");
        assert_eq!(day_ranges(Language::Es, &[1, 3, 5]), "1, 3 y 5");
        assert_eq!(day_ranges(Language::En, &[]), "");
    }

    #[test]
    fn sentences_end_once() {
        assert_eq!(sentence("Shaking chills"), "Shaking chills.");
        assert_eq!(
            sentence("Oxygen level below 90%."),
            "Oxygen level below 90%."
        );
    }
}
