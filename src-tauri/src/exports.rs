//! Documents and data that leave the app.
//!
//! - The fridge checklist and the training record go straight into `Documents/Centinela`.
//! - The clinic report, the CSV and the FHIR export go where the family picks in a save
//!   dialog (a USB stick, the clinic's shared folder), starting in `Documents/Centinela`.
//!
//! Every file is written atomically, so a failed or cancelled export never leaves half a file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use centinela_core::diary::{Language, StoreError};
use centinela_core::export::{fhir_bundle, readings_csv, ExportMode};
use centinela_core::files::write_atomic;
use centinela_core::training::module_title;
use centinela_core::training::MODULES;
use centinela_documents::checklist::diary_checklist_pdf;
use centinela_documents::report::diary_report_pdf;
use centinela_documents::training_record::{training_record_pdf, TrainingRecordDoc};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager};
use tauri_plugin_opener::OpenerExt;

use crate::dialog::{ask_where, export_dir, SaveAs};
use crate::shell::{failed, CommandError, Shell};
use crate::training::TrainingState;

type Answer<T> = Result<T, CommandError>;

/// A document written for the family.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ExportedFile {
    pub path: String,
}

/// Files the family saved through the dialog in this session: the only ones outside the
/// export folder that `open_exported` may open.
#[derive(Default)]
pub struct SavedFiles(pub Mutex<HashSet<PathBuf>>);

fn write(name: &str, bytes: &[u8]) -> Answer<ExportedFile> {
    let dir = export_dir().ok_or_else(|| failed("export_failed", "no home folder".into()))?;
    std::fs::create_dir_all(&dir).map_err(|e| {
        failed(
            "export_failed",
            format!("cannot make {}: {e}", dir.display()),
        )
    })?;
    let path = dir.join(name);
    write_atomic(&path, bytes).map_err(|e| {
        failed(
            "export_failed",
            format!("cannot write {}: {e}", path.display()),
        )
    })?;
    Ok(ExportedFile {
        path: path.display().to_string(),
    })
}

/// The one-page fridge checklist in the family's language, with their contacts and the
/// next bag change.
#[tauri::command]
pub fn export_checklist(shell: tauri::State<'_, Shell>) -> Answer<ExportedFile> {
    let now = shell.clock.now();
    let (pdf, lang) = {
        let diary = shell
            .diary
            .lock()
            .map_err(|_| failed("storage", "the diary is unavailable".into()))?;
        let lang = diary.settings()?.language;
        let now_local = now.with_timezone(&chrono::Local);
        let pdf = diary_checklist_pdf(&diary, now_local, None)?.ok_or(StoreError::NoPatient)?;
        (pdf, lang)
    };
    let name = match lang {
        Language::En => format!("Centinela-checklist-{}.pdf", now.date_naive()),
        Language::Es => format!("Centinela-lista-de-vigilancia-{}.pdf", now.date_naive()),
    };
    write(&name, &pdf)
}

/// The signed-off training record, as PDF.
#[tauri::command]
pub fn export_training_record(
    shell: tauri::State<'_, Shell>,
    training: tauri::State<'_, TrainingState>,
    id: i64,
) -> Answer<ExportedFile> {
    let signoff = training
        .0
        .lock()
        .map_err(|_| failed("storage", "training is unavailable".into()))?
        .signoff(id)?;
    let (child_name, lang) = {
        let diary = shell
            .diary
            .lock()
            .map_err(|_| failed("storage", "the diary is unavailable".into()))?;
        let name = diary.patient()?.map(|p| p.name).unwrap_or_default();
        (name, diary.settings()?.language)
    };
    let modules = MODULES
        .iter()
        .map(|id| {
            let title = module_title(id).expect("every module has a title");
            let title = match lang {
                Language::En => title.en,
                Language::Es => title.es,
            };
            (title, signoff.modules.iter().any(|m| m == id))
        })
        .collect();
    let doc = TrainingRecordDoc {
        lang,
        child_name,
        caregivers: signoff.caregivers.clone(),
        nurse: signoff.nurse.clone(),
        signed_at: signoff.signed_at,
        modules,
        score_passed: signoff.score.passed,
        score_total: signoff.score.total,
        note: signoff.note.clone(),
    };
    let name = match lang {
        Language::En => format!(
            "Centinela-training-record-{}.pdf",
            signoff.signed_at.date_naive()
        ),
        Language::Es => format!(
            "Centinela-constancia-capacitacion-{}.pdf",
            signoff.signed_at.date_naive()
        ),
    };
    write(&name, &training_record_pdf(&doc))
}

/// Write `bytes` where the family chose, atomically, and remember it for "Open".
fn save_chosen(app: &AppHandle, path: PathBuf, bytes: &[u8]) -> Answer<ExportedFile> {
    write_atomic(&path, bytes).map_err(|e| {
        failed(
            "export_failed",
            format!("cannot write {}: {e}", path.display()),
        )
    })?;
    if let Ok(mut saved) = app.state::<SavedFiles>().0.lock() {
        saved.insert(path.clone());
    }
    Ok(ExportedFile {
        path: path.display().to_string(),
    })
}

fn family_language(shell: &Shell) -> Answer<Language> {
    let diary = shell
        .diary
        .lock()
        .map_err(|_| failed("storage", "the diary is unavailable".into()))?;
    Ok(diary.settings()?.language)
}

