//! Runs the built `outline` binary on what a new user meets first (issue 14): no silent
//! format choice, standard input read as what it is, errors in one voice with the exit
//! codes README lists, and help that names every format.

#[path = "support/readme.rs"]
mod readme;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use tigang::{Format, InputFormat};

const BIN: &str = env!("CARGO_BIN_EXE_outline");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/samples/qiushi-four-concepts.txt"
);
const SPEECH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/utf16-speech.txt");
const PAGE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/news-page-saved.html");
const WORD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/samples/word-auto-numbering.docx"
);
const MARKDOWN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/samples/markdown-commentary.md"
);

/// Runs `outline ARGS` in `dir` (relative paths are the user's own there), with `stdin`.
fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = child.stdin.take().unwrap();
    let feeder = stdin.map(|bytes| {
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            let mut input = input;
            // The run may end before it has read everything (an error): not this test's concern.
            let _ = input.write_all(&bytes);
        })
    });
    let out = child.wait_with_output().unwrap();
    if let Some(feeder) = feeder {
        feeder.join().unwrap();
    }
    out
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, stdin)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Asserts the run failed with `code` and said so in one line `outline: …`; gives the line.
fn one_error_line(o: &Output, code: i32) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "{err}");
    assert_eq!(err.lines().count(), 1, "not one line: {err}");
    assert!(err.starts_with("outline: "), "{err}");
    err.trim_end().to_string()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_str(&stdout(o)).unwrap()
}

/// The files in a directory, by name.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// Item 2: no silent format choice.

#[test]
fn an_output_ending_of_no_format_is_refused_naming_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["map.gif", "x.pdf", "x.unknown"] {
        let o = run_in(dir.path(), &["parse", SEED, "-o", name], None);
        let err = one_error_line(&o, 2);
        assert!(err.contains(name), "{err}");
        for f in Format::ALL {
            for ending in f.extensions() {
                assert!(err.contains(&format!(".{ending}")), "{ending}: {err}");
            }
        }
        assert!(err.contains("--format"), "{err}");
    }
    assert_eq!(
        names(dir.path()),
        Vec::<String>::new(),
        "nothing is written"
    );
}

#[test]
fn format_flag_names_the_format_whatever_the_ending() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(
        dir.path(),
        &["parse", SEED, "-o", "x.unknown", "-f", "opml"],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let written = std::fs::read_to_string(dir.path().join("x.unknown")).unwrap();
    assert!(written.starts_with("<?xml"), "{written}");
    // No ending at all is no choice: JSON, the default, as on standard output.
    let o = run_in(dir.path(), &["parse", SEED, "-o", "outline"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let written = std::fs::read_to_string(dir.path().join("outline")).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(doc["title"], "树牢“四种理念”坚定深化组织工作改革");
}

#[test]
fn a_batch_into_one_file_is_json_lines_only() {
    let dir = tempfile::tempdir().unwrap();
    for refused in [
        vec!["parse", SEED, SPEECH, "-o", "all.svg"],
        vec!["parse", SEED, SPEECH, "-o", "all.json"],
        vec!["parse", SEED, SPEECH, "-f", "opml", "-o", "all.jsonl"],
        vec!["parse", SEED, SPEECH, "-f", "opml"],
    ] {
        let o = run_in(dir.path(), &refused, None);
        let err = one_error_line(&o, 2);
        assert!(
            err.contains("JSON Lines") && err.contains("-o DIR/"),
            "{err}"
        );
    }
    let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let o = run_in(dir.path(), &["parse", samples, "-o", "all.svg"], None);
    one_error_line(&o, 2);
    assert_eq!(
        names(dir.path()),
        Vec::<String>::new(),
        "nothing is written"
    );
    for (args, file) in [
        (
            vec!["parse", SEED, SPEECH, "-q", "-o", "all.jsonl"],
            "all.jsonl",
        ),
        (
            vec!["parse", SEED, SPEECH, "-q", "-f", "jsonl", "-o", "all.txt"],
            "all.txt",
        ),
        (vec!["parse", SEED, SPEECH, "-q", "-o", "all"], "all"),
    ] {
        let o = run_in(dir.path(), &args, None);
        assert!(o.status.success(), "{}", stderr(&o));
        let lines = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert_eq!(lines.lines().count(), 2, "{file}");
        for line in lines.lines() {
            serde_json::from_str::<serde_json::Value>(line).unwrap();
        }
    }
}

#[test]
fn explain_writes_to_the_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let on_stdout = run(&["parse", SEED, "--explain"], None);
    assert!(on_stdout.status.success());
    for (args, file) in [
        (vec!["parse", SEED, "--explain", "-o", "ex.txt"], "ex.txt"),
        (
            vec!["parse", SEED, "--explain", "-f", "text", "-o", "ex"],
            "ex",
        ),
    ] {
        let o = run_in(dir.path(), &args, None);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).is_empty(), "{}", stdout(&o));
        let written = std::fs::read(dir.path().join(file)).unwrap();
        assert_eq!(written, on_stdout.stdout, "{file}");
    }
    let text = String::from_utf8(on_stdout.stdout).unwrap();
    assert!(text.contains("一、: heading node at depth 1"), "{text}");
}

