//! Runs the built `outline` binary under a Chinese and an English locale and with
//! `--lang` (issue 14, item 7): help, an error, a warning, a batch's summary and
//! `--explain` in the chosen language, the same exit codes and the same data whatever the
//! language; and holds the two message files to one set of ids.

use std::collections::BTreeSet;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_outline");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/samples/qiushi-four-concepts.txt"
);
const GAP: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/samples/numbering-gap-warning.txt"
);

const ZH: &str = "zh_CN.UTF-8";
const C: &str = "C";

/// Runs `outline ARGS` with `LANG=lang` and no other locale variable.
fn run(lang: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", lang)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Tells whether a text holds Chinese characters.
fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn help_is_in_the_locales_language() {
    let zh = stdout(&run(ZH, &["parse", "--help"]));
    assert!(zh.contains("用法："), "{zh}");
    assert!(zh.contains("不输出正文"), "--no-body in Chinese: {zh}");
    assert!(zh.contains("选项"), "{zh}");
    // The values of -f, and what each is for, in Chinese too.
    assert!(
        zh.contains("可用的值：") && zh.contains("思维导图图片"),
        "{zh}"
    );
    let en = stdout(&run(C, &["parse", "--help"]));
    assert!(en.contains("Usage: "), "{en}");
    assert!(en.contains("Leave the body text out"), "{en}");
    assert!(!en.contains("不输出正文"), "{en}");
    // The flag wins over the locale, either way.
    let flag_en = stdout(&run(ZH, &["--lang", "en", "parse", "--help"]));
    assert!(flag_en.contains("Leave the body text out"), "{flag_en}");
    let flag_zh = stdout(&run(C, &["parse", "--lang=zh", "--help"]));
    assert!(flag_zh.contains("不输出正文"), "{flag_zh}");
    let top = stdout(&run(ZH, &["--help"]));
    assert!(top.contains("解析文档") && top.contains("命令"), "{top}");
}

#[test]
fn lc_all_and_language_choose_too() {
    let lc_all = Command::new(BIN)
        .args(["parse", "--help"])
        .env("LANG", C)
        .env("LC_ALL", ZH)
        .output()
        .unwrap();
    assert!(stdout(&lc_all).contains("不输出正文"));
    let language = Command::new(BIN)
        .args(["parse", "--help"])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANGUAGE", "zh_CN:en")
        .output()
        .unwrap();
    assert!(stdout(&language).contains("不输出正文"));
}

#[test]
fn a_missing_file_is_said_in_the_language_with_the_same_exit_code() {
    let zh = run(ZH, &["parse", "no-such-file.txt"]);
    let en = run(C, &["parse", "no-such-file.txt"]);
    assert_eq!(zh.status.code(), Some(3));
    assert_eq!(en.status.code(), Some(3));
    assert_eq!(
        stderr(&zh).trim_end(),
        "outline: 无法读取 no-such-file.txt：文件不存在"
    );
    assert_eq!(
        stderr(&en).trim_end(),
        "outline: cannot read no-such-file.txt: no such file"
    );
}

#[test]
fn clap_errors_are_one_line_in_the_language_with_their_suggestion() {
    let zh = run(ZH, &["parse", SEED, "--fromat", "opml"]);
    assert_eq!(zh.status.code(), Some(2));
    let line = stderr(&zh);
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(line.starts_with("outline: 未知的参数 '--fromat'"), "{line}");
    assert!(
        line.contains("'--format'"),
        "the suggestion is kept: {line}"
    );
    let zh = run(ZH, &["parse", SEED, "-f", "opm"]);
    let line = stderr(&zh);
    assert_eq!(zh.status.code(), Some(2));
    assert!(line.contains("无效") && line.contains("'opml'"), "{line}");
    let en = run(C, &["parse", SEED, "--fromat", "opml"]);
    assert!(
        stderr(&en).starts_with("outline: unexpected argument '--fromat' found"),
        "{}",
        stderr(&en)
    );
    // A value of --lang other than zh or en is refused.
    assert_eq!(
        run(C, &["--lang", "fr", "parse", SEED]).status.code(),
        Some(2)
    );
}

#[test]
fn warnings_are_in_the_language_and_the_data_is_not() {
    let zh = run(ZH, &["parse", GAP]);
    let en = run(C, &["parse", GAP]);
    assert!(zh.status.success() && en.status.success());
    let said = stderr(&zh);
    assert!(said.contains("：警告：编号不连续"), "{said}");
    assert!(
        stderr(&en).contains(": warning: numbering gap"),
        "{}",
        stderr(&en)
    );
    // JSON is a data contract: the same bytes whatever the language.
    assert_eq!(zh.stdout, en.stdout);
    assert!(stdout(&zh).contains("numbering gap"));
}

#[test]
fn a_batch_summary_is_in_the_language() {
    let zh = run(ZH, &["parse", SEED, GAP, "-o", "/dev/null"]);
    assert!(zh.status.success(), "{}", stderr(&zh));
    let summary = stderr(&zh).lines().last().unwrap_or_default().to_string();
    assert!(
        summary.starts_with("outline: 2 个文件，") && summary.contains("条警告"),
        "{summary}"
    );
    let en = run(C, &["parse", SEED, GAP, "-o", "/dev/null"]);
    let summary = stderr(&en).lines().last().unwrap_or_default().to_string();
    assert!(
        summary.starts_with("outline: 2 files, ") && summary.contains("0 failed"),
        "{summary}"
    );
}

#[test]
fn explain_is_in_the_language() {
    let zh = run(ZH, &["parse", SEED, "--explain"]);
    assert!(zh.status.success(), "{}", stderr(&zh));
    let text = stdout(&zh);
    assert!(text.contains("→ 网页杂项：下载客户端"), "{text}");
    assert!(text.contains("→ 文章信息：来源、日期"), "{text}");
    assert!(text.contains("→ 一、：标题节点，第 1 层"), "{text}");
    assert!(text.contains("→ 正文"), "{text}");
    let en = stdout(&run(C, &["parse", SEED, "--explain"]));
    assert!(en.contains("→ furniture: app download"), "{en}");
    assert!(en.contains("→ meta: source, date"), "{en}");
    assert!(!en.contains("网页杂项") && !en.contains("标题节点"), "{en}");
    // The same lines are explained, in the same order.
    assert_eq!(text.lines().count(), en.lines().count());
}

/// The message ids of an .ftl file (`id = …` at the start of a line).
fn ids(path: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap();
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

#[test]
fn every_message_is_in_both_languages() {
    let en = ids("locales/en/outline.ftl");
    let zh = ids("locales/zh-CN/outline.ftl");
    assert!(en.len() > 100, "{} messages", en.len());
    let only_en: Vec<_> = en.difference(&zh).collect();
    let only_zh: Vec<_> = zh.difference(&en).collect();
    assert!(only_en.is_empty(), "not in Chinese: {only_en:?}");
    assert!(only_zh.is_empty(), "not in English: {only_zh:?}");
}

#[test]
fn the_chinese_messages_are_chinese() {
    let text = std::fs::read_to_string(format!("{ROOT}/locales/zh-CN/outline.ftl")).unwrap();
    // Messages that are only names, numbers or punctuation need no Chinese.
    let untranslated: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter(|l| !l.starts_with("separator") && !l.contains("= {") && !l.ends_with('='))
        .filter(|l| !has_chinese(l))
        .collect();
    assert!(untranslated.is_empty(), "{untranslated:?}");
}

#[test]
fn the_english_format_descriptions_are_the_librarys() {
    let text = std::fs::read_to_string(format!("{ROOT}/locales/en/outline.ftl")).unwrap();
    for line in text.lines() {
        let Some((id, words)) = line.split_once(" = ") else {
            continue;
        };
        let Some(name) = id.strip_prefix("format-") else {
            continue;
        };
        let format: tigang::Format = name.parse().unwrap();
        assert_eq!(words, format.description(), "{id}");
    }
    let zh = stdout(&run(ZH, &["formats"]));
    assert!(zh.contains("思维导图图片"), "{zh}");
    let en = stdout(&run(C, &["formats"]));
    assert!(en.contains("a mind-map picture"), "{en}");
}
