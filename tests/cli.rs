//! Runs the built `outline` binary: stdin, `-o`, format inference, errors and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_outline");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/samples/qiushi-four-concepts.txt"
);

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn json_is_the_default() {
    let o = run(&["parse", SEED], None);
    assert!(o.status.success());
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["title"], "树牢“四种理念”坚定深化组织工作改革");
    assert_eq!(doc["children"].as_array().unwrap().len(), 4);
}

#[test]
fn stdin_with_yaml() {
    let text = std::fs::read(SEED).unwrap();
    let o = run(&["parse", "-", "--format", "yaml"], Some(&text));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("marker: 一要"));
}

#[test]
fn output_file_takes_format_from_extension() {
    let dir = tempfile::tempdir().unwrap();
    for (name, needle) in [
        ("a.opml", "<opml version=\"2.0\">"),
        ("a.yml", "title: 树牢"),
        ("a.yaml", "column: 求是网评"),
        ("a.json", "\"marker\": \"一、\""),
    ] {
        let path = dir.path().join(name);
        let o = run(&["parse", SEED, "-o", path.to_str().unwrap()], None);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).is_empty());
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(written.contains(needle), "{name}: {written}");
    }
}

#[test]
fn format_flag_beats_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.json");
    let o = run(
        &[
            "parse",
            SEED,
            "-o",
            path.to_str().unwrap(),
            "--format",
            "opml",
        ],
        None,
    );
    assert!(o.status.success());
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("<?xml"));
}

#[test]
fn missing_file_exits_3_naming_it() {
    let o = run(&["parse", "no/such/file.txt"], None);
    assert_eq!(o.status.code(), Some(3));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1);
    assert!(
        err.contains("no/such/file.txt") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn a_directory_without_documents_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("picture.png"), b"\x89PNG").unwrap();
    let o = run(&["parse", dir.path().to_str().unwrap()], None);
    // Nothing to read at all, as for a missing file (README: exit codes).
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("no readable files"), "{}", stderr(&o));
}

#[test]
fn a_directory_is_walked_and_mirrored() {
    let src = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(src.path().join("sub/deeper")).unwrap();
    std::fs::copy(SEED, src.path().join("a.txt")).unwrap();
    std::fs::copy(SEED, src.path().join("sub/deeper/b.txt")).unwrap();
    std::fs::write(src.path().join("sub/ignored.png"), b"x").unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = format!("{}/", out.path().display());
    let o = run(
        &[
            "parse",
            src.path().to_str().unwrap(),
            "-o",
            &target,
            "-f",
            "opml",
            "-j",
            "2",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.path().join("a.opml").exists());
    assert!(out.path().join("sub/deeper/b.opml").exists());
    assert!(!out.path().join("sub/ignored.opml").exists());
    assert!(stderr(&o).contains("2 files"), "{}", stderr(&o));
}

#[test]
fn a_walked_directory_comes_in_name_order() {
    let src = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(src.path().join("b/c")).unwrap();
    let files = ["d.txt", "b/c/x.txt", "a.txt", "b/y.md", "b.txt", "c.txt"];
    for f in files {
        std::fs::write(src.path().join(f), format!("标题{f}\n\n正文。\n")).unwrap();
    }
    let o = run(
        &["parse", src.path().to_str().unwrap(), "-q", "-j", "2"],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let titles: Vec<String> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["title"].to_string())
        .collect();
    let want = ["a.txt", "b/c/x.txt", "b/y.md", "b.txt", "c.txt", "d.txt"];
    let want: Vec<String> = want.iter().map(|f| format!("\"标题{f}\"")).collect();
    assert_eq!(titles, want);
}

#[test]
fn jsonl_keeps_input_order() {
    let other = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/utf16-speech.txt");
    let o = run(&["parse", SEED, other, SEED, "-q"], None);
    assert!(o.status.success());
    let titles: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["title"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        titles,
        [
            "树牢“四种理念”坚定深化组织工作改革",
            "在青年干部座谈会上的讲话",
            "树牢“四种理念”坚定深化组织工作改革"
        ]
    );
}

#[test]
fn several_inputs_need_jsonl_or_a_directory() {
    let o = run(&["parse", SEED, SEED, "--format", "opml"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("jsonl"));
}

#[test]
fn binary_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prog.bin");
    std::fs::write(&path, b"\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe\x80\x81").unwrap();
    let o = run(&["parse", path.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(4));
    let err = stderr(&o);
    assert!(err.contains("prog.bin") && err.contains("binary"), "{err}");
}

#[test]
fn malformed_forced_encoding_exits_4() {
    let o = run(
        &["parse", "-", "--encoding", "utf-8"],
        Some(b"\xff\xfe\xfd abc"),
    );
    assert_eq!(o.status.code(), Some(4));
}

#[test]
fn unknown_encoding_exits_2() {
    let o = run(&["parse", SEED, "--encoding", "klingon"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("klingon"));
}

#[test]
fn forced_gbk_reads_gbk() {
    let gbk = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/fullwidth-gbk.txt");
    let o = run(&["parse", gbk, "--encoding", "gbk"], None);
    assert!(o.status.success());
    assert!(stdout(&o).contains("健全档案管理制度"));
}

#[test]
fn output_into_missing_directory_exits_5_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing/out.json");
    let o = run(&["parse", SEED, "-o", path.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(5));
    assert!(stderr(&o).contains("missing/out.json"));
    assert!(!path.exists());
}

#[test]
fn failed_run_keeps_existing_output() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keep.json");
    std::fs::write(&path, "old").unwrap();
    let o = run(
        &["parse", "no-such-input.txt", "-o", path.to_str().unwrap()],
        None,
    );
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
}

#[cfg(unix)]
#[test]
fn output_to_a_device_writes_it_and_keeps_it() {
    use std::os::unix::fs::FileTypeExt;
    let null = std::path::Path::new("/dev/null");
    if !std::fs::metadata(null).is_ok_and(|m| m.file_type().is_char_device()) {
        return; // no device to write to here
    }
    let o = run(&["parse", SEED, "-f", "opml", "-o", "/dev/null"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::metadata(null)
        .unwrap()
        .file_type()
        .is_char_device());
}

/// Runs `outline parse ARGS -o PIPE` into a new named pipe, read by another thread; gives
/// what came through (`None` where there is no `mkfifo`), and checks the pipe is still one.
#[cfg(unix)]
fn through_a_pipe(args: &[&str]) -> Option<String> {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&pipe).status();
    if !made.is_ok_and(|s| s.success()) {
        return None;
    }
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::read_to_string(pipe).unwrap())
    };
    let mut all = vec!["parse"];
    all.extend(args);
    all.extend(["-o", pipe.to_str().unwrap()]);
    let o = run(&all, None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
    Some(reader.join().unwrap())
}

#[cfg(unix)]
#[test]
fn output_to_a_named_pipe_is_read_from_it() {
    let Some(text) = through_a_pipe(&[SEED]) else {
        return; // no mkfifo here
    };
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["title"], "树牢“四种理念”坚定深化组织工作改革");
}

