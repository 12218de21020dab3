//! Many inputs: parsed in parallel (rayon, see `ordered`), written in input order, either as JSON Lines
//! to one stream or as one output per input under a directory; a progress bar when stderr
//! is a terminal, and a closing summary.

use crate::choice;
use crate::cli::ParseArgs;
use crate::exit;
use crate::input::{self, Input};
use crate::lang::{t, words};
use crate::load::{load, parse_text};
use crate::ordered;
use crate::output;
use crate::voice::{report, say};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use tigang::{Error, Format};

/// The JSON Lines stream is written a mebibyte at a time: 8 KiB writes made writing a
/// 130 MB stream cost as much system time as reading the inputs.
const STREAM_BUFFER: usize = 1 << 20;

/// The workers for `-j`: at most four a core (more only cost threads and memory; `-j 8000`
/// had made a run take minutes); 0 or none, one a core.
fn jobs(asked: Option<usize>) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    asked.unwrap_or(0).min(4 * cores)
}

/// What one input came to.
struct Done {
    /// Bytes read.
    size: usize,
    /// Warnings in its document.
    warnings: usize,
    /// The JSON line, when writing one stream.
    line: Option<Vec<u8>>,
}

/// Runs a batch; returns the exit code (0; [`exit::SOME_FAILED`] when any input failed;
/// [`exit::READ`] when there was nothing to read at all).
pub fn run(args: &ParseArgs) -> ExitCode {
    let dir = args.output.as_deref().filter(|o| output::is_dir_target(o));
    let format = match choice::batch(args, dir.is_some()) {
        Ok(format) => format,
        Err(e) => return report(&e),
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(jobs(args.jobs))
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            say(&t!("cannot-start-workers", why = e.to_string()));
            return ExitCode::from(exit::USAGE);
        }
    };
    // The pool's workers list the directories too: they would be idle meanwhile.
    let listing = pool.install(|| input::expand(&args.inputs));
    if !args.quiet {
        for s in &listing.skipped {
            say(&t!(
                "skipped",
                path = s.path.as_str(),
                why = words("phrase", s.why)
            ));
        }
    }
    let skipped = listing.skipped.len();
    if listing.inputs.iter().all(Result::is_err) {
        // Nothing to read at all (directories with no document): the run failed as a
        // whole, as for a missing file; no output is made.
        for e in listing.inputs.into_iter().filter_map(Result::err) {
            say(&crate::words::error(&Error::from(e)));
        }
        return ExitCode::from(exit::READ);
    }
    // Every output is settled before anything is written: two inputs with one output, or
    // an output that would replace an input, are refused.
    let inputs = match dir {
        Some(dir) => pool.install(|| plan(listing.inputs, Path::new(dir), format)),
        None => {
            if let Some(path) = args.output.as_deref().filter(|&p| p != "-") {
                if let Some(clash) = clashes_with_input(Path::new(path), &listing.inputs) {
                    return report(&clash);
                }
            }
            listing
                .inputs
                .into_iter()
                .map(|i| i.map(Job::Run).unwrap_or_else(Job::Unreadable))
                .collect()
        }
    };
    let progress = progress_bar(inputs.len(), args.quiet);
    let started = Instant::now();
    let (mut files, mut bytes, mut warnings, mut failed) = (0usize, 0usize, 0usize, 0usize);
    let mut first_error: Option<u8> = None;
    let sink_name = args.output.as_deref().unwrap_or("-");
    let mut sink: Box<dyn Write> = match args.output.as_deref() {
        Some(path) if dir.is_none() && path != "-" => {
            // The stream goes to a temporary file renamed into place at the end.
            match StreamFile::create(Path::new(path)) {
                Ok(f) => Box::new(f),
                Err(e) => return report(&e),
            }
        }
        _ if dir.is_none() => Box::new(io::BufWriter::with_capacity(
            STREAM_BUFFER,
            io::stdout().lock(),
        )),
        _ => Box::new(io::sink()),
    };
    // The workers take the next input as soon as they are free; this thread writes the
    // results in input order while they go on. A failed write stops the work.
    let mut write_error: Option<Error> = None;
    let mut pending = Pending::default();
    ordered::for_each_ordered(
        &pool,
        &inputs,
        |job| match job {
            Job::Run(input) => one(input, args, format, dir),
            Job::Unreadable(e) => Err(Error::from(e.clone())),
            Job::Refused { path, message } => Err(Error::Write {
                path: path.clone(),
                source: io::Error::other(message.clone()),
            }),
        },
        |result| {
            progress.inc(1);
            match result {
                Ok(done) => {
                    files += 1;
                    bytes += done.size;
                    warnings += done.warnings;
                    if let Some(line) = done.line {
                        if let Err(e) = pending.push(line, &mut sink) {
                            write_error = Some(Error::write(sink_name, e));
                            return false;
                        }
                    }
                }
                Err(e) => {
                    failed += 1;
                    first_error.get_or_insert(exit::code(&e));
                    progress.suspend(|| say(&crate::words::error(&e)));
                }
            }
            true
        },
    );
    progress.finish_and_clear();
    if let Some(e) = write_error {
        return report(&e);
    }
    if let Err(e) = pending.write(&mut sink).and_then(|()| sink.flush()) {
        return report(&Error::write(sink_name, e));
    }
    drop(sink);
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        let mb = bytes as f64 / 1e6;
        let mut line = t!(
            "summary",
            files = files,
            mb = format!("{mb:.1}"),
            secs = format!("{secs:.2}"),
            rate = format!("{:.1}", mb / secs.max(1e-9)),
            warnings = warnings,
            failed = failed
        );
        if skipped > 0 {
            line.push_str(&t!("summary-skipped", skipped = skipped));
        }
        eprintln!("outline: {line}");
    }
    match first_error {
        None => ExitCode::SUCCESS,
        Some(_) => ExitCode::from(exit::SOME_FAILED),
    }
}

