//! The signed-off record of the nurse's home-care teaching session: who was trained, what
//! was covered, the quiz score, and lines to sign.

use chrono::{DateTime, FixedOffset};

use crate::diary::Language;
use crate::document::{Block, Document, Span, Tone};
use crate::format::{format_date_time, tr};

/// What the record shows. Module titles come already in `lang`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingRecordDoc {
    pub lang: Language,
    pub child_name: String,
    pub caregivers: Vec<String>,
    pub nurse: String,
    pub signed_at: DateTime<FixedOffset>,
    /// (module title, covered in the session)
    pub modules: Vec<(String, bool)>,
    pub score_passed: u32,
    pub score_total: u32,
    pub note: Option<String>,
}

/// The training record as a PDF (one page for a usual session).
pub fn training_record_pdf(record: &TrainingRecordDoc) -> Vec<u8> {
    training_record_document(record).finish()
}

/// The record laid out, before drawing.
pub fn training_record_document(r: &TrainingRecordDoc) -> Document {
    let lang = r.lang;
    let title = tr(
        lang,
        "Home-care training record",
        "Constancia de capacitación para el cuidado en casa",
    );
    let mut doc = Document::new(&title, lang);
    doc.set_body_size(10.5);
    doc.set_footer(&tr(
        lang,
        "Centinela · home blinatumomab infusion",
        "Centinela · infusión de blinatumomab en casa",
    ));
    doc.h1(&title);

    let none = || tr(lang, "(none)", "(ninguno)");
    let caregivers = if r.caregivers.is_empty() {
        none()
    } else {
        r.caregivers.join(", ")
    };
    doc.table(&[
        (tr(lang, "Child", "Niña o niño"), r.child_name.clone()),
        (
            tr(lang, "Caregivers trained", "Cuidadores capacitados"),
            caregivers,
        ),
        (tr(lang, "Nurse", "Enfermera o enfermero"), r.nurse.clone()),
        (
            tr(lang, "Date and time", "Fecha y hora"),
            format_date_time(lang, r.signed_at),
        ),
        (
            tr(lang, "Quiz", "Evaluación"),
            match lang {
                Language::En => format!("{} of {} correct", r.score_passed, r.score_total),
                Language::Es => format!("{} de {} correctas", r.score_passed, r.score_total),
            },
        ),
    ]);

    let yes = tr(lang, "Covered", "Visto");
    let no = tr(lang, "Not covered", "No visto");
    let rows: Vec<(String, String)> = r
        .modules
        .iter()
        .map(|(t, covered)| (t.clone(), if *covered { yes.clone() } else { no.clone() }))
        .collect();
    doc.section(
        Tone::Info,
        &tr(lang, "What was covered", "Temas revisados"),
        "",
        &[if rows.is_empty() {
            Block::text(none())
        } else {
            Block::Table {
                rows,
                label_share: 0.72,
            }
        }],
    );

    if let Some(note) = r.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        doc.h2(&tr(lang, "Note", "Nota"));
        doc.paragraph(note);
    }

    signatures(&mut doc, r);
    doc
}

/// What signing means, and a line to sign for the nurse and each caregiver.
fn signatures(doc: &mut Document, r: &TrainingRecordDoc) {
    let lang = r.lang;
    doc.space(doc.body_size());
    doc.rich_paragraph(&[Span::plain(tr(
        lang,
        "By signing, the caregivers confirm they were shown how to take the readings, what \
         the signs in each group mean, whom to call and in what order, and what to do when \
         the pump alarms. The nurse confirms the session took place.",
        "Al firmar, los cuidadores confirman que se les enseñó a tomar los registros, qué \
         significan las señales de cada grupo, a quién llamar y en qué orden, y qué hacer \
         cuando la bomba suena. El personal de enfermería confirma que la sesión se realizó.",
    ))]);
    doc.h2(&tr(lang, "Signatures", "Firmas"));
    let mut sigs = vec![Block::Signature(format!(
        "{} — {}",
        r.nurse,
        tr(lang, "nurse", "enfermería")
    ))];
    sigs.extend(
        r.caregivers
            .iter()
            .map(|c| Block::Signature(format!("{c} — {}", tr(lang, "caregiver", "cuidador(a)")))),
    );
    for s in &sigs {
        doc.block(s);
    }
}