#[cfg(unix)]
#[test]
fn a_batch_streams_into_a_named_pipe() {
    let Some(text) = through_a_pipe(&[SEED, SEED, "-q"]) else {
        return; // no mkfifo here
    };
    assert_eq!(text.lines().count(), 2);
    for line in text.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(doc["title"], "树牢“四种理念”坚定深化组织工作改革");
    }
}

#[cfg(unix)]
#[test]
fn output_through_a_link_replaces_the_file_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.json");
    let link = dir.path().join("link.json");
    std::fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let o = run(&["parse", SEED, "-o", link.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&real).unwrap()).unwrap();
    assert_eq!(doc["title"], "树牢“四种理念”坚定深化组织工作改革");
}

#[test]
fn warnings_go_to_stderr_unless_quiet() {
    let gap = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/numbering-gap-warning.txt"
    );
    let o = run(&["parse", gap], None);
    assert!(o.status.success());
    assert!(stderr(&o).contains("numbering gap"));
    let o = run(&["parse", gap, "--quiet"], None);
    assert!(stderr(&o).is_empty());
}

#[test]
fn explain_names_the_rule_per_line() {
    let o = run(&["parse", SEED, "--explain"], None);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.contains("furniture: app download"), "{out}");
    assert!(out.contains("一、: heading node at depth 1"), "{out}");
    assert!(
        out.contains("inline series 一要/二要: 1 run(s) of 3 point(s)"),
        "{out}"
    );
}

#[test]
fn formats_lists_every_format() {
    let o = run(&["formats"], None);
    let names: Vec<String> = stdout(&o)
        .lines()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "json", "jsonl", "yaml", "opml", "markdown", "mermaid", "freemind", "xmind", "svg",
            "png", "html", "text"
        ]
    );
}

#[test]
fn every_extension_picks_its_format() {
    let dir = tempfile::tempdir().unwrap();
    for (name, starts) in [
        ("a.md", "# 树牢"),
        ("a.mmd", "mindmap"),
        ("a.mm", "<map version=\"1.0.1\">"),
        ("a.svg", "<?xml"),
        ("a.html", "<!DOCTYPE html>"),
        ("a.txt", "树牢“四种理念”"),
        ("a.xmind", "PK"),
    ] {
        let path = dir.path().join(name);
        let o = run(&["parse", SEED, "-o", path.to_str().unwrap()], None);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(starts.as_bytes()), "{name}");
    }
}

