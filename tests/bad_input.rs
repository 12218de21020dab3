//! The bad-input battery, on the built binary: each input gets a valid (maybe empty)
//! outline, or one clear line on stderr naming the file and the problem with a documented
//! exit code; never a panic, never a half-written or destroyed output.

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_outline");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn parse_file(bytes: &[u8], extra: &[&str]) -> (Output, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("input.txt");
    std::fs::write(&path, bytes).unwrap();
    let mut args = vec!["parse", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    (run(&args), dir)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "{err}");
}

/// Asserts a clean failure: the exit code, one line naming the input.
fn clean_failure(o: &Output, code: i32, words: &str) {
    no_panic(o);
    assert_eq!(o.status.code(), Some(code), "{}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("input.txt") || err.contains("mem"), "{err}");
    assert!(err.contains(words), "{err}");
}

fn children(o: &Output) -> usize {
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    doc["children"].as_array().unwrap().len()
}

#[test]
fn empty_and_blank_files_give_empty_outlines() {
    for bytes in [&b""[..], b" \n\t\r\n\xe3\x80\x80\n"] {
        let (o, _d) = parse_file(bytes, &[]);
        assert!(o.status.success());
        assert_eq!(children(&o), 0);
    }
}

#[test]
fn an_executable_is_refused_as_binary() {
    let exe = std::fs::read(BIN).unwrap();
    let (o, _d) = parse_file(&exe, &[]);
    clean_failure(&o, 4, "binary");
}

#[test]
fn bytes_no_encoding_explains_are_refused() {
    let (o, _d) = parse_file(b"\xff\xfe\xfd\xfc\x80\x81\xff\xff abc \xfe\xfe", &[]);
    clean_failure(&o, 4, "cannot decode");
}

#[test]
fn utf16_with_a_lone_surrogate_is_refused() {
    let (o, _d) = parse_file(b"\xff\xfe\x00\xd8\x41\x00", &[]);
    clean_failure(&o, 4, "UTF-16LE");
}

#[test]
fn nul_and_control_characters_still_make_well_formed_xml() {
    let text = "标题\u{0}\n\n一、甲\u{1}乙\u{b}\n\n（一）丙\u{1f}丁。正文\u{7}。\n";
    for format in ["opml", "freemind", "svg"] {
        let (o, _d) = parse_file(text.as_bytes(), &["--format", format]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        let xml = String::from_utf8(o.stdout).unwrap();
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{format} not well-formed: {e}"),
            }
        }
    }
}

#[test]
fn a_fifty_megabyte_line_is_parsed() {
    let line = "坚持党的领导，推动高质量发展".repeat(50_000_000 / 42);
    let (o, _d) = parse_file(line.as_bytes(), &["--format", "text", "-q"]);
    no_panic(&o);
    assert!(o.status.success());
}

#[test]
fn a_hundred_thousand_sections() {
    let text: String = (1..=100_000)
        .map(|i| format!("{i}. 第{i}项要点\n"))
        .collect();
    let (o, _d) = parse_file(text.as_bytes(), &["-q"]);
    assert!(o.status.success());
    assert_eq!(children(&o), 100_000);
}

