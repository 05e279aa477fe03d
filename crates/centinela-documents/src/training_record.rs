//! The signed-off record of the nurse's home-care teaching session: who was trained, what
//! was covered, the quiz score, and lines to sign.

use chrono::{DateTime, FixedOffset};

use crate::diary::Language;
use crate::document::{Block, Document, Span, Tone};
use crate::format::{format_date_time, w};

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
    let title = w(lang, "record-pdf-title", &[]);
    let mut doc = Document::new(&title, lang);
    doc.set_body_size(10.5);
    doc.set_footer(&w(lang, "record-pdf-footer", &[]));
    doc.h1(&title);

    let none = || w(lang, "record-pdf-none", &[]);
    let caregivers = if r.caregivers.is_empty() {
        none()
    } else {
        r.caregivers.join(", ")
    };
    doc.table(&[
        (w(lang, "record-pdf-child", &[]), r.child_name.clone()),
        (w(lang, "training-record-caregivers", &[]), caregivers),
        (w(lang, "training-record-nurse", &[]), r.nurse.clone()),
        (
            w(lang, "training-record-when", &[]),
            format_date_time(lang, r.signed_at),
        ),
        (
            w(lang, "training-record-score", &[]),
            w(
                lang,
                "training-score",
                &[
                    ("passed", &r.score_passed.to_string()),
                    ("total", &r.score_total.to_string()),
                ],
            ),
        ),
    ]);

    let yes = w(lang, "record-pdf-covered", &[]);
    let no = w(lang, "record-pdf-notCovered", &[]);
    let rows: Vec<(String, String)> = r
        .modules
        .iter()
        .map(|(t, covered)| (t.clone(), if *covered { yes.clone() } else { no.clone() }))
        .collect();
    doc.section(
        Tone::Info,
        &w(lang, "training-record-modules", &[]),
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
        doc.h2(&w(lang, "training-record-note", &[]));
        doc.paragraph(note);
    }

    signatures(&mut doc, r);
    doc
}

/// What signing means, and a line to sign for the nurse and each caregiver.
fn signatures(doc: &mut Document, r: &TrainingRecordDoc) {
    let lang = r.lang;
    doc.space(doc.body_size());
    doc.rich_paragraph(&[Span::plain(w(lang, "record-pdf-signing", &[]))]);
    doc.h2(&w(lang, "record-pdf-signatures", &[]));
    let mut sigs = vec![Block::Signature(format!(
        "{} — {}",
        r.nurse,
        w(lang, "record-pdf-nurse", &[])
    ))];
    sigs.extend(
        r.caregivers
            .iter()
            .map(|c| Block::Signature(format!("{c} — {}", w(lang, "record-pdf-caregiver", &[])))),
    );
    for s in &sigs {
        doc.block(s);
    }
}