#[test]
fn xmind_is_byte_for_byte_deterministic() {
    let a = run(&["parse", SEED, "--format", "xmind"], None);
    let b = run(&["parse", SEED, "--format", "xmind"], None);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn depth_cuts_and_no_body_drops() {
    // The title and the four sections; with their texts, 导语 and the lead too.
    let o = run(
        &[
            "parse",
            SEED,
            "--depth",
            "1",
            "--no-body",
            "--format",
            "text",
        ],
        None,
    );
    assert_eq!(stdout(&o).lines().count(), 5);
    let o = run(&["parse", SEED, "--depth", "1", "--format", "text"], None);
    assert_eq!(stdout(&o).lines().count(), 11);
    let o = run(&["parse", SEED, "--no-body"], None);
    assert!(!stdout(&o).contains("\"body\""));
}

#[test]
fn notes_as_children_in_opml() {
    let o = run(
        &["parse", SEED, "--format", "opml", "--notes-as-children"],
        None,
    );
    let out = stdout(&o);
    assert!(!out.contains("_note="));
    assert!(out.contains("<outline text=\"要按照“旗帜鲜明讲政治”"));
    // The lead is the child of 导语, the first topic.
    assert!(out.contains("<outline text=\"导语\">\n      <outline text=\"近期热播的"));
}

#[test]
fn output_files_are_readable_by_others() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.json");
    assert!(run(&["parse", SEED, "-o", path.to_str().unwrap()], None)
        .status
        .success());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o644
        );
    }
}

#[test]
fn schema_describes_the_json() {
    let o = run(&["schema"], None);
    let schema: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(schema["properties"]["children"].is_object());
    assert!(schema["$defs"]["Node"]["properties"]["marker"].is_object());
}

#[test]
fn completions_and_man_page() {
    let o = run(&["completions", "bash"], None);
    assert!(o.status.success() && stdout(&o).contains("outline"));
    let o = run(&["man"], None);
    assert!(o.status.success() && stdout(&o).contains(".TH outline"));
}

#[test]
fn empty_input_gives_an_empty_outline() {
    let o = run(&["parse", "-"], Some(b""));
    assert!(o.status.success());
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["children"].as_array().unwrap().len(), 0);
}

#[test]
fn xmind_is_not_written_to_a_terminal() {
    // `script` gives the command a terminal for stdout (util-linux, on every Debian).
    let Ok(o) = Command::new("script")
        .args(["-qc", &format!("{BIN} parse {SEED} -f xmind"), "/dev/null"])
        .output()
    else {
        return;
    };
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("xmind is a binary format"), "{out}");
    assert!(!out.contains("PK"), "{out}");
}

/// Large files are mapped rather than read when they are plain UTF-8; with a byte-order
/// mark, or in another encoding, they are read and decoded. All give the same outline.
#[test]
fn large_files_give_the_same_outline_however_they_are_read() {
    let seed = std::fs::read_to_string(SEED).unwrap();
    // Past the 1 MiB from which files are mapped.
    let big = seed.repeat((1 << 20) / seed.len() + 2);
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.txt");
    let bom = dir.path().join("bom.txt");
    let gb = dir.path().join("gb.txt");
    std::fs::write(&plain, &big).unwrap();
    std::fs::write(&bom, [b"\xEF\xBB\xBF".as_slice(), big.as_bytes()].concat()).unwrap();
    let (encoded, _, bad) = encoding_rs::GB18030.encode(&big);
    assert!(!bad);
    std::fs::write(&gb, &encoded).unwrap();
    let outline = |path: &std::path::Path| {
        let o = run(
            &["parse", path.to_str().unwrap(), "-q", "-f", "jsonl"],
            None,
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        (doc["children"].clone(), doc["title"].clone())
    };
    let want = outline(&plain);
    assert_eq!(want.1, "树牢“四种理念”坚定深化组织工作改革");
    assert!(want.0.as_array().unwrap().len() >= 4);
    assert_eq!(outline(&bom), want);
    assert_eq!(outline(&gb), want);
}

#[test]
fn markdown_headings_without_numbers_are_nodes() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("notes.md");
    std::fs::write(
        &md,
        "# 读书笔记\n\n前言一段。\n\n## 产业振兴\n\n### 特色种植\n\n发展高山蔬菜。\n\n## 人才振兴\n\n返乡青年成为带头人。\n",
    )
    .unwrap();
    let o = run(&["parse", md.to_str().unwrap()], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let titles = |v: &serde_json::Value| -> Vec<String> {
        v["children"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|n| n["title"].as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(doc["title"], "读书笔记");
    assert_eq!(titles(&doc), ["产业振兴", "人才振兴"]);
    assert_eq!(titles(&doc["children"][0]), ["特色种植"]);
}
