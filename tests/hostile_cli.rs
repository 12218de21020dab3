//! Runs the built `outline` binary on the hostile cases of issue 13 that belong to the
//! command line and the renderers: batches that would lose data, special files in a
//! directory, Mermaid injection, renderer memory, signals, the umask, dangling links,
//! standard input under `-o DIR/`, control characters on the terminal, write errors.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_outline");

fn spawn(args: &[&str]) -> Child {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Runs `outline ARGS`, killed (and the test failed) if it takes longer than `limit`.
fn run_within(args: &[&str], limit: Duration) -> Output {
    let mut child = spawn(args);
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("outline {args:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn run(args: &[&str]) -> Output {
    run_within(args, Duration::from_secs(120))
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A small document with a title and two sections.
fn doc(title: &str) -> String {
    format!("{title}\n\n一、甲\n\n正文。\n\n二、乙\n\n正文。\n")
}

/// The files in `dir`, by name, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

// Item 4: batches never map two inputs to one output nor write over an input.

#[test]
fn inputs_differing_only_in_their_ending_are_refused_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("a.txt"), doc("甲文")).unwrap();
    std::fs::write(input.join("a.md"), "# 乙文\n\n正文。\n").unwrap();
    std::fs::write(input.join("a.html"), "<h1>丙文</h1><p>正文。</p>").unwrap();
    std::fs::write(input.join("b.txt"), doc("丁文")).unwrap();
    let out = dir.path().join("out");
    let target = format!("{}/", s(&out));
    let args = ["parse", "a.txt", "a.md", "a.html", "b.txt", "-o", &target];
    let o = Command::new(BIN)
        .args(args)
        .arg("-q")
        .current_dir(&input)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    // The three are refused before anything is written; the fourth is written.
    assert_eq!(names(&out), ["b.json"]);
    let err = stderr(&o);
    assert_eq!(err.matches("none of them is written").count(), 3, "{err}");
    for name in ["a.txt", "a.md", "a.html"] {
        assert!(err.contains(name), "{err}");
    }
}

#[test]
fn the_same_name_in_two_directories_is_refused_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    for d in ["d1", "d2"] {
        std::fs::create_dir(dir.path().join(d)).unwrap();
        std::fs::write(dir.path().join(d).join("x.txt"), doc(d)).unwrap();
    }
    let out = dir.path().join("out");
    let o = run(&[
        "parse",
        s(&dir.path().join("d1/x.txt")),
        s(&dir.path().join("d2/x.txt")),
        "-o",
        &format!("{}/", s(&out)),
    ]);
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(!out.join("x.json").exists());
    assert!(stderr(&o).contains("0 files") && stderr(&o).contains("2 failed"));
}

#[test]
fn a_batch_into_its_own_directory_never_replaces_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let md = "# 原稿\n\n正文。\n";
    std::fs::write(dir.path().join("a.txt"), doc("甲文")).unwrap();
    std::fs::write(dir.path().join("a.md"), md).unwrap();
    std::fs::write(dir.path().join("c.txt"), doc("丙文")).unwrap();
    let target = format!("{}/", s(dir.path()));
    let o = run(&["parse", s(dir.path()), "-o", &target, "-f", "markdown"]);
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.md")).unwrap(),
        md
    );
    // c.txt has an output of its own: written.
    assert!(std::fs::read_to_string(dir.path().join("c.md"))
        .unwrap()
        .contains("丙文"));
    assert!(stderr(&o).contains("2 failed"), "{}", stderr(&o));
}

#[test]
fn an_output_that_is_the_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let text = doc("甲文");
    std::fs::write(&a, &text).unwrap();
    let o = run(&["parse", s(&a), "-o", s(&a)]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(stderr(&o).contains("it is the input"), "{}", stderr(&o));
    // Through a link, and as the stream of a batch.
    #[cfg(unix)]
    {
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&a, &link).unwrap();
        let o = run(&["parse", s(&a), "-o", s(&link)]);
        assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    }
    let b = dir.path().join("b.txt");
    std::fs::write(&b, doc("乙文")).unwrap();
    let o = run(&["parse", s(&b), s(&a), "-o", s(&a), "-f", "jsonl"]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), text);
    assert_eq!(names(dir.path()).len(), if cfg!(unix) { 3 } else { 2 });
}