#[test]
fn explain_is_refused_in_formats_that_cannot_carry_it() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(
        dir.path(),
        &["parse", SEED, "--explain", "-f", "opml"],
        None,
    );
    let err = one_error_line(&o, 2);
    assert!(err.contains("--explain") && err.contains("opml"), "{err}");
    let o = run_in(
        dir.path(),
        &["parse", SEED, "--explain", "-o", "ex.json"],
        None,
    );
    let err = one_error_line(&o, 2);
    assert!(
        err.contains("--explain") && err.contains("ex.json"),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
    let o = run_in(dir.path(), &["parse", SEED, SPEECH, "--explain"], None);
    let err = one_error_line(&o, 2);
    assert!(err.contains("--explain takes one input"), "{err}");
    assert_eq!(
        names(dir.path()),
        Vec::<String>::new(),
        "nothing is written"
    );
}

// Item 5: standard input read as what it is.

#[test]
fn a_web_page_on_standard_input_is_read_as_html() {
    let page = std::fs::read(PAGE).unwrap();
    let piped = json(&run(&["parse", "-", "-q"], Some(&page)));
    let named = json(&run(&["parse", PAGE, "-q"], None));
    assert_eq!(piped["title"], "某市出台十条措施稳就业");
    assert_eq!(piped, named);
    // --input-format still decides.
    let as_text = json(&run(
        &["parse", "-", "-q", "--input-format", "text"],
        Some(&page),
    ));
    assert_ne!(as_text["title"], "某市出台十条措施稳就业");
}

#[test]
fn word_and_markdown_on_standard_input_are_read_as_such() {
    for sample in [WORD, MARKDOWN] {
        let bytes = std::fs::read(sample).unwrap();
        let piped = json(&run(&["parse", "-", "-q"], Some(&bytes)));
        let named = json(&run(&["parse", sample, "-q"], None));
        assert_eq!(piped, named, "{sample}");
    }
    let md = "---\ntitle: 乡村振兴读书笔记\ndate: 2025-05-01\n---\n\n## 一、产业振兴\n\n发展特色种植。\n\n## 二、人才振兴\n\n返乡青年成为带头人。\n";
    let doc = json(&run(&["parse", "-", "-q"], Some(md.as_bytes())));
    assert_eq!(doc["title"], "乡村振兴读书笔记");
    let all = doc.to_string();
    assert!(
        !all.contains("date: 2025"),
        "front matter became text: {all}"
    );
    assert_eq!(doc["children"].as_array().unwrap().len(), 2, "{all}");
}

