//! The fridge checklist: one A4 page with what to watch for, grouped by what to do, the
//! limits for this child's age today, and whom to call in order.
//!
//! Everything clinical comes from the engine: the symptom and pump tables and their
//! wording, the age limits, the oxygen cut-offs, and (by asking the engine) which signs
//! turn low blood pressure into an emergency. So the sheet cannot say something the app
//! would not.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use crate::assessment::{
    assess, breathing_rate_limit, heart_rate_extreme_from, heart_rate_severe_below,
    heart_rate_upper_limit, systolic_lower_limit, Action, CTCAE_FEVER_C, CURRENT_WINDOW_HOURS,
    HYPOTHERMIA_BELOW_C, HYPOXIA_BELOW, INFANT_FEVER_UNDER_MONTHS, LOW_OXYGEN_BELOW,
    RECENT_WINDOW_HOURS, RULES_VERSION,
};
use crate::bag::{BagDuration, OVERDUE_ALERT_MINUTES};
use crate::course::{CoursePlan, CLOSE_WATCH_FIRST_DAYS};
use crate::diary::{Contact, ContactRole, Language, Setup};
use crate::document::{Block, Document, Span, Tone};
use crate::format::{
    first_name, format_age, format_date, format_date_time, format_temp, pick, rich, w,
};
use crate::messages::{self, action_advice, pump_text, reason_message, symptom_text};
use crate::patient::Age;
use crate::reading::{PumpStatus, Reading, Symptom, TempUnit};

/// What the checklist is made from. Plain data: the caller reads the diary and the clock.
#[derive(Debug, Clone)]
pub struct ChecklistInput<'a> {
    pub setup: &'a Setup,
    /// When the bag hanging now is due, in the family's local time; None if none logged.
    pub next_bag_due: Option<DateTime<FixedOffset>>,
    /// The planned duration of the bag hanging now (the protocol's 48 h when unknown).
    pub bag_duration: Option<BagDuration>,
    /// The day the sheet is printed: the age limits are for this day.
    pub today: NaiveDate,
    pub lang: Language,
}

/// The checklist as a PDF.
pub fn checklist_pdf(input: &ChecklistInput<'_>) -> Vec<u8> {
    checklist_document(input).finish()
}

/// The checklist of a diary as it stands at `now` (local time of `now`'s zone): its setup,
/// the bag hanging now, and `lang` or else the family's language. `None` before setup.
pub fn diary_checklist_pdf<Tz: chrono::TimeZone>(
    diary: &crate::diary::Diary,
    now: DateTime<Tz>,
    lang: Option<Language>,
) -> Result<Option<Vec<u8>>, crate::diary::StoreError> {
    let Some(setup) = diary.setup()? else {
        return Ok(None);
    };
    let bag = diary.current_bag()?;
    let tz = now.timezone();
    let input = ChecklistInput {
        lang: lang.unwrap_or(setup.settings.language),
        next_bag_due: bag
            .as_ref()
            .map(|b| b.due_at.with_timezone(&tz).fixed_offset()),
        bag_duration: bag.as_ref().map(|b| b.duration),
        today: now.date_naive(),
        setup: &setup,
    };
    Ok(Some(checklist_pdf(&input)))
}

fn role_name(lang: Language, role: ContactRole) -> String {
    // The screens' own names for the roles.
    let id = match role {
        ContactRole::Team24h => "role-team24h",
        ContactRole::Second => "role-second",
        ContactRole::EmergencyDepartment => "role-emergency_department",
        ContactRole::EmergencyNumber => "role-emergency_number",
    };
    w(lang, id, &[])
}

/// The ladder as the app calls it for "call now" (team line, next contact, emergency
/// department), then the emergency number; stored order within a role.
pub fn contact_ladder(contacts: &[Contact]) -> Vec<&Contact> {
    [
        ContactRole::Team24h,
        ContactRole::Second,
        ContactRole::EmergencyDepartment,
        ContactRole::EmergencyNumber,
    ]
    .iter()
    .flat_map(|role| {
        contacts
            .iter()
            .filter(move |c| c.role == *role && !c.phone.trim().is_empty())
    })
    .collect()
}