// Item 5: special files in a directory.

#[cfg(unix)]
fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(unix)]
#[test]
fn a_walk_takes_regular_files_and_reports_what_it_skips() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), doc("甲文")).unwrap();
    if !mkfifo(&d.join("p.txt")) {
        return; // no mkfifo here
    }
    std::os::unix::fs::symlink("/dev/zero", d.join("z.txt")).unwrap();
    std::os::unix::fs::symlink(d.join("a.txt"), d.join("l.txt")).unwrap();
    std::os::unix::fs::symlink(d.join("missing.txt"), d.join("x.txt")).unwrap();
    let o = run_within(&["parse", s(d)], Duration::from_secs(30));
    assert!(o.status.success(), "{}", stderr(&o));
    // a.txt and the link to it.
    assert_eq!(stdout(&o).lines().count(), 2);
    let err = stderr(&o);
    assert!(err.contains("p.txt: a named pipe"), "{err}");
    assert!(err.contains("z.txt: a device"), "{err}");
    assert!(err.contains("x.txt: a dangling symbolic link"), "{err}");
    assert!(
        err.contains("2 files") && err.contains("3 skipped"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_on_the_command_line_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("p.txt");
    if !mkfifo(&pipe) {
        return;
    }
    let writer = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::write(pipe, doc("管道文")).unwrap())
    };
    let o = run_within(&["parse", s(&pipe)], Duration::from_secs(30));
    writer.join().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("管道文"));
}

// Item 7: Mermaid injection.

#[test]
fn mermaid_lets_no_directive_or_markup_through() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "标题\n\n一、甲\n\n正文。\n\n\
         二、%%{init: {'theme':'forest','themeCSS':'.node rect{fill:red}'}}%%乙\n\n正文。\n\n\
         三、<img src=x onerror=alert(1)>丙&amp;\n\n正文。\n",
    )
    .unwrap();
    let o = run(&["parse", s(&a), "-f", "mermaid"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("#37;#37;{init"), "{text}");
    assert!(
        text.contains("#lt;img src=x onerror=alert(1)#gt;丙#amp;amp"),
        "{text}"
    );
    for bad in ['%', '<', '>', '&'] {
        assert!(!text.contains(bad), "{bad} in {text}");
    }
}

// Item 8: renderers stream; what they add to the parse stays small.

/// Peak resident memory of `outline ARGS` in KiB, from GNU time (`None` without it).
fn peak_kib(args: &[&str]) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let o = Command::new(time)
        .args(["-f", "%M", BIN])
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    stderr(&o).lines().last()?.trim().parse().ok()
}

#[test]
fn renderers_add_little_memory_to_the_parse() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("sections.txt");
    // 50 000 sibling sections (0.5 MB): a value tree or a string of the whole picture had
    // taken 40 to 100 MB more than the parse.
    std::fs::write(&a, "一、甲\n".repeat(50_000)).unwrap();
    let peak = |f: &str| peak_kib(&["parse", s(&a), "-q", "-f", f, "-o", "/dev/null"]);
    let Some(json) = peak("json") else {
        return; // no GNU time here
    };
    for f in ["xmind", "svg", "html"] {
        let p = peak(f).unwrap();
        assert!(
            p <= json + 20 * 1024,
            "{f}: {p} KiB against {json} KiB for JSON"
        );
    }
}

// Item 9: leftovers and edges.