#[test]
fn a_file_of_an_unknown_ending_is_read_as_what_it_shows() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.aspx");
    std::fs::copy(PAGE, &page).unwrap();
    let doc = json(&run(&["parse", page.to_str().unwrap(), "-q"], None));
    assert_eq!(doc["title"], "某市出台十条措施稳就业");
}

// Item 6: one voice for errors.

#[test]
fn every_error_is_one_line_that_starts_with_outline() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let cases: Vec<(Vec<&str>, i32)> = vec![
        (vec![], 2),
        (vec!["pars"], 2),
        (vec!["parse"], 2),
        (vec!["parse", SEED, "--fromat", "opml"], 2),
        (vec!["parse", SEED, "-f", "opm"], 2),
        (vec!["parse", SEED, "--input-format", "rtf"], 2),
        (vec!["parse", SEED, "--encoding", "klingon"], 2),
        (vec!["parse", SEED, "--depth", "many"], 2),
        (vec!["completions", "tcsh"], 2),
        (vec!["parse", "no/such.txt"], 3),
        (vec!["parse", "empty"], 3),
        (vec!["parse", SEED, "-o", "nodir/x.json"], 5),
        (vec!["parse", SEED, "no/such.txt", "-q"], 6),
    ];
    for (args, code) in cases {
        let o = run_in(dir.path(), &args, None);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("outline: "), "{args:?}: {err}");
        assert!(!err.contains("error:"), "{args:?}: {err}");
    }
}

#[test]
fn clap_errors_keep_their_suggestions() {
    let o = run(&["parse", SEED, "--fromat", "opml"], None);
    let err = one_error_line(&o, 2);
    assert!(
        err.contains("'--fromat'") && err.contains("'--format'"),
        "{err}"
    );
    let o = run(&["parse", SEED, "-f", "opm"], None);
    let err = one_error_line(&o, 2);
    assert!(err.contains("a similar value exists: 'opml'"), "{err}");
    for f in Format::ALL {
        assert!(err.contains(f.name()), "{}: {err}", f.name());
    }
    let o = run(&["pars", SEED], None);
    let err = one_error_line(&o, 2);
    assert!(err.contains("'parse'"), "{err}");
}

#[test]
fn a_missing_output_directory_is_named_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), &["parse", SEED, "-o", "nodir/x.json"], None);
    let err = one_error_line(&o, 5);
    assert!(err.contains("nodir/x.json"), "{err}");
    assert!(!err.contains(".outline-"), "{err}");
}

#[test]
fn an_empty_directory_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::write(dir.path().join("empty/picture.png"), b"\x89PNG").unwrap();
    for args in [
        vec!["parse", "empty"],
        vec!["parse", "empty", "-o", "all.jsonl"],
        vec!["parse", "empty", "-o", "out/"],
    ] {
        let o = run_in(dir.path(), &args, None);
        let err = one_error_line(&o, 3);
        assert!(
            err.contains("cannot read empty") && err.contains(".docx"),
            "{err}"
        );
    }
    assert_eq!(names(dir.path()), ["empty"], "no output is made");
}

#[test]
fn a_broken_pdf_is_refused_whatever_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    for name in ["report.pdf", "report.txt"] {
        std::fs::write(dir.path().join(name), pdf).unwrap();
        let o = run_in(dir.path(), &["parse", name], None);
        let err = one_error_line(&o, 4);
        assert!(
            err.contains(name) && err.contains("not a readable PDF"),
            "{err}"
        );
    }
    let o = run_in(dir.path(), &["parse", "-"], Some(pdf));
    let err = one_error_line(&o, 4);
    assert!(err.contains("not a readable PDF"), "{err}");
}