/// The clinic report, in `lang` (the family's language when not given), saved where the
/// family picks. `None` when they cancel the dialog.
#[tauri::command]
pub async fn save_report(app: AppHandle, lang: Option<Language>) -> Answer<Option<ExportedFile>> {
    let shell = crate::shell::shell_of(&app)?;
    let now = shell.clock.now();
    // Made before the dialog: a diary that cannot make a report says so at once.
    let (pdf, family) = {
        let diary = shell
            .diary
            .lock()
            .map_err(|_| failed("storage", "the diary is unavailable".into()))?;
        let pdf = diary_report_pdf(&diary, now.with_timezone(&chrono::Local), lang)?
            .ok_or(StoreError::NoPatient)?;
        (pdf, diary.settings()?.language)
    };
    let lang = lang.unwrap_or(family);
    let w = |id| centinela_core::catalogue::words(lang, id, &[]);
    let (title, filter) = (w("dialog-report-title"), w("dialog-pdf-filter"));
    let what = SaveAs {
        title: &title,
        filter: &filter,
        extension: "pdf",
        file_name: format!("{}-{}.pdf", w("dialog-report-file"), now.date_naive()),
    };
    match ask_where(&app, &what) {
        Some(path) => save_chosen(&app, path, &pdf).map(Some),
        None => Ok(None),
    }
}

/// The data formats the family can take out of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// The readings, one row each, for a spreadsheet.
    Csv,
    /// A FHIR R4 Bundle, for the hospital's systems.
    Fhir,
}

/// The readings as CSV or the diary as FHIR, for the care team or for sharing, saved where
/// the family picks. `None` when they cancel the dialog.
#[tauri::command]
pub async fn save_export(
    app: AppHandle,
    format: ExportFormat,
    mode: ExportMode,
) -> Answer<Option<ExportedFile>> {
    let shell = crate::shell::shell_of(&app)?;
    let now = shell.clock.now();
    let text = {
        let diary = shell
            .diary
            .lock()
            .map_err(|_| failed("storage", "the diary is unavailable".into()))?;
        match format {
            ExportFormat::Csv => readings_csv(&diary, mode)?,
            ExportFormat::Fhir => fhir_bundle(&diary, mode, now)?,
        }
    };
    let lang = family_language(&shell)?;
    let date = now.date_naive();
    // A shared file carries no calendar date, not even in its name.
    let w = |id| centinela_core::catalogue::words(lang, id, &[]);
    let shared = match mode {
        ExportMode::CareTeam => format!("-{date}"),
        ExportMode::Sharing => format!("-{}", w("dialog-shared-suffix")),
    };
    let (title, filter, extension, stem) = match format {
        ExportFormat::Csv => (
            w("dialog-csv-title"),
            w("dialog-csv-filter"),
            "csv",
            w("dialog-csv-file"),
        ),
        ExportFormat::Fhir => (
            w("dialog-fhir-title"),
            "FHIR JSON".to_string(),
            "json",
            "Centinela-FHIR".to_string(),
        ),
    };
    let what = SaveAs {
        title: &title,
        filter: &filter,
        extension,
        file_name: format!("{stem}{shared}.{extension}"),
    };
    match ask_where(&app, &what) {
        Some(path) => save_chosen(&app, path, text.as_bytes()).map(Some),
        None => Ok(None),
    }
}

/// Whether `path` is a PDF this app wrote (the window may not open anything else).
fn is_ours(path: &Path, dir: &Path) -> bool {
    let Ok(real) = path.canonicalize() else {
        return false;
    };
    let Ok(dir) = dir.canonicalize() else {
        return false;
    };
    real.parent() == Some(dir.as_path())
        && real
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// Open an exported document in the system's PDF viewer, to read or print.
#[tauri::command]
pub fn open_exported(app: tauri::AppHandle, path: String) -> Answer<()> {
    let dir = export_dir().ok_or_else(|| failed("export_failed", "no home folder".into()))?;
    let path = PathBuf::from(path);
    let saved = app
        .state::<SavedFiles>()
        .0
        .lock()
        .map(|s| s.contains(&path))
        .unwrap_or(false);
    let is_pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !(is_ours(&path, &dir) || saved && is_pdf) {
        return Err(failed(
            "not_exported",
            format!("{} is not a document Centinela wrote", path.display()),
        ));
    }
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| {
            failed(
                "open_failed",
                format!("cannot open {}: {e}", path.display()),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pdfs_in_the_export_folder_can_be_opened() {
        let dir = tempfile::TempDir::new().unwrap();
        let ours = dir.path().join("a.pdf");
        std::fs::write(&ours, b"%PDF").unwrap();
        assert!(is_ours(&ours, dir.path()));
        let txt = dir.path().join("a.sh");
        std::fs::write(&txt, b"x").unwrap();
        assert!(!is_ours(&txt, dir.path()));
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let deeper = sub.join("b.pdf");
        std::fs::write(&deeper, b"%PDF").unwrap();
        assert!(!is_ours(&deeper, dir.path()));
        // A path that climbs out of the folder is judged by where it really points.
        let outside = tempfile::TempDir::new().unwrap();
        let evil = outside.path().join("c.pdf");
        std::fs::write(&evil, b"%PDF").unwrap();
        let climbing = dir
            .path()
            .join("..")
            .join(outside.path().file_name().unwrap())
            .join("c.pdf");
        assert!(!is_ours(&climbing, dir.path()));
        assert!(!is_ours(&dir.path().join("missing.pdf"), dir.path()));
    }
}