/// The hidden temporary files in `dir`.
fn temps(dir: &Path) -> Vec<String> {
    names(dir)
        .into_iter()
        .filter(|n| n.starts_with(".outline-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_signal_during_a_write_removes_the_temporary_file() {
    for signal in ["INT", "TERM"] {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        std::fs::write(&a, doc("甲文")).unwrap();
        let out = dir.path().join("out.jsonl");
        // A stream whose second input (standard input) never ends: the temporary output is
        // made at the start and held open.
        let mut child = Command::new(BIN)
            .args(["parse", s(&a), "-", "-q", "-o", s(&out)])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while temps(dir.path()).is_empty() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "no temporary file"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        // Held open until the child is gone (`wait` would close it, and the run could end).
        let stdin = child.stdin.take();
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        assert!(!status.success(), "SIG{signal}: {status:?}");
        drop(stdin);
        assert_eq!(temps(dir.path()), Vec::<String>::new(), "after SIG{signal}");
        assert!(!out.exists());
    }
}

#[test]
fn too_many_jobs_are_capped() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, doc("甲文")).unwrap();
    let o = run_within(
        &["parse", s(&a), s(&a), "-q", "-j", "8000"],
        Duration::from_secs(30),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[cfg(unix)]
#[test]
fn new_outputs_respect_the_umask_and_replaced_ones_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, doc("甲文")).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let under_umask = |umask: &str, out: &Path, extra: &str| {
        let script = format!("umask {umask}; exec \"$0\" parse \"$1\" -q -o \"$2\"{extra}");
        let o = Command::new("sh")
            .args(["-c", &script, BIN, s(&a), s(out)])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    };
    let out = dir.path().join("out.json");
    under_umask("077", &out, "");
    assert_eq!(mode(&out), 0o600);
    let out = dir.path().join("out2.json");
    under_umask("002", &out, "");
    assert_eq!(mode(&out), 0o664);
    // A file replaced keeps its own mode, whatever the umask.
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    under_umask("077", &out, "");
    assert_eq!(mode(&out), 0o640);
    // A directory of outputs, too.
    let outs = dir.path().join("outs");
    under_umask("027", &outs, "/ -f opml");
    assert_eq!(mode(&outs.join("a.opml")), 0o640);
}

#[cfg(unix)]
#[test]
fn a_dangling_output_link_is_refused_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, doc("甲文")).unwrap();
    let link = dir.path().join("out.json");
    let missing = dir.path().join("missing.json");
    std::os::unix::fs::symlink(&missing, &link).unwrap();
    let o = run(&["parse", s(&a), "-o", s(&link)]);
    assert_eq!(o.status.code(), Some(5), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("dangling symbolic link"),
        "{}",
        stderr(&o)
    );
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(!missing.exists());
    assert!(temps(dir.path()).is_empty());
}

#[test]
fn standard_input_into_a_directory_is_named_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .args(["parse", "-", "-q", "-o", &format!("{}/", s(dir.path()))])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(doc("标准输入").as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(names(dir.path()), ["stdin.json"]);
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "标题\u{1b}]0;pwned\u{7}\n\n一、甲\u{1b}[2J乙\u{202e}丙\n\n正文\u{9b}31m。\n\n二、丁\n\n正文。\n",
    )
    .unwrap();
    let raw = |b: &[u8]| {
        let t = String::from_utf8_lossy(b).into_owned();
        t.chars()
            .find(|&c| (c.is_control() && c != '\n') || c == '\u{202e}')
            .map(|c| format!("{c:?} in {t}"))
    };
    for args in [vec!["-f", "text"], vec!["--explain"]] {
        let mut all = vec!["parse", s(&a)];
        all.extend(args);
        let o = run(&all);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(raw(&o.stdout), None);
        assert!(stdout(&o).contains("\\u{1b}"), "{}", stdout(&o));
    }
    // A file name with an escape sequence, in the error line.
    let name = dir.path().join("no\u{1b}[2Jsuch.txt");
    let o = run(&["parse", s(&name)]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(raw(&o.stderr), None);
    assert!(
        stderr(&o).contains("no\\u{1b}[2Jsuch.txt"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_write_error_names_the_file_once() {
    let full = PathBuf::from("/dev/full");
    if !full.exists() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    // More than the buffers hold, so that the renderer's own writes fail.
    std::fs::write(&a, "一、甲\n".repeat(20_000)).unwrap();
    for f in ["json", "svg", "opml", "yaml", "text"] {
        let o = run(&["parse", s(&a), "-q", "-f", f, "-o", "/dev/full"]);
        assert_eq!(o.status.code(), Some(5), "{f}: {}", stderr(&o));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{f}: {err}");
        assert!(
            err.starts_with("outline: cannot write /dev/full: "),
            "{f}: {err}"
        );
    }
}