/// Shapes that every parallel-form rule looks at across the document (parts sharing a stem,
/// labels over lists, leads sharing an ending, bodiless headings, repeated lines): each is
/// settled through a map, never by comparing every pair; 50 000 of each finish.
#[test]
fn parallel_form_floods_are_parsed() {
    let parts: String = (1..=50_000)
        .map(|i| format!("某某指挥部第{i}号通告\n一、各单位要加强值守。\n"))
        .collect();
    let labels: String = (1..=50_000)
        .map(|i| format!("第{i}小组：\n1.做好登记。\n"))
        .collect();
    let leads: String = std::iter::once("引言。\n".to_string())
        .chain((1..=50_000).map(|i| format!("第{i}项工作要进一步到位。有序推进。\n")))
        .collect();
    let headings: String = (1..=50_000)
        .map(|i| format!("第{}章 第{i}部分\n", crate_cn(i)))
        .collect();
    let repeated = "某某资料站\n正文一句。\n".repeat(50_000);
    // One paragraph in a quotation, its items numbered over and over (`1.……。2.……。`,
    // `一、……。二、……。`): whether each item stands in the quotation is read on along the
    // paragraph, not counted afresh from its start for every item.
    let quoted_items = |item: &dyn Fn(usize) -> String| -> String {
        std::iter::once("工作报告\n\n他说：“要求如下：".to_string())
            .chain((0..40_000).map(item))
            .chain(std::iter::once("”\n".to_string()))
            .collect()
    };
    let quoted_figures = quoted_items(&|i| format!("{}.做好第{i}项登记工作。", i % 9 + 1));
    let quoted_numerals = quoted_items(&|i| format!("一、做好第{i}项工作。二、加强值守。"));
    // One line of words parted by single spaces (`标题：某 某 某 ……`): each gap is read
    // once, whether a bracket before it is open known from the gap before, and a field's
    // next label looked for within a label's reach.
    let spaced = format!(
        "标题：{}
",
        "某 ".repeat(60_000)
    );
    // Paragraphs cast in one template, and quotations alone on their lines over them.
    let templated: String = (0..20_000)
        .map(|i| {
            format!(
                "“第{i}段的话”

读原著，把第{i}件事摆进去，往深里走。正文一句。

读原著，把第{i}项摆进去，往实里走。正文一句。

"
            )
        })
        .collect();
    for text in [
        parts,
        labels,
        leads,
        headings,
        repeated,
        quoted_figures,
        quoted_numerals,
        spaced,
        templated,
    ] {
        let (o, _d) = parse_file(text.as_bytes(), &["-q"]);
        no_panic(&o);
        assert!(o.status.success(), "{}", stderr(&o));
    }
}

/// A Chinese numeral for `n` below 100 000 (enough for chapter numbers in a flood).
fn crate_cn(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    n.to_string()
        .chars()
        .map(|c| D[c.to_digit(10).unwrap_or(0) as usize])
        .collect()
}

#[test]
fn bullets_ten_thousand_deep_are_capped_with_a_warning() {
    let bullets = [
        '●', '•', '◆', '◇', '■', '□', '▪', '▶', '▷', '►', '★', '☆', '○', '◎', '❖', '➢', '✔', '√',
    ];
    let text: String = (0..10_000)
        .map(|i| format!("{} 第{i}层\n", bullets[i % bullets.len()]))
        .collect();
    let (o, _d) = parse_file(text.as_bytes(), &[]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("nesting capped at 16 levels"));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    fn depth(v: &serde_json::Value) -> usize {
        v["children"]
            .as_array()
            .map_or(0, |c| c.iter().map(|n| 1 + depth(n)).max().unwrap_or(0))
    }
    assert_eq!(depth(&doc), 16);
}

#[test]
fn an_unreadable_file_exits_3() {
    // Reading /proc/self/mem from offset 0 fails for every user, root included.
    if !std::path::Path::new("/proc/self/mem").exists() {
        return;
    }
    let o = run(&["parse", "/proc/self/mem"]);
    clean_failure(&o, 3, "cannot read /proc/self/mem");
}

#[test]
fn a_closed_pipe_is_a_quiet_exit() {
    let text: String = (1..=50_000)
        .map(|i| format!("{i}. 第{i}项要点\n"))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, text).unwrap();
    let mut child = Command::new(BIN)
        .args(["parse", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is dropped here, like `| head -c1`.
    let o = child.wait_with_output().unwrap();
    assert_eq!(first, *b"{");
    no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn several_inputs_good_ones_processed_bad_ones_reported() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "标题\n\n一、甲\n\n二、乙\n").unwrap();
    let bin = dir.path().join("bad.txt");
    std::fs::write(&bin, b"\x7fELF\x00\x00\xff\xfe").unwrap();
    let out = dir.path().join("all.jsonl");
    let o = run(&[
        "parse",
        good.to_str().unwrap(),
        "missing.txt",
        bin.to_str().unwrap(),
        good.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(6));
    let err = stderr(&o);
    assert!(err.contains("cannot read missing.txt"), "{err}");
    assert!(err.contains("bad.txt") && err.contains("binary"), "{err}");
    assert!(err.contains("2 files") && err.contains("2 failed"), "{err}");
    let lines = std::fs::read_to_string(&out).unwrap();
    assert_eq!(lines.lines().count(), 2);
}

#[test]
fn stdin_garbage_is_reported_as_stdin() {
    let mut child = Command::new(BIN)
        .args(["parse", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"\x00\xff\xfe\x80")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert!(stderr(&o).contains("cannot decode -"), "{}", stderr(&o));
}
