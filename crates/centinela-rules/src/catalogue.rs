//! The one catalogue of words (`locales/<language>/*.ftl`, Project Fluent). The screens read
//! the same files with `@fluent/bundle`, so a message id gives the same words on the screen,
//! in the PDFs, in the tray and in the notifications. The files are compiled in: no I/O.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::vocab::{Language, Text};

/// Every catalogue file, per language; `tests/catalogue.rs` checks that none in `locales/` is missing.
pub const FILES: [(Language, &str, &str); 12] = [
    (
        Language::En,
        "app.ftl",
        include_str!("../../../locales/en/app.ftl"),
    ),
    (
        Language::En,
        "documents.ftl",
        include_str!("../../../locales/en/documents.ftl"),
    ),
    (
        Language::En,
        "engine.ftl",
        include_str!("../../../locales/en/engine.ftl"),
    ),
    (
        Language::En,
        "modules.ftl",
        include_str!("../../../locales/en/modules.ftl"),
    ),
    (
        Language::En,
        "scenarios.ftl",
        include_str!("../../../locales/en/scenarios.ftl"),
    ),
    (
        Language::En,
        "training.ftl",
        include_str!("../../../locales/en/training.ftl"),
    ),
    (
        Language::Es,
        "app.ftl",
        include_str!("../../../locales/es-MX/app.ftl"),
    ),
    (
        Language::Es,
        "documents.ftl",
        include_str!("../../../locales/es-MX/documents.ftl"),
    ),
    (
        Language::Es,
        "engine.ftl",
        include_str!("../../../locales/es-MX/engine.ftl"),
    ),
    (
        Language::Es,
        "modules.ftl",
        include_str!("../../../locales/es-MX/modules.ftl"),
    ),
    (
        Language::Es,
        "scenarios.ftl",
        include_str!("../../../locales/es-MX/scenarios.ftl"),
    ),
    (
        Language::Es,
        "training.ftl",
        include_str!("../../../locales/es-MX/training.ftl"),
    ),
];

/// The folder of a language in `locales/`.
pub fn folder(lang: Language) -> &'static str {
    match lang {
        Language::En => "en",
        Language::Es => "es-MX",
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Language) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static ES: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Language::En => &EN,
        Language::Es => &ES,
    };
    cell.get_or_init(|| {
        let tag: unic_langid::LanguageIdentifier = match lang {
            Language::En => "en-US",
            Language::Es => "es-MX",
        }
        .parse()
        .expect("a valid language tag");
        let mut b = FluentBundle::new_concurrent(vec![tag]);
        // No Unicode isolation marks, as on the screens: PDFs and copied text stay clean.
        b.set_use_isolating(false);
        for (l, name, text) in FILES {
            if l != lang {
                continue;
            }
            let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, e)| {
                panic!("locales/{}/{name}: {e:?}", folder(lang));
            });
            b.add_resource(res).unwrap_or_else(|e| {
                panic!("locales/{}/{name}: {e:?}", folder(lang));
            });
        }
        b
    })
}

/// A value for a message's `{ $name }`: text or a number (numbers pick the plural form).
pub type Arg<'a> = (&'a str, FluentValue<'a>);

/// The words of message `id` in `lang`. An unknown id shows as itself, visible rather than blank;
/// `tests/catalogue.rs` checks every id the Rust code names.
pub fn words(lang: Language, id: &str, args: &[Arg]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    let mut errors = Vec::new();
    let s = b.format_pattern(pattern, (!args.is_empty()).then_some(&fargs), &mut errors);
    one_full_stop(&s)
}

/// A sentence that ends on "2:05 p.m." takes no second full stop ("p.m.." → "p.m."); the
/// screens apply the same rule (`ui/src/lib/i18n.ts`).
pub fn one_full_stop(s: &str) -> String {
    s.replace("a.m..", "a.m.").replace("p.m..", "p.m.")
}

/// Whether message `id` exists in `lang`.
pub fn has(lang: Language, id: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .is_some_and(|m| m.value().is_some())
}

/// Message `id` in both languages.
pub fn text(id: &str, args: &[Arg]) -> Text {
    Text {
        en: words(Language::En, id, args),
        es: words(Language::Es, id, args),
    }
}

/// A number as a message argument.
pub fn num(n: impl Into<f64>) -> FluentValue<'static> {
    FluentValue::from(n.into())
}

/// Message `id` in both languages, with arguments that differ by language (a time, a name
/// already in words).
pub fn text_by<'a>(id: &str, args: impl Fn(Language) -> Vec<Arg<'a>>) -> Text {
    Text {
        en: words(Language::En, id, &args(Language::En)),
        es: words(Language::Es, id, &args(Language::Es)),
    }
}
