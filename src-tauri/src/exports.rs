//! Printable documents: the fridge checklist and the training record, written as PDF into
//! the family's Documents folder and opened in the system's viewer for printing.

use std::path::{Path, PathBuf};

use centinela_core::checklist::diary_checklist_pdf;
use centinela_core::diary::{Language, StoreError};
use centinela_core::files::write_atomic;
use centinela_core::training::module_title;
use centinela_core::training::MODULES;
use centinela_core::training_record::{training_record_pdf, TrainingRecordDoc};
use serde::{Deserialize, Serialize};
use tauri_plugin_opener::OpenerExt;

use crate::commands::{CommandError, Shell};
use crate::training::TrainingState;

type Answer<T> = Result<T, CommandError>;

/// A document written for the family.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct ExportedFile {
    pub path: String,
}

fn failed(code: &str, message: String) -> CommandError {
    CommandError {
        code: code.into(),
        message,
        field: None,
        rejection: None,
    }
}

/// Where documents go: `Documents/Centinela` (or `~/Documents/Centinela` when the
/// system names no documents folder).
pub fn export_dir() -> Option<PathBuf> {
    dirs::document_dir()
        .or_else(|| dirs::home_dir().map(|h| h.join("Documents")))
        .map(|d| d.join("Centinela"))
}

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
    if !is_ours(&path, &dir) {
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
