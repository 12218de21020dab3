//! The interface's language, English or Chinese, chosen by `--lang` or the locale, and its
//! messages: Fluent files (`locales/en/outline.ftl`, `locales/zh-CN/outline.ftl`) embedded
//! in the binary. Only what a person reads on the terminal is translated: the outputs'
//! data (JSON, `dropped[].reason`, warnings in the document) stay as the library made them.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::ffi::OsString;
use std::sync::OnceLock;

/// The English messages.
pub const EN_FTL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/locales/en/outline.ftl"
));
/// The Chinese messages.
pub const ZH_FTL: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/locales/zh-CN/outline.ftl"
));

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English, for `C`, `POSIX`, `en_US.UTF-8` and every locale that is not Chinese.
    En,
    /// Simplified Chinese, for `zh_CN.UTF-8`, `zh_TW`, `zh` …
    Zh,
}

/// The language chosen at start.
static CHOSEN: OnceLock<Lang> = OnceLock::new();

impl Lang {
    /// The language a value of `--lang` or of a locale variable names: `zh…` is Chinese,
    /// anything else (`C`, `POSIX`, `en_US.UTF-8`) English.
    pub fn named(value: &str) -> Lang {
        if value.trim().to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The language for a command line and an environment: `--lang` wins; else the first
    /// of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty; else the first entry
    /// of `LANGUAGE`; else English.
    pub fn choose(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
        let mut words = args.iter().skip(1).filter_map(|a| a.to_str());
        while let Some(word) = words.next() {
            if word == "--" {
                break;
            }
            if word == "--lang" {
                if let Some(value) = words.next() {
                    return Lang::named(value);
                }
            } else if let Some(value) = word.strip_prefix("--lang=") {
                return Lang::named(value);
            }
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = env(var).filter(|v| !v.is_empty()) {
                return Lang::named(&value);
            }
        }
        env("LANGUAGE")
            .and_then(|v| v.split(':').next().map(str::to_string))
            .filter(|v| !v.is_empty())
            .map_or(Lang::En, |v| Lang::named(&v))
    }

    /// The language the environment and the command line of this process choose.
    pub fn from_process() -> Lang {
        let args: Vec<OsString> = std::env::args_os().collect();
        Lang::choose(&args, |var| std::env::var(var).ok())
    }
}

/// Settles the language for the rest of the run (the first call wins).
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language of the run: English until [`set`].
pub fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or(Lang::En)
}

/// The messages of one language.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static ZH: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, id, ftl) = match lang {
        Lang::En => (&EN, "en", EN_FTL),
        Lang::Zh => (&ZH, "zh-CN", ZH_FTL),
    };
    cell.get_or_init(|| {
        // OK because both are constants: `en` and `zh-CN` are language identifiers.
        let mut bundle = FluentBundle::new_concurrent(vec![id.parse().expect("a language id")]);
        // The isolation marks around placeables (U+2068, U+2069) are for bidirectional
        // text in a GUI; on a terminal they only garble paths.
        bundle.set_use_isolating(false);
        // The files are embedded and tested (tests/cli_lang.rs): a failure is a bug here.
        let resource = FluentResource::try_new(ftl.to_string()).expect("the .ftl file parses");
        bundle
            .add_resource(resource)
            .expect("no message id twice in the .ftl file");
        bundle
    })
}

/// The message `id` of `lang` with its variables, or `None` when there is none.
fn format_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The message `id` in the run's language (English when the Chinese lacks it; the id
/// itself when both do, which the tests rule out).
pub fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format_in(lang(), id, args)
        .or_else(|| format_in(Lang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Fixed English words in the run's language: the message `PREFIX-SLUG`, where the slug
/// is the words lowercased with every run of other characters than letters and digits
/// made one `-`; the words themselves in English or when no message has them.
pub fn words(prefix: &str, english: &str) -> String {
    known_words(prefix, english).unwrap_or_else(|| english.to_string())
}

/// Fixed English words in Chinese, if the run is in Chinese and a message has them.
pub fn known_words(prefix: &str, english: &str) -> Option<String> {
    if lang() == Lang::En {
        return None;
    }
    format_in(lang(), &format!("{prefix}-{}", slug(english)), &[])
}

/// What an output format is for, in the run's language (the library's words in English,
/// and for a format no message names yet).
pub fn format_description(format: tigang::Format) -> String {
    if lang() == Lang::En {
        return format.description().to_string();
    }
    format_in(lang(), &format!("format-{}", format.name()), &[])
        .unwrap_or_else(|| format.description().to_string())
}

/// `info line (source, author, date)` → `info-line-source-author-date`.
pub fn slug(english: &str) -> String {
    let mut out = String::with_capacity(english.len());
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Formats the message `id` in the run's language: `t!("summary", files = 3)`.
macro_rules! t {
    ($id:expr) => {
        $crate::lang::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::message(
            $id,
            &[$((stringify!($name), fluent_bundle::FluentValue::from($value))),+],
        )
    };
}
pub(crate) use t;

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_wins_then_lc_all_lc_messages_lang_language() {
        let cmd = args(&["outline", "parse", "a.txt"]);
        assert_eq!(Lang::choose(&cmd, env(&[])), Lang::En);
        assert_eq!(
            Lang::choose(&cmd, env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            Lang::choose(&cmd, env(&[("LANG", "zh_CN.UTF-8"), ("LC_ALL", "C")])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(&cmd, env(&[("LANG", "C"), ("LC_MESSAGES", "zh_TW")])),
            Lang::Zh
        );
        assert_eq!(
            Lang::choose(&cmd, env(&[("LANG", "POSIX"), ("LANGUAGE", "zh_CN:en")])),
            Lang::En
        );
        assert_eq!(
            Lang::choose(&cmd, env(&[("LC_ALL", ""), ("LANGUAGE", "zh_CN:en")])),
            Lang::Zh
        );
        let flag = args(&["outline", "--lang", "en", "parse", "a.txt"]);
        assert_eq!(Lang::choose(&flag, env(&[("LC_ALL", "zh_CN")])), Lang::En);
        let flag = args(&["outline", "parse", "--lang=zh", "a.txt"]);
        assert_eq!(Lang::choose(&flag, env(&[("LANG", "C")])), Lang::Zh);
        let after = args(&["outline", "parse", "--", "--lang=zh"]);
        assert_eq!(Lang::choose(&after, env(&[])), Lang::En);
    }

    #[test]
    fn slugs_are_the_words_lowercased_and_hyphenated() {
        assert_eq!(slug("app download"), "app-download");
        assert_eq!(
            slug("info line (source, author, date)"),
            "info-line-source-author-date"
        );
        assert_eq!(slug("WeChat header"), "wechat-header");
    }

    #[test]
    fn both_files_parse_and_format() {
        for lang in [Lang::En, Lang::Zh] {
            assert!(format_in(lang, "summary-skipped", &[("skipped", 2.into())]).is_some());
        }
    }
}
