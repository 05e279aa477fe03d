//! The security settings, reviewed by a test so that a change to them is a decision:
//!
//! - The one capability is for the main window only, local (no `remote`), and grants
//!   exactly one `allow-<command>` per command declared in `build.rs`: no `core:*`, no
//!   plugin permission (the UI calls only its own commands; dialogs and the opener are
//!   used from Rust).
//! - The webview gets no global `__TAURI__`, a frozen `Object.prototype`, no asset
//!   protocol, and Tauri keeps adding its nonces and hashes to the CSP.
//! - The CSP allows nothing remote and nothing inline: no `unsafe-*`, no `*`, no
//!   `http:`/`https:` source, and `connect-src` is exactly the IPC.
//!
//! `tests/e2e/security.test.js` checks in the running app that the CSP really blocks.

use std::path::PathBuf;

use serde_json::Value;

const BUILD_RS: &str = include_str!("../build.rs");

fn shell_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn json(rel: &str) -> Value {
    let path = shell_dir().join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The command names in `build.rs`'s `.commands(&[...])` list.
fn declared_commands() -> Vec<String> {
    let start = BUILD_RS
        .find(".commands(&[")
        .expect("build.rs declares the app's commands with .commands(&[...])");
    let list = &BUILD_RS[start + ".commands(&[".len()..];
    let list = &list[..list.find(']').expect("the command list ends with ]")];
    let names: Vec<String> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            assert!(
                s.len() > 2 && s.starts_with('"') && s.ends_with('"'),
                "build.rs: {s:?} is not a quoted command name"
            );
            s[1..s.len() - 1].to_string()
        })
        .collect();
    assert!(
        names.len() >= 30,
        "only {} commands found in build.rs",
        names.len()
    );
    names
}

fn kebab(command: &str) -> String {
    command.replace('_', "-")
}

#[test]
fn the_capability_grants_exactly_the_apps_own_commands_to_the_main_window() {
    let caps = std::fs::read_dir(shell_dir().join("capabilities"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect::<Vec<_>>();
    assert_eq!(
        caps.len(),
        1,
        "one capability file expected, found {caps:?}: review any new one here"
    );
    let cap = json("capabilities/default.json");
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(cap.get("webviews").is_none(), "no webview-scoped grants");
    assert!(
        cap.get("remote").is_none(),
        "no remote URL may call commands"
    );
    if let Some(p) = cap.get("platforms") {
        panic!("the capability is for every platform, not {p}");
    }

    let granted: Vec<String> = cap["permissions"]
        .as_array()
        .expect("permissions is a list")
        .iter()
        .map(|p| {
            p.as_str()
                .unwrap_or_else(|| panic!("{p}: a scoped permission object needs a review"))
                .to_string()
        })
        .collect();
    for p in &granted {
        assert!(
            !p.contains(':'),
            "{p}: no core or plugin permission (the UI uses only invoke of our commands)"
        );
    }
    let mut expected: Vec<String> = declared_commands()
        .iter()
        .map(|c| format!("allow-{}", kebab(c)))
        .collect();
    let mut got = granted.clone();
    expected.sort();
    got.sort();
    let dupes = got.windows(2).filter(|w| w[0] == w[1]).count();
    assert_eq!(dupes, 0, "a permission is listed twice: {got:?}");
    assert_eq!(got, expected, "one allow-<command> per command in build.rs");
}

#[test]
fn the_webview_gets_no_global_api_a_frozen_prototype_and_no_asset_protocol() {
    let conf = json("tauri.conf.json");
    let app = &conf["app"];
    assert_eq!(app["withGlobalTauri"], Value::Bool(false));
    let sec = &app["security"];
    assert_eq!(sec["freezePrototype"], Value::Bool(true));
    for key in [
        "dangerousDisableAssetCspModification",
        "assetProtocol",
        "devCsp",
        "dangerousRemoteDomainIpcAccess",
    ] {
        assert!(sec.get(key).is_none(), "app.security.{key} must not be set");
    }
    // Capabilities come from the capabilities folder only (reviewed above).
    assert!(sec.get("capabilities").is_none());
    // Windows are created in Rust (lib.rs); none may load a remote URL from here.
    for w in app["windows"].as_array().into_iter().flatten() {
        if let Some(url) = w.get("url").and_then(Value::as_str) {
            assert!(
                !url.contains("://"),
                "window url {url} must be the app's own page"
            );
        }
    }
}

#[test]
fn the_csp_allows_nothing_remote_and_nothing_inline() {
    let conf = json("tauri.conf.json");
    let csp = conf["app"]["security"]["csp"]
        .as_object()
        .expect("app.security.csp is set, as an object of directives");
    for required in [
        "default-src",
        "script-src",
        "style-src",
        "img-src",
        "connect-src",
        "object-src",
        "base-uri",
        "form-action",
        "frame-ancestors",
    ] {
        assert!(csp.contains_key(required), "the CSP has no {required}");
    }
    for (directive, value) in csp {
        let value = value
            .as_str()
            .unwrap_or_else(|| panic!("{directive}: a string"));
        for source in value.split_whitespace() {
            let s = source.to_ascii_lowercase();
            assert!(
                !s.starts_with("'unsafe-"),
                "{directive}: {source} is not allowed"
            );
            assert!(!s.contains('*'), "{directive}: no wildcard ({source})");
            assert!(
                !["http:", "https:", "ws:", "wss:", "blob:", "filesystem:"].contains(&s.as_str()),
                "{directive}: no scheme-wide source ({source})"
            );
            assert!(
                s != "data:" || directive == "img-src",
                "{directive}: data: only for images ({source})"
            );
            if directive != "connect-src" {
                assert!(
                    !s.starts_with("http://") && !s.starts_with("https://"),
                    "{directive}: no remote source ({source})"
                );
            }
        }
    }
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(csp["object-src"], "'none'");
    assert_eq!(csp["frame-ancestors"], "'none'");
    assert_eq!(csp["form-action"], "'none'");
    assert_eq!(csp["connect-src"], "ipc: http://ipc.localhost");
}

#[test]
fn the_command_list_parser_sees_every_command() {
    // A guard on the parser above: the names are the snake_case commands of commands.rs.
    let commands = declared_commands();
    for c in &commands {
        assert!(
            c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_'),
            "{c:?}"
        );
    }
    assert!(commands.iter().any(|c| c == "add_reading"));
    assert!(commands.iter().any(|c| c == "restore_backup"));
}