/// What a batch does with one input.
enum Job {
    /// Parse and write it.
    Run(Input),
    /// A directory that could not be listed.
    Unreadable(input::Unreadable),
    /// An input whose output is refused before anything is written.
    Refused { path: String, message: String },
}

/// Settles each input's output under `dir`, refusing the inputs whose output another input
/// also has (the same file name with another ending, or the same name in two directories)
/// and those whose output is an input (e.g. `-o` into the input directory as Markdown).
fn plan(inputs: Vec<Result<Input, input::Unreadable>>, dir: &Path, format: Format) -> Vec<Job> {
    use rayon::prelude::*;
    use std::collections::{HashMap, HashSet};
    let targets: Vec<Option<PathBuf>> = inputs
        .iter()
        .map(|i| {
            i.as_ref()
                .ok()
                .map(|i| output::target_in(dir, i.rel(), format))
        })
        .collect();
    let mut first: HashMap<&Path, usize> = HashMap::with_capacity(inputs.len());
    let mut shared: HashMap<usize, usize> = HashMap::new();
    for (k, t) in targets.iter().enumerate() {
        let Some(t) = t else { continue };
        match first.get(t.as_path()) {
            Some(&j) => {
                shared.insert(k, j);
                shared.entry(j).or_insert(k);
            }
            None => {
                first.insert(t, k);
            }
        }
    }
    // Outputs that exist already, and then, if any does, the inputs' own identities.
    let existing: Vec<Option<_>> = targets
        .par_iter()
        .map(|t| t.as_deref().and_then(output::identity))
        .collect();
    let inputs_at: HashSet<_> = if existing.iter().any(Option::is_some) {
        inputs
            .par_iter()
            .filter_map(|i| i.as_ref().ok().filter(|i| !i.is_stdin()))
            .filter_map(|i| output::identity(Path::new(&i.name)))
            .collect()
    } else {
        HashSet::new()
    };
    let name = |k: usize| {
        inputs[k]
            .as_ref()
            .map_or("", |i| i.name.as_str())
            .to_string()
    };
    let refusals: Vec<Option<(String, String)>> = (0..inputs.len())
        .map(|k| {
            let target = targets[k].as_ref()?;
            let message = if let Some(&other) = shared.get(&k) {
                t!("outputs-alike", one = name(k), other = name(other))
            } else if existing[k]
                .as_ref()
                .is_some_and(|id| inputs_at.contains(id))
            {
                t!("output-of-input", input = name(k))
            } else {
                return None;
            };
            Some((target.display().to_string(), message))
        })
        .collect();
    inputs
        .into_iter()
        .zip(refusals)
        .map(|(input, refusal)| match (input, refusal) {
            (Err(e), _) => Job::Unreadable(e),
            (Ok(_), Some((path, message))) => Job::Refused { path, message },
            (Ok(input), None) => Job::Run(input),
        })
        .collect()
}

