//! The automatic daily backup, made from the reminder tick (window open or closed).

use std::sync::Mutex;

use centinela_core::backup;

use crate::host::Host;
use crate::shell::Shell;

/// When the daily backup last failed, and how; the reminder tick is its only caller.
#[derive(Default)]
pub struct DailyBackupState(Mutex<Option<(std::time::Instant, String)>>);

/// Today's automatic backup, if it is not made yet. Called at start and on every reminder
/// tick; cheap when today's copy exists. After a failure it waits an hour, and logs a
/// failure only when it differs from the last one.
pub fn daily<H: Host>(app: &H) {
    let (Some(shell), Some(tracker)) = (app.get::<Shell>(), app.get::<DailyBackupState>()) else {
        return;
    };
    let Ok(mut last_failure) = tracker.0.lock() else {
        return;
    };
    let started = std::time::Instant::now();
    if !backup::daily_should_try(last_failure.as_ref().map(|(at, _)| *at), started) {
        return;
    }
    let now = shell.clock.now().with_timezone(&chrono::Local);
    let Ok(diary) = shell.diary.lock() else {
        return;
    };
    match backup::daily_backup(&diary, &shell.data_dir, now) {
        Ok(made) => {
            if let Some(path) = made {
                eprintln!("centinela: daily backup {}", path.display());
            }
            *last_failure = None;
        }
        Err(e) => {
            let text = e.to_string();
            if last_failure.as_ref().map(|(_, t)| t) != Some(&text) {
                eprintln!("centinela: daily backup failed (trying again in an hour): {text}");
            }
            *last_failure = Some((started, text));
        }
    }
}