/// The signs that, with low blood pressure, make it an emergency (care-rules §7
/// `shock_signs`), found by asking the engine rather than copying its list.
fn shock_signs(setup: &Setup, today: NaiveDate) -> Vec<Symptom> {
    let patient = setup.patient.patient();
    let age = Age::on(patient.birth_date, today).unwrap_or(Age {
        days: 0,
        months: 0,
        years: 0,
    });
    let at = today
        .and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon exists"))
        .and_utc()
        .fixed_offset();
    Symptom::ALL
        .iter()
        .copied()
        .filter(|s| s.action() < Action::Emergency)
        .filter(|s| {
            let mut r = Reading::at(at);
            r.systolic_mmhg = Some(systolic_lower_limit(age) - 1.0);
            r.symptoms = Some(vec![*s]);
            assess(&patient, &setup.care_plan, &[r], &[], at)
                .reasons
                .iter()
                .any(|x| x.code == "shock_signs")
        })
        .collect()
}

/// The wording of a symptom inside a sentence: first letter lower-case.
fn inline(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn symptoms_for(lang: Language, action: Action) -> Vec<Vec<Span>> {
    Symptom::ALL
        .iter()
        .filter(|s| s.action() == action)
        .map(|s| vec![Span::plain(pick(lang, symptom_text(*s)))])
        .collect()
}

/// The checklist laid out, before drawing (tests look at its page count and fonts).
/// What every part of the sheet needs: the family's language and unit, the child's age
/// on the day it is printed, and the low-pressure limit most boxes repeat.
struct Sheet<'a> {
    lang: Language,
    setup: &'a Setup,
    name: &'a str,
    age: Age,
    unit: TempUnit,
    today: NaiveDate,
    low_bp: String,
    recent_fever: String,
}