/// Tells whether the one output `path` of a stream is one of the inputs.
fn clashes_with_input(path: &Path, inputs: &[Result<Input, input::Unreadable>]) -> Option<Error> {
    let out = output::identity(path)?;
    let input = inputs.iter().filter_map(|i| i.as_ref().ok()).find(|i| {
        !i.is_stdin() && output::identity(Path::new(&i.name)).is_some_and(|id| id == out)
    })?;
    Some(Error::Write {
        path: path.display().to_string(),
        source: io::Error::other(t!("output-is-an-input", input = input.name.as_str())),
    })
}

/// Parses one input and renders it: to its own file under `dir`, or to a JSON line.
fn one(input: &Input, args: &ParseArgs, format: Format, dir: Option<&str>) -> Result<Done, Error> {
    let loaded = load(input, args)?;
    let (doc, _) = parse_text(input, &loaded, args);
    crate::load::warn_if_picture_shrinks(input, &doc, format, args);
    let size = loaded.size;
    let warnings = doc.warnings.len();
    let line = match dir {
        Some(dir) => {
            let target = output::target_in(Path::new(dir), input.rel(), format);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::Write {
                    path: parent.display().to_string(),
                    source: e,
                })?;
            }
            output::write_atomically(&target, |out| format.render(&doc, out))?;
            None
        }
        None => {
            let mut line = Vec::new();
            format.render_onto(&doc, &mut line)?;
            Some(line)
        }
    };
    Ok(Done {
        size,
        warnings,
        line,
    })
}

/// JSON lines waiting to be written: a mebibyte at a time, each line from its own vector
/// in one gathering write (copying 130 MB of lines into a buffer had been most of the
/// writing thread's work).
#[derive(Default)]
struct Pending {
    lines: Vec<Vec<u8>>,
    bytes: usize,
}

impl Pending {
    fn push(&mut self, line: Vec<u8>, sink: &mut dyn Write) -> io::Result<()> {
        self.bytes += line.len();
        self.lines.push(line);
        if self.bytes >= STREAM_BUFFER {
            self.write(sink)?;
        }
        Ok(())
    }

    fn write(&mut self, sink: &mut dyn Write) -> io::Result<()> {
        let mut slices: Vec<io::IoSlice> = self.lines.iter().map(|l| io::IoSlice::new(l)).collect();
        let mut rest = &mut slices[..];
        while !rest.is_empty() {
            match sink.write_vectored(rest) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => io::IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.lines.clear();
        self.bytes = 0;
        Ok(())
    }
}

/// A bar on stderr when it is a terminal and the batch is more than a few files.
fn progress_bar(n: usize, quiet: bool) -> ProgressBar {
    if quiet || n < 8 || !io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(n as u64);
    if let Ok(style) = ProgressStyle::with_template(&format!(
        "{{bar:40}} {{pos}}/{{len}} {} {{elapsed_precise}} ETA {{eta}}",
        t!("progress")
    )) {
        bar.set_style(style);
    }
    bar
}

/// A JSON Lines file: written through a temporary file renamed into place when flushed
/// cleanly, or, when the output is no regular file (`/dev/null`, a named pipe), written to
/// as it is.
struct StreamFile {
    out: io::BufWriter<std::fs::File>,
    /// The temporary file's path and the file it replaces, until renamed.
    replace: Option<(output::TempPath, PathBuf)>,
}

impl StreamFile {
    fn create(path: &Path) -> Result<Self, Error> {
        let target = output::target(path).map_err(|e| Error::Write {
            path: path.display().to_string(),
            source: e,
        })?;
        let (file, replace) = match target {
            output::Target::Direct(file) => (file, None),
            output::Target::Replace(tmp, replaced) => {
                // The file apart from its path: a `File` writes gathered lines at once.
                let (file, temp) = tmp.into_parts();
                (file, Some((temp, replaced)))
            }
        };
        Ok(StreamFile {
            out: io::BufWriter::with_capacity(STREAM_BUFFER, file),
            replace,
        })
    }
}

impl Write for StreamFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        self.out.write_vectored(bufs)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()?;
        match self.replace.take() {
            Some((temp, replaced)) => temp.persist(&replaced),
            None => Ok(()),
        }
    }
}
