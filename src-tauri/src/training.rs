//! Training mode's commands. They only ever touch the training store (its own folder and
//! files); the family's diary is read for the checklist, never written.

use std::sync::{Mutex, MutexGuard};

use centinela_core::diary::StoreError;
use centinela_core::training::{
    AttemptResult, InProgress, NeuroBaseline, NewNeuroBaseline, NewSignOff, PracticeSaved, SignOff,
    Training, TrainingOverview,
};
use centinela_core::{Action, Reading};

use crate::shell::{CommandError, Shell};

type Answer<T> = Result<T, CommandError>;

/// The training store, kept apart from the diary's lock so a long practice never blocks
/// the reminder tick.
pub struct TrainingState(pub Mutex<Training>);

fn locked(state: &TrainingState) -> Answer<MutexGuard<'_, Training>> {
    state.0.lock().map_err(|_| CommandError {
        code: "storage".into(),
        message: "training is unavailable after an earlier failure; restart Centinela".into(),
        field: None,
        rejection: None,
    })
}

#[tauri::command]
pub fn get_training(training: tauri::State<'_, TrainingState>) -> Answer<TrainingOverview> {
    Ok(locked(&training)?.overview()?)
}

/// "Done — we covered this" on a module.
#[tauri::command]
pub fn training_complete_module(
    shell: tauri::State<'_, Shell>,
    training: tauri::State<'_, TrainingState>,
    id: String,
) -> Answer<TrainingOverview> {
    let mut t = locked(&training)?;
    t.complete_module(&id, shell.clock.now())?;
    Ok(t.overview()?)
}

#[tauri::command]
pub fn training_start_scenario(
    shell: tauri::State<'_, Shell>,
    training: tauri::State<'_, TrainingState>,
    id: String,
) -> Answer<InProgress> {
    Ok(locked(&training)?.start_scenario(&id, shell.clock.now())?)
}

/// The practice entry, saved into the practice diary by the real diary code.
#[tauri::command]
pub fn training_add_reading(
    shell: tauri::State<'_, Shell>,
    training: tauri::State<'_, TrainingState>,
    reading: Reading,
    recorded_by: Option<String>,
) -> Answer<PracticeSaved> {
    let now = shell.clock.now();
    Ok(locked(&training)?.add_practice_reading(&reading, recorded_by.as_deref(), now)?)
}

/// The answer to "what do you do now?", scored against the engine.
#[tauri::command]
pub fn training_answer(
    shell: tauri::State<'_, Shell>,
    training: tauri::State<'_, TrainingState>,
    answer: Action,
) -> Answer<AttemptResult> {
    Ok(locked(&training)?.answer(answer, shell.clock.now())?)
}

#[tauri::command]
pub fn training_sign_off(
    shell: tauri::State<'_, Shell>,
    training: tauri::State<'_, TrainingState>,
    sign_off: NewSignOff,
) -> Answer<SignOff> {
    Ok(locked(&training)?.sign_off(&sign_off, shell.clock.now())?)
}

/// Start the practice over (sign-offs are kept).
#[tauri::command]
pub fn training_reset(training: tauri::State<'_, TrainingState>) -> Answer<TrainingOverview> {
    let mut t = locked(&training)?;
    t.reset()?;
    Ok(t.overview()?)
}

/// The nurse's baseline neurological check of the real child (issue 15): scored and checked
/// against the child's age from the diary's date of birth, stored in the training store.
#[tauri::command]
pub fn training_record_baseline(
    shell: tauri::State<'_, Shell>,
    training: tauri::State<'_, TrainingState>,
    baseline: NewNeuroBaseline,
) -> Answer<NeuroBaseline> {
    let now = shell.clock.now();
    let birth = crate::shell::locked(&shell)?
        .patient()?
        .ok_or(StoreError::NoPatient)?
        .birth_date;
    Ok(locked(&training)?.record_baseline(&baseline, birth, now)?)
}

/// Every baseline recorded, newest first (the first of a scale is the one to compare with).
#[tauri::command]
pub fn get_neuro_baselines(
    training: tauri::State<'_, TrainingState>,
) -> Answer<Vec<NeuroBaseline>> {
    Ok(locked(&training)?.baselines()?)
}