impl<'a> Sheet<'a> {
    fn new(input: &ChecklistInput<'a>) -> Sheet<'a> {
        let lang = input.lang;
        let setup = input.setup;
        let age = Age::on(setup.patient.birth_date, input.today).unwrap_or(Age {
            days: 0,
            months: 0,
            years: 0,
        });
        let systolic = format!("{:.0}", systolic_lower_limit(age));
        let low_bp = w(lang, "sheet-low-bp", &[("systolic", &systolic)]);
        Sheet {
            lang,
            setup,
            name: first_name(&setup.patient.name),
            age,
            unit: setup.settings.temperature_unit,
            today: input.today,
            low_bp,
            recent_fever: format_temp(CTCAE_FEVER_C, setup.settings.temperature_unit),
        }
    }
}

pub fn checklist_document(input: &ChecklistInput<'_>) -> Document {
    let sheet = Sheet::new(input);
    let mut doc = heading(&sheet, input);
    doc.set_columns(2);
    emergency_box(&mut doc, &sheet);
    call_now_box(&mut doc, &sheet);
    call_today_box(&mut doc, &sheet);
    routine_box(&mut doc, &sheet);
    call_box(&mut doc, &sheet);
    doc
}

/// The title, the footer, the age the limits are for and the next bag change, full width.
fn heading(sheet: &Sheet<'_>, input: &ChecklistInput<'_>) -> Document {
    let lang = sheet.lang;
    let age = sheet.age;
    let name = sheet.name;
    let today = format_date(lang, input.today);
    let bag_hours = input.bag_duration.unwrap_or_default().hours();

    let title = w(lang, "sheet-title", &[("name", name)]);
    let mut doc = Document::new(&title, lang);
    doc.set_margin_mm(6.5);
    doc.set_body_size(8.0);
    doc.set_footer(&w(
        lang,
        "sheet-footer",
        &[("rules", RULES_VERSION), ("today", &today)],
    ));
    doc.h1(&title);
    // One line each, here and for the bag: the sheet is one page.
    let age_today = format!("{} ({today})", format_age(lang, age));
    doc.rich_paragraph(&rich(
        lang,
        "sheet-limits",
        &[("name", name), ("age", &age_today)],
    ));

    let bag = match input.next_bag_due {
        Some(due) => {
            let s = format_date_time(lang, due);
            if due.date_naive() < input.today {
                w(lang, "sheet-bag-past", &[("due", &s)])
            } else {
                s
            }
        }
        None => w(lang, "sheet-bag-none", &[]),
    };
    // Full width, where a line holds twice as much as in a column: the sheet is one page.
    doc.rich_paragraph(&rich(
        lang,
        "sheet-bag",
        &[("due", &bag), ("hours", &bag_hours.to_string())],
    ));
    doc
}

fn emergency_box(doc: &mut Document, sheet: &Sheet<'_>) {
    let lang = sheet.lang;
    let setup = sheet.setup;
    // Whom to call goes in the box of the action that calls for them (care-rules §7): the
    // emergency number first in the emergency box, the team's ladder under call now.
    let emergency_contacts = contact_rows(
        lang,
        &setup.contacts,
        &[
            ContactRole::EmergencyNumber,
            ContactRole::EmergencyDepartment,
        ],
    );
    // Emergency.
    let emergency = emergency_signs(sheet);
    doc.section(
        Tone::Emergency,
        &w(lang, "action-emergency", &[]),
        "",
        &[
            Block::Paragraph(vec![Span::bold(pick(
                lang,
                action_advice(Action::Emergency),
            ))]),
            emergency_contacts,
            Block::Bullets(emergency),
        ],
    );
}

/// The signs that call for the emergency number, with this child's limits.
fn emergency_signs(sheet: &Sheet<'_>) -> Vec<Vec<Span>> {
    let lang = sheet.lang;
    let setup = sheet.setup;
    let age = sheet.age;
    let low_bp = &sheet.low_bp;
    let recent_fever = &sheet.recent_fever;
    let shock: Vec<String> = shock_signs(setup, sheet.today)
        .into_iter()
        .map(|s| inline(&pick(lang, symptom_text(s))))
        .collect();
    let mut emergency = symptoms_for(lang, Action::Emergency);
    let line = |id: &str, args: &[(&str, &str)]| vec![Span::plain(w(lang, id, args))];
    emergency.push(line(
        "sheet-oxygen-below",
        &[("percent", &format!("{HYPOXIA_BELOW:.0}"))],
    ));
    emergency.push(line(
        "sheet-low-bp-fever",
        &[
            ("lowBp", low_bp),
            ("fever", recent_fever),
            ("recentHours", &RECENT_WINDOW_HOURS.to_string()),
            ("currentHours", &CURRENT_WINDOW_HOURS.to_string()),
        ],
    ));
    // One line for all the signs (the sheet must stay one page); the engine's wordings
    // contain commas themselves, so they are set apart by " / ".
    emergency.push(line(
        "sheet-low-bp-shock",
        &[("lowBp", low_bp), ("signs", &shock.join(" / "))],
    ));
    // Care rules v2: an infant's fever, fever with poor circulation, a pressure low twice,
    // a very slow heart and a catheter out are emergencies too.
    if age.months < INFANT_FEVER_UNDER_MONTHS {
        emergency.push(line("sheet-infant-fever", &[("fever", recent_fever)]));
    }
    emergency.push(vec![Span::plain(pick(
        lang,
        reason_message("sepsis_signs"),
    ))]);
    emergency.push(line("sheet-low-bp-twice", &[("lowBp", low_bp)]));
    if heart_rate_severe_below(age).is_some() {
        emergency.push(vec![Span::plain(pick(
            lang,
            reason_message("bradycardia_severe"),
        ))]);
    }
    // The first aid for it is on the screen when it is entered; the sheet names it.
    emergency.push(vec![Span::plain(pick(
        lang,
        pump_text(PumpStatus::LineOutOrBroken),
    ))]);
    emergency
}

fn call_now_box(doc: &mut Document, sheet: &Sheet<'_>) {
    let lang = sheet.lang;
    let setup = sheet.setup;
    let team_ladder = contact_rows(
        lang,
        &setup.contacts,
        // The emergency department (the ladder's last step) is in the emergency box.
        &[ContactRole::Team24h, ContactRole::Second],
    );
    // Call the team now.
    let call_now = call_now_signs(sheet);
    let pump = pump_signs(lang);
    doc.section(
        Tone::CallNow,
        &w(lang, "action-call_now", &[]),
        "",
        &[
            Block::Paragraph(vec![Span::bold(pick(lang, action_advice(Action::CallNow)))]),
            team_ladder,
            Block::Bullets(call_now),
            Block::Subheading(w(lang, "sheet-pump-heading", &[])),
            Block::Bullets(pump),
            Block::Paragraph(vec![Span::bold(pump_advice(lang))]),
        ],
    );
}

/// The signs that call the team now, with this child's limits.
fn call_now_signs(sheet: &Sheet<'_>) -> Vec<Vec<Span>> {
    let lang = sheet.lang;
    let setup = sheet.setup;
    let age = sheet.age;
    let unit = sheet.unit;
    let low_bp = &sheet.low_bp;
    let fever = format_temp(setup.care_plan.fever_threshold_c, unit);
    let line = |id: &str, args: &[(&str, &str)]| vec![Span::plain(w(lang, id, args))];
    let mut call_now = vec![
        line("sheet-fever", &[("fever", &fever)]),
        line("sheet-low-bp-again", &[("lowBp", low_bp)]),
        line(
            "sheet-oxygen-below",
            &[("percent", &format!("{LOW_OXYGEN_BELOW:.0}"))],
        ),
        line(
            "sheet-cold",
            &[("temp", &format_temp(HYPOTHERMIA_BELOW_C, unit))],
        ),
        line(
            "sheet-breathing",
            &[("rate", &format!("{:.0}", breathing_rate_limit(age)))],
        ),
        line(
            "sheet-pulse-extreme",
            &[("rate", &format!("{:.0}", heart_rate_extreme_from(age)))],
        ),
    ];
    call_now.extend(symptoms_for(lang, Action::CallNow));
    call_now
}

/// The pump and line problems that call the team now.
fn pump_signs(lang: Language) -> Vec<Vec<Span>> {
    let mut pump: Vec<Vec<Span>> = PumpStatus::ALL
        .iter()
        .filter(|p| p.action() == Action::CallNow)
        .map(|p| vec![Span::plain(pick(lang, pump_text(*p)))])
        .collect();
    pump.push(vec![Span::plain(w(
        lang,
        "sheet-no-new-bag",
        &[("minutes", &OVERDUE_ALERT_MINUTES.to_string())],
    ))]);
    pump
}

fn call_today_box(doc: &mut Document, sheet: &Sheet<'_>) {
    let lang = sheet.lang;
    let age = sheet.age;
    let heart = format!("{:.0}", heart_rate_upper_limit(age));
    // Tell the team today.
    let mut today_items = vec![vec![Span::plain(w(
        lang,
        "sheet-pulse-high",
        &[("rate", &heart)],
    ))]];
    today_items.extend(symptoms_for(lang, Action::CallToday));
    doc.section(
        Tone::CallToday,
        &w(lang, "action-call_today", &[]),
        "",
        &[
            Block::Paragraph(vec![Span::bold(pick(
                lang,
                action_advice(Action::CallToday),
            ))]),
            Block::Bullets(today_items),
        ],
    );
}

fn routine_box(doc: &mut Document, sheet: &Sheet<'_>) {
    let lang = sheet.lang;
    let setup = sheet.setup;
    let (every, close_every) = setup.course.as_ref().map_or(
        (
            CoursePlan::DEFAULT_READING_EVERY_HOURS,
            CoursePlan::DEFAULT_CLOSE_WATCH_EVERY_HOURS,
        ),
        |c| (c.reading_every_hours, c.close_watch_every_hours),
    );
    // Routine.
    let routine = vec![
        w(
            lang,
            "sheet-reading-every",
            &[
                ("every", &every.to_string()),
                ("close", &close_every.to_string()),
                ("firstDays", &CLOSE_WATCH_FIRST_DAYS.to_string()),
            ],
        ),
        w(lang, "sheet-fever-medicine", &[]),
    ];
    doc.section(
        Tone::Routine,
        &w(lang, "action-routine", &[]),
        "",
        &[
            Block::Paragraph(vec![Span::bold(pick(lang, action_advice(Action::Routine)))]),
            Block::bullets(routine),
        ],
    );
}

fn call_box(doc: &mut Document, sheet: &Sheet<'_>) {
    let lang = sheet.lang;
    let setup = sheet.setup;
    let age = sheet.age;
    let name = sheet.name;
    // What to have ready on the phone, in the order of the app's call card; short, as the
    // sheet is one page: the app's card has the diary's values.
    let [who_h, what_h, did_h] = messages::call_headings().map(|h| pick(lang, h));
    let who = format!(
        "{} {}",
        pick(
            lang,
            messages::call_child(name, Some(age), setup.patient.weight_kg)
        ),
        pick(lang, messages::call_sheet_who())
    );
    // One run of text, not bullets: no half-empty lines.
    let mut spans = vec![];
    for (heading, body) in [
        (who_h, who),
        (what_h, pick(lang, messages::call_sheet_what())),
        (did_h, pick(lang, messages::call_sheet_did())),
    ] {
        let gap = if spans.is_empty() { "" } else { " " };
        spans.push(Span::bold(format!("{gap}{heading}: ")));
        spans.push(Span::plain(body));
    }
    doc.section(
        Tone::Info,
        &pick(lang, messages::call_title()),
        "",
        &[Block::Paragraph(spans)],
    );
}

/// The contacts of these roles, in this order (stored order within a role), numbered as
/// the family calls them; a line asking for the numbers when none is saved.
fn contact_rows(lang: Language, contacts: &[Contact], roles: &[ContactRole]) -> Block {
    let chosen: Vec<&Contact> = roles
        .iter()
        .flat_map(|role| {
            contacts
                .iter()
                .filter(move |c| c.role == *role && !c.phone.trim().is_empty())
        })
        .collect();
    let rows = if chosen.is_empty() {
        vec![(
            w(lang, "sheet-no-phones", &[]),
            w(lang, "sheet-ask-team", &[]),
        )]
    } else {
        chosen
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut label = format!("{}. {}", i + 1, role_name(lang, c.role));
                if !c.name.trim().is_empty() {
                    label.push_str(&format!(": {}", c.name.trim()));
                }
                if let Some(a) = c.address.as_deref().filter(|a| !a.trim().is_empty()) {
                    label.push_str(&format!(" ({})", a.trim()));
                }
                (label, c.phone.clone())
            })
            .collect()
    };
    Block::Table {
        rows,
        label_share: 0.62,
    }
}

/// "Do not change the pump settings…": the engine's own advice for every pump problem.
fn pump_advice(lang: Language) -> String {
    let p = PumpStatus::Alarm;
    let full = pick(lang, reason_message(&format!("pump_{}", p.code())));
    let what = format!("{}. ", pick(lang, pump_text(p)));
    full.strip_prefix(&what).unwrap_or(&full).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn shock_signs_are_the_engines() {
        let setup: Setup =
            serde_json::from_str(include_str!("../tests/fixtures/checklist/setup.json")).unwrap();
        assert_eq!(
            shock_signs(&setup, d("2026-11-21")),
            [
                Symptom::UnusualSleepiness,
                Symptom::DizzinessFainting,
                Symptom::PaleColdSkin
            ]
        );
    }

    #[test]
    fn the_pump_advice_is_the_engines() {
        assert!(pump_advice(Language::En).starts_with("Do not change the pump settings"));
        assert!(pump_advice(Language::Es).starts_with("No cambie la programación"));
    }
}