#[test]
fn every_exit_code_in_readme_is_what_the_run_it_describes_exits_with() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::write(
        dir.path().join("prog.bin"),
        b"\x7fELF\x02\x01\x00\x00\xff\xfe",
    )
    .unwrap();
    // A run for each row, as the row's meaning says.
    let runs: Vec<(i32, Vec<&str>)> = vec![
        (0, vec!["parse", SEED]),
        (2, vec!["parse", SEED, "--no-such-flag"]),
        (2, vec!["parse", SEED, "-o", "x.unknown"]),
        (3, vec!["parse", "missing.txt"]),
        (3, vec!["parse", "empty"]),
        (4, vec!["parse", "prog.bin"]),
        (5, vec!["parse", SEED, "-o", "nodir/x.json"]),
        (6, vec!["parse", SEED, "missing.txt", "-q"]),
    ];
    let table = readme::exit_codes();
    let mut documented: Vec<i32> = table.iter().map(|(c, _)| i32::from(*c)).collect();
    let mut tried: Vec<i32> = runs.iter().map(|(c, _)| *c).collect();
    documented.sort();
    tried.dedup();
    assert_eq!(documented, tried, "README's table: {table:?}");
    for (code, args) in runs {
        let o = run_in(dir.path(), &args, None);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
    }
}

// Item 8: help that is true.

#[test]
fn help_names_every_input_and_output_format_and_ending() {
    let top = run(&["--help"], None);
    assert!(top.status.success());
    let parse = run(&["parse", "--help"], None);
    assert!(parse.status.success());
    for help in [stdout(&top), stdout(&parse)] {
        for f in Format::ALL {
            assert!(help.contains(f.name()), "{}: {help}", f.name());
            for ending in f.extensions() {
                assert!(help.contains(&format!(".{ending}")), "{ending}: {help}");
            }
        }
        for f in InputFormat::ALL {
            assert!(help.contains(f.name()), "{}: {help}", f.name());
            for ending in f.extensions() {
                assert!(help.contains(&format!(".{ending}")), "{ending}: {help}");
            }
        }
        assert!(!help.contains("*.txt"), "{help}");
    }
    // The one-line description, too.
    let short = stdout(&run(&["-h"], None));
    let about = short.split("\n\n").next().unwrap();
    for name in Format::ALL.map(Format::name) {
        assert!(about.contains(name), "{name}: {about}");
    }
    for name in InputFormat::ALL.map(InputFormat::name) {
        assert!(about.contains(name), "{name}: {about}");
    }
}

#[test]
fn the_man_page_covers_every_subcommand_and_names_no_other_page() {
    let o = run(&["man"], None);
    assert!(o.status.success());
    let page = stdout(&o);
    assert!(page.contains("\n.TH outline 1 "), "{page}");
    for sub in ["parse", "formats", "schema", "completions", "man"] {
        assert!(page.contains(&format!(".SS \"outline {sub}\"")), "{sub}");
    }
    for option in [
        "\\-\\-input\\-format",
        "\\-\\-explain",
        "\\-\\-notes\\-as\\-children",
    ] {
        assert!(page.contains(option), "{option}");
    }
    for f in Format::ALL {
        assert!(page.contains(f.name()), "{}", f.name());
    }
    assert!(page.contains(".SH \"EXIT STATUS\""), "{page}");
    // No other page is named: no `outline-parse(1)`.
    assert!(!page.contains("(1)"), "{page}");
}

#[test]
fn completions_offer_the_format_and_encoding_names() {
    let all = |names: &[&str]| names.join(" ");
    let formats = all(&Format::ALL.map(Format::name));
    let inputs = all(&InputFormat::ALL.map(InputFormat::name));
    let o = run(&["completions", "bash"], None);
    assert!(o.status.success());
    let bash = stdout(&o);
    for words in [formats.as_str(), inputs.as_str(), "utf-8 gb18030 gbk"] {
        assert!(
            bash.contains(&format!("compgen -W \"{words}")),
            "{words}: {bash}"
        );
    }
    let o = run(&["completions", "fish"], None);
    let fish = stdout(&o);
    assert!(fish.contains("opml\\t'OPML 2.0"), "{fish}");
    assert!(fish.contains("-l input-format"), "{fish}");
}
