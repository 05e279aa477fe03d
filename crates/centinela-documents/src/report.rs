//! The clinic report (issue 6): the whole course on A4 pages, for the care team at a bag
//! change.
//!
//! In reading order: the child and the care plan's fever line; the course (day N of M, the
//! step-up, readings every so many hours); a summary; the bags hung; the interruptions;
//! charts of temperature (with the fever line), systolic pressure (with the child's age
//! limit, day by day) and heart rate (with its age limit); every alert with its
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
use crate::course::{start_of_day, CoursePlan};
use crate::diary::{
    Alert, ClosedBy, Diary, DiaryEntry, Language, Pause, Reminder, ReminderState, Setup, StoreError,
};
use crate::document::{
    Block, Document, GridColumn, GridRow, LineChart, Rgb, Series, SeriesStyle, Span, Tone, XLabel,
};
use crate::format::{
    format_age, format_clock, format_date, format_date_time, format_temp, pick, tr, NB,
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

/// "1 alert", "3 alerts".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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

/// "45 min", "2 h 05 min", "3 d 4 h".
fn format_duration(d: Duration) -> String {
    let m = d.num_minutes().max(0);
    if m < 60 {
        format!("{m}{NB}min")
    } else if m < 48 * 60 {
        format!("{}{NB}h {:02}{NB}min", m / 60, m % 60)
    } else {
        format!("{}{NB}d {}{NB}h", m / (24 * 60), (m / 60) % 24)
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
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), tr(lang, "and", "y")),
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
    fn tr(&self, en: &str, es: &str) -> String {
        tr(self.lang, en, es)
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

    fn action_word(&self, a: Action) -> String {
        match a {
            Action::Emergency => self.tr("Emergency", "Emergencia"),
            Action::CallNow => self.tr("Call now", "Llamar ahora"),
            Action::CallToday => self.tr("Call today", "Avisar hoy"),
            Action::Routine => self.tr("Routine", "Rutina"),
        }
    }

    // ---- the document ------------------------------------------------------------------

    fn document(&self, data: &Data) -> Document {
        let name = self.setup.patient.name.trim();
        let title = match self.lang {
            Language::En => format!("Clinic report: {name}"),
            Language::Es => format!("Informe clínico: {name}"),
        };
        let mut doc = Document::new(&title, self.lang);
        doc.set_margin_mm(14.0);
        doc.set_body_size(9.0);
        doc.set_page_numbers(true);
        let made = format_date_time(self.lang, self.now);
        doc.set_footer(&match self.lang {
            Language::En => format!("Centinela · {name} · clinic report of {made}"),
            Language::Es => format!("Centinela · {name} · informe clínico del {made}"),
        });
        doc.h1(&title);
        doc.paragraph(&match self.lang {
            Language::En => format!(
                "Blinatumomab at home, as the family recorded it in Centinela. Times are the \
                 family's local time (UTC{}).",
                self.now.offset()
            ),
            Language::Es => format!(
                "Blinatumomab en casa, tal como la familia lo registró en Centinela. Las horas \
                 son la hora local de la familia (UTC{}).",
                self.now.offset()
            ),
        });

        doc.set_columns(2);
        doc.h2(&self.tr("The child", "El niño o la niña"));
        doc.block(&Block::Table {
            rows: self.child_rows(),
            label_share: 0.4,
        });
        doc.next_column();
        doc.h2(&self.tr("The course", "El tratamiento"));
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
            (self.tr("Name", "Nombre"), p.name.trim().to_string()),
            (
                self.tr("Date of birth", "Fecha de nacimiento"),
                match self.lang {
                    Language::En => format!("{} (age {age})", format_date(self.lang, p.birth_date)),
                    Language::Es => {
                        format!("{} ({age})", format_date(self.lang, p.birth_date))
                    }
                },
            ),
            (
                self.tr("Weight", "Peso"),
                p.weight_kg.map_or_else(
                    || self.tr("not entered", "sin registrar"),
                    |w| format!("{w:.1}{NB}kg"),
                ),
            ),
        ];
        if let Some(h) = p.height_cm {
            rows.push((self.tr("Height", "Estatura"), format!("{h:.0}{NB}cm")));
        }
        rows.push((
            self.tr(
                "Fever line (care plan)",
                "Límite de fiebre (plan de cuidados)",
            ),
            self.temp_both(self.fever_c()),
        ));
        rows.push((
            self.tr("Report made", "Informe hecho"),
            format_date_time(self.lang, self.now),
        ));
        rows.push((
            self.tr("Made with", "Hecho con"),
            match self.lang {
                Language::En => format!(
                    "Centinela {}, rules {RULES_VERSION}",
                    env!("CARGO_PKG_VERSION")
                ),
                Language::Es => format!(
                    "Centinela {}, reglas {RULES_VERSION}",
                    env!("CARGO_PKG_VERSION")
                ),
            },
        ));
        rows
    }

    fn course_rows(&self, data: &Data) -> Vec<(String, String)> {
        let lang = self.lang;
        let Some(c) = self.course() else {
            return vec![(
                self.tr("Course", "Tratamiento"),
                self.tr(
                    "no course entered yet",
                    "aún no se ha registrado el tratamiento",
                ),
            )];
        };
        let days = c.days();
        let today_text = self.course_today(c);
        let close: Vec<i64> = (1..=days).filter(|d| c.is_close_watch_day(*d)).collect();
        let every = match lang {
            Language::En => format!(
                "every {}{NB}h; every {}{NB}h on close-watch days ({})",
                c.reading_every_hours,
                c.close_watch_every_hours,
                day_ranges(lang, &close)
            ),
            Language::Es => format!(
                "cada {}{NB}h; cada {}{NB}h en días de vigilancia estrecha ({})",
                c.reading_every_hours,
                c.close_watch_every_hours,
                day_ranges(lang, &close)
            ),
        };
        let open_pause = data.pauses.iter().any(|p| p.resumed_at.is_none());
        vec![
            (self.tr("Today", "Hoy"), today_text),
            (
                self.tr("Start (day 1)", "Inicio (día 1)"),
                format_date(lang, c.start),
            ),
            (
                self.tr("Planned end", "Fin previsto"),
                match lang {
                    Language::En => format!("{} (day {days})", format_date(lang, c.end)),
                    Language::Es => format!("{} (día {days})", format_date(lang, c.end)),
                },
            ),
            (
                self.tr("Dose step-up", "Aumento de dosis"),
                match (c.step_up_day, c.step_up_date()) {
                    (Some(d), Some(date)) => match lang {
                        Language::En => format!("day {d}, {}", format_date(lang, date)),
                        Language::Es => format!("día {d}, {}", format_date(lang, date)),
                    },
                    _ => self.tr("none planned", "no está previsto"),
                },
            ),
            (self.tr("Readings", "Registros"), every),
            (
                self.tr("Bags hung", "Bolsas puestas"),
                data.bags.len().to_string(),
            ),
            (
                self.tr("Interruptions", "Interrupciones"),
                if open_pause {
                    match lang {
                        Language::En => format!("{} (paused now)", data.pauses.len()),
                        Language::Es => format!("{} (en pausa ahora)", data.pauses.len()),
                    }
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
                let mut s = match lang {
                    Language::En => format!("Day {n} of {days}"),
                    Language::Es => format!("Día {n} de {days}"),
                };
                if c.is_close_watch_day(n) {
                    s.push_str(&self.tr(" (close-watch day)", " (día de vigilancia estrecha)"));
                }
                s
            }
            None if today < c.start => {
                // A whole number of days ahead; "1 day", never "1 days".
                let left = (c.start - today).num_days().max(0) as usize;
                match lang {
                    Language::En => {
                        format!("Not started yet ({} to go)", count(left, "day", "days"))
                    }
                    Language::Es if left == 1 => "Aún no empieza (falta 1 día)".to_string(),
                    Language::Es => format!("Aún no empieza (faltan {left} días)"),
                }
            }
            None => self.tr("The course has ended", "El tratamiento terminó"),
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
        let alerts = match lang {
            Language::En => count(data.alerts.len(), "alert", "alerts"),
            Language::Es => count(data.alerts.len(), "alerta", "alertas"),
        };
        let mut alert_spans = vec![Span::plain(alerts)];
        if open > 0 {
            alert_spans.push(Span::plain(", "));
            alert_spans.push(Span::bold(match lang {
                Language::En => format!("{open} not acknowledged"),
                Language::Es => format!("{open} sin atender"),
            }));
        }
        alert_spans.push(Span::plain("."));
        let missed = match lang {
            Language::En => format!("{}.", count(missed, "missed reminder", "missed reminders")),
            Language::Es => format!(
                "{}.",
                count(
                    missed,
                    "recordatorio no atendido a tiempo",
                    "recordatorios no atendidos a tiempo"
                )
            ),
        };
        let mut items = vec![
            vec![Span::plain(readings)],
            alert_spans,
            vec![Span::plain(missed)],
        ];
        if let Some(p) = data.pauses.iter().find(|p| p.resumed_at.is_none()) {
            items.push(vec![Span::bold(match lang {
                Language::En => format!(
                    "The infusion is paused now, since {}: {}.",
                    self.date_time(p.paused_at),
                    p.reason
                ),
                Language::Es => format!(
                    "La infusión está en pausa ahora, desde el {}: {}.",
                    self.date_time(p.paused_at),
                    p.reason
                ),
            })]);
        }
        doc.space(4.0);
        doc.section(
            Tone::Info,
            &self.tr("Summary", "Resumen"),
            "",
            &[Block::Bullets(items)],
        );
    }

    /// "12 readings (1 corrected); the last at …."
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
        let mut readings = match lang {
            Language::En => count(n, "reading", "readings"),
            Language::Es => count(n, "registro", "registros"),
        };
        if corrected > 0 {
            readings.push_str(&match lang {
                Language::En => format!(" ({corrected} corrected)"),
                Language::Es => format!(" ({})", count(corrected, "corregido", "corregidos")),
            });
        }
        if let Some(t) = last {
            readings.push_str(&match lang {
                Language::En => format!("; the last at {}", self.date_time(t)),
                Language::Es => format!("; el último el {}", self.date_time(t)),
            });
        }
        readings.push('.');
        readings
    }

    fn bags(&self, doc: &mut Document, data: &Data) {
        doc.h2(&self.tr("Bags hung", "Bolsas puestas"));
        if data.bags.is_empty() {
            doc.paragraph(&self.tr("No bag logged yet.", "Aún no se registró ninguna bolsa."));
            return;
        }
        let cols = [
            GridColumn::new(self.tr("Bag", "Bolsa"), 0.6),
            GridColumn::new(self.tr("Hung at", "Puesta el"), 2.0),
            GridColumn::new(self.tr("Lasts", "Dura"), 1.3),
            GridColumn::new(self.tr("Due", "Vence"), 2.0),
            GridColumn::new(self.tr("Logged by, note", "Registró, nota"), 2.6),
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
        doc.h2(&self.tr(
            "Interruptions of the infusion",
            "Interrupciones de la infusión",
        ));
        if data.pauses.is_empty() {
            doc.paragraph(&self.tr("No interruptions.", "Sin interrupciones."));
            return;
        }
        let cols = [
            GridColumn::new(self.tr("From", "Desde"), 2.0),
            GridColumn::new(self.tr("To", "Hasta"), 2.0),
            GridColumn::new(self.tr("How long", "Duración"), 1.3),
            GridColumn::new(self.tr("Reason", "Motivo"), 3.2),
        ];
        let rows: Vec<GridRow> = data
            .pauses
            .iter()
            .map(|p| {
                let (to, length) = match p.resumed_at {
                    Some(at) => (
                        vec![Span::plain(self.date_time(at))],
                        format_duration(at - p.paused_at),
                    ),
                    None => (
                        vec![Span::bold(self.tr("Still paused", "Sigue en pausa"))],
                        match self.lang {
                            Language::En => {
                                format!("{} so far", format_duration(self.now - p.paused_at))
                            }
                            Language::Es => {
                                format!("{} hasta ahora", format_duration(self.now - p.paused_at))
                            }
                        },
                    ),
                };
                let mut reason = p.reason.trim().to_string();
                let by: Vec<String> = [
                    p.paused_by
                        .as_deref()
                        .map(|b| format!("{} {}", self.tr("paused by", "pausó"), b.trim())),
                    p.resumed_by
                        .as_deref()
                        .map(|b| format!("{} {}", self.tr("resumed by", "reanudó"), b.trim())),
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
        doc.h2(&self.tr("Charts", "Gráficas"));
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
            self.tr(
                "Day of the course (top) and date",
                "Día del tratamiento (arriba) y fecha",
            )
        } else {
            self.tr("Date", "Fecha")
        };
        let now_x = x_of(self.now.with_timezone(&Utc));
        let x_marker = (0.0..=x_end)
            .contains(&now_x)
            .then(|| (now_x, self.tr("now", "ahora")));
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

    /// Temperature and the fever line of the care plan.
    fn temperature_chart(&self, doc: &mut Document, axis: &ChartAxis, effective: &[&Reading]) {
        let lang = self.lang;
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
            label: match lang {
                Language::En => format!("Fever line (care plan): {}", self.temp(self.fever_c())),
                Language::Es => format!(
                    "Límite de fiebre (plan de cuidados): {}",
                    self.temp(self.fever_c())
                ),
            },
            points: vec![(0.0, fever), (x_end, fever)],
            color: LIMIT,
            style: SeriesStyle::Dashed,
        }];
        series.extend(value_series(
            &temps,
            match lang {
                Language::En => format!("Temperature ({})", self.unit_symbol()),
                Language::Es => format!("Temperatura ({})", self.unit_symbol()),
            },
            self.tr(
                "At or above the fever line",
                "En o sobre el límite de fiebre",
            ),
        ));
        let (y_range, y_step) = match self.unit {
            TempUnit::C => ((36.0, 38.5), 0.5),
            TempUnit::F => ((97.0, 101.0), 1.0),
        };
        doc.chart(&LineChart {
            title: match lang {
                Language::En => format!("Temperature, {}", self.unit_symbol()),
                Language::Es => format!("Temperatura, {}", self.unit_symbol()),
            },
            y_range,
            y_step,
            height: chart_height(temps.is_empty()),
            empty_text: temps.is_empty().then(|| {
                self.tr(
                    "No temperature readings yet",
                    "Aún no hay registros de temperatura",
                )
            }),
            series,
            ..base.clone()
        });
    }

    /// Systolic pressure and the age limit, day by day.
    fn systolic_chart(&self, doc: &mut Document, axis: &ChartAxis, effective: &[&Reading]) {
        let limit_label = |label: &str| match self.lang {
            Language::En => format!("Low for age: below {label}"),
            Language::Es => format!("Baja para la edad: menor de {label}"),
        };
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
                series: self.tr("Systolic (mmHg)", "Sistólica (mmHg)"),
                out: self.tr("Below the limit for age", "Bajo el límite para la edad"),
                title: self.tr(
                    "Systolic blood pressure, mmHg",
                    "Presión arterial sistólica, mmHg",
                ),
                empty: self.tr(
                    "No blood pressure readings yet",
                    "Aún no hay registros de presión",
                ),
                y_range: (60.0, 120.0),
                y_step: 10.0,
            },
        );
    }

    /// Heart rate and the age limit.
    fn heart_rate_chart(&self, doc: &mut Document, axis: &ChartAxis, effective: &[&Reading]) {
        let limit_label = |label: &str| match self.lang {
            Language::En => format!("Fast for age: above {label}"),
            Language::Es => format!("Rápido para la edad: mayor de {label}"),
        };
        self.age_limit_chart(
            doc,
            axis,
            effective,
            AgeLimit {
                value: |r| r.heart_rate_bpm,
                limit: heart_rate_upper_limit,
                out_when_below: false,
                unit: self.tr("a minute", "por minuto"),
                limit_label: &limit_label,
                series: self.tr("Heart rate (beats a minute)", "Pulso (latidos por minuto)"),
                out: self.tr("Above the limit for age", "Sobre el límite para la edad"),
                title: self.tr("Heart rate, beats a minute", "Pulso, latidos por minuto"),
                empty: self.tr(
                    "No heart rate readings yet",
                    "Aún no hay registros de pulso",
                ),
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
                words.push_str(&match self.lang {
                    Language::En => {
                        format!(", {l:.0}{NB}{unit} from {}", format_date(self.lang, *d))
                    }
                    Language::Es => {
                        format!(", {l:.0}{NB}{unit} desde el {}", format_date(self.lang, *d))
                    }
                });
            }
        }
        (points, words)
    }

    // ---- alerts ------------------------------------------------------------------------

    fn alerts(&self, doc: &mut Document, data: &Data) {
        doc.h2(&self.tr("Alerts", "Alertas"));
        if data.alerts.is_empty() {
            doc.paragraph(&self.tr("No alerts were raised.", "No hubo alertas."));
            return;
        }
        doc.lead(&self.tr(
            "Every warning Centinela raised, oldest first, with who dealt with it and what \
             the team said.",
            "Cada aviso que dio Centinela, del más antiguo al más reciente, con quién lo \
             atendió y qué dijo el equipo.",
        ));
        let cols = [
            GridColumn::new(self.tr("Raised", "Aviso"), 1.7),
            GridColumn::new(self.tr("What to do", "Qué hacer"), 1.1),
            GridColumn::new(self.tr("Why", "Por qué"), 3.6),
            GridColumn::new(self.tr("Acknowledged", "Atendida"), 1.9),
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
                    (Some(by), Some(at)) => vec![Span::plain(format!(
                        "{} {}, {}",
                        self.tr("By", "Por"),
                        by.trim(),
                        self.date_time(at)
                    ))],
                    _ => vec![Span::bold(self.tr("Not acknowledged", "Sin atender"))],
                };
                let mut note = vec![];
                if let Some(said) = a.team_said.as_deref().filter(|s| !s.trim().is_empty()) {
                    note.push(Span::bold(self.tr("The team said: ", "El equipo dijo: ")));
                    note.push(Span::plain(format!("“{}”", said.trim())));
                }
                if a.rules_version != RULES_VERSION {
                    note.push(Span::plain(match self.lang {
                        Language::En => format!(" (rules {})", a.rules_version),
                        Language::Es => format!(" (reglas {})", a.rules_version),
                    }));
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
        doc.h2(&self.tr("Missed reminders", "Recordatorios no atendidos a tiempo"));
        let missed = missed_reminders(&data.reminders, self.now);
        doc.lead(&match self.lang {
            Language::En => format!(
                "A reminder to take a reading, change the bag or confirm the premedication is \
                 listed when it was still open more than {MISSED_AFTER_MINUTES} minutes after \
                 its time, whatever ended it (a reading, a new bag, OK or the end of the \
                 course); a bag change {OVERDUE_ALERT_MINUTES} minutes late is always listed."
            ),
            Language::Es => format!(
                "Se anota un recordatorio de tomar los signos, cambiar la bolsa o confirmar la \
                 premedicación cuando siguió pendiente más de {MISSED_AFTER_MINUTES} minutos \
                 después de su hora, sin importar cómo terminó (un registro, una bolsa nueva, \
                 al aceptarlo o al terminar el tratamiento); un cambio de bolsa con \
                 {OVERDUE_ALERT_MINUTES} minutos de atraso siempre se anota."
            ),
        });
        if missed.is_empty() {
            doc.paragraph(&self.tr(
                "No reminders were missed.",
                "No hubo recordatorios sin atender a tiempo.",
            ));
            return;
        }
        let cols = [
            GridColumn::new(self.tr("Reminder", "Recordatorio"), 2.6),
            GridColumn::new(self.tr("Due", "Hora"), 1.7),
            GridColumn::new(self.tr("How it ended", "Cómo terminó"), 3.6),
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
                let late = format_duration(at - bag_due);
                match lang {
                    Language::En => format!("{late} after the bag was due"),
                    Language::Es => format!("{late} después de la hora de cambiar la bolsa"),
                }
            } else {
                let late = format_duration(at - r.due_at);
                match lang {
                    Language::En => format!("{late} after its time"),
                    Language::Es => format!("{late} después de su hora"),
                }
            }
        };
        let Some(at) = r
            .acknowledged_at
            .filter(|_| r.state == ReminderState::Acknowledged)
        else {
            return match lang {
                Language::En => format!("Still open at this report ({})", after(self.now)),
                Language::Es => format!("Sigue pendiente en este informe ({})", after(self.now)),
            };
        };
        let when = self.date_time(at);
        let who = r
            .acknowledged_by
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        match (r.closed_by, lang) {
            (Some(ClosedBy::CourseEnded), Language::En) => {
                format!("Still open when the course ended, {when} ({})", after(at))
            }
            (Some(ClosedBy::CourseEnded), Language::Es) => {
                format!(
                    "Seguía pendiente al terminar el tratamiento, el {when} ({})",
                    after(at)
                )
            }
            (Some(ClosedBy::Reading), Language::En) => {
                format!("Reading entered {when} ({})", after(at))
            }
            (Some(ClosedBy::Reading), Language::Es) => {
                format!("Registro anotado el {when} ({})", after(at))
            }
            (Some(ClosedBy::NewBag), Language::En) => {
                format!("New bag logged {when} ({})", after(at))
            }
            (Some(ClosedBy::NewBag), Language::Es) => {
                format!("Bolsa nueva registrada el {when} ({})", after(at))
            }
            (Some(ClosedBy::Resumed), Language::En) => {
                format!("Infusion resumed {when} ({})", after(at))
            }
            (Some(ClosedBy::Resumed), Language::Es) => {
                format!("Infusión reanudada el {when} ({})", after(at))
            }
            (_, Language::En) => match who {
                Some(w) => format!("OK pressed by {w}, {when} ({})", after(at)),
                None => format!("OK pressed {when} ({})", after(at)),
            },
            (_, Language::Es) => match who {
                Some(w) => format!("{w} pulsó “Entendido” el {when} ({})", after(at)),
                None => format!("Se pulsó “Entendido” el {when} ({})", after(at)),
            },
        }
    }

    // ---- every reading -----------------------------------------------------------------

    fn readings(&self, doc: &mut Document, data: &Data) {
        doc.h2(&self.tr("Every reading", "Todos los registros"));
        if data.entries.is_empty() {
            doc.paragraph(&self.tr("No readings yet.", "Aún no hay registros."));
            return;
        }
        doc.lead(&self.tr(
            "Oldest first. Values outside the limits are in bold. A corrected reading is in \
             grey, with who corrected it, when and why; its correction is the next row.",
            "Del más antiguo al más reciente. Los valores fuera de los límites van en \
             negritas. Un registro corregido va en gris, con quién lo corrigió, cuándo y por \
             qué; su corrección es la fila siguiente.",
        ));
        let cols = [
            GridColumn::new(self.tr("Time", "Hora"), 1.25),
            GridColumn::new(self.tr("Temp.", "Temp."), 1.05),
            GridColumn::new(self.tr("BP mmHg", "Presión mmHg"), 1.05),
            GridColumn::new(self.tr("Heart rate", "Pulso"), 0.8),
            GridColumn::new("SpO₂", 0.7),
            GridColumn::new(self.tr("Signs", "Señales"), 3.1),
            GridColumn::new(self.tr("Pump", "Bomba"), 1.4),
            GridColumn::new(self.tr("Alert", "Alerta"), 1.5),
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
        let lang = self.lang;
        match &e.superseded_by {
            Some(link) => vec![
                Span::bold(match lang {
                    Language::En => format!(
                        "Corrected by {} on {}. ",
                        link.amended_by,
                        self.date_time(link.amended_at)
                    ),
                    Language::Es => format!(
                        "Corregido por {} el {}. ",
                        link.amended_by,
                        self.date_time(link.amended_at)
                    ),
                }),
                Span::plain(match lang {
                    Language::En => {
                        format!("Reason: “{}”. The correction is the next row.", link.reason)
                    }
                    Language::Es => format!(
                        "Motivo: “{}”. La corrección es la fila siguiente.",
                        link.reason
                    ),
                }),
            ],
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
            time_cell.push(Span::bold(self.tr("Corrected", "Corregido")));
        } else if e.corrects.is_some() {
            time_cell.push(Span::bold(self.tr("Correction", "Corrección")));
        }
        time_cell
    }

    fn day_band(&self, date: NaiveDate) -> String {
        let d = format_date(self.lang, date);
        match self
            .course()
            .and_then(|c| c.day_of(date).map(|n| (n, c.days())))
        {
            Some((n, m)) => match self.lang {
                Language::En => format!("Day {n} of {m} · {d}"),
                Language::Es => format!("Día {n} de {m} · {d}"),
            },
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
            Some(list) if list.is_empty() => vec![self.tr("None", "Ninguna")],
            Some(list) => list.iter().map(|s| pick(lang, symptom_text(*s))).collect(),
        };
        // The v2 inputs with no column of their own ride with the signs.
        if let Some(rr) = r.respiratory_rate_per_min {
            signs.push(format!(
                "{} {rr:.0}/min",
                self.tr("Breathing", "Respiración")
            ));
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
            signs.push(format!(
                "{} {}",
                self.tr("Fever medicine at", "Medicina para la fiebre a las"),
                format_clock(self.lang, given.fixed_offset())
            ));
        } else if r.antipyretic_in_last_6h == Some(true) {
            signs.push(self.tr(
                "Fever medicine in the last 6 h",
                "Medicina para la fiebre en las últimas 6 h",
            ));
        }
        let signs = if signs.is_empty() {
            dash()
        } else {
            vec![Span::plain(signs.join("; "))]
        };
        let pump = match r.pump {
            None => dash(),
            Some(PumpStatus::Running) => vec![Span::plain(self.tr("Running", "Funciona"))],
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
        assert_eq!(format_duration(Duration::minutes(45)), "45\u{a0}min");
        assert_eq!(
            format_duration(Duration::minutes(61)),
            "1\u{a0}h 01\u{a0}min"
        );
        assert_eq!(
            format_duration(Duration::minutes(47 * 60 + 59)),
            "47\u{a0}h 59\u{a0}min"
        );
        assert_eq!(format_duration(Duration::hours(76)), "3\u{a0}d 4\u{a0}h");
        assert_eq!(format_duration(Duration::minutes(-5)), "0\u{a0}min");
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
