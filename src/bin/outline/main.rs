//! The `outline` command: read files or stdin, parse them, write the outlines.

mod alloc;
mod batch;
mod input;
mod ordered;
mod output;

use clap::{CommandFactory, Parser, Subcommand};
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use tigang::{Error, Format};

/// Exit code for bad usage: an unknown flag, format or encoding, or formats that cannot
/// take several inputs.
const EXIT_USAGE: u8 = 2;
/// Exit code when an input cannot be read (missing, a directory, no permission).
const EXIT_READ: u8 = 3;
/// Exit code when an input's bytes are not text we can decode.
const EXIT_DECODE: u8 = 4;
/// Exit code when the output cannot be written.
const EXIT_WRITE: u8 = 5;
/// Exit code of a batch in which some inputs failed (each is reported on stderr).
const EXIT_SOME_FAILED: u8 = 6;

/// Turn Chinese commentary and official documents into outlines for mind maps.
#[derive(Parser)]
#[command(name = "outline", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse documents and write their outlines (JSON by default).
    Parse(ParseArgs),
    /// List the output formats.
    Formats,
    /// Print the JSON Schema of the JSON output.
    Schema,
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

/// The options of `outline parse`.
#[derive(clap::Args)]
pub struct ParseArgs {
    /// Input files or directories (walked for *.txt), or `-` for standard input.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Output format: json, jsonl, yaml, opml, markdown, mermaid, freemind, xmind, svg, html,
    /// text [default: from the -o extension, else json; jsonl for several inputs].
    #[arg(short, long)]
    format: Option<Format>,
    /// Write to this file (atomically); with several inputs, a directory (ending in `/`)
    /// gets one output per input, mirroring the input tree.
    #[arg(short, long)]
    output: Option<String>,
    /// Read the inputs as text, docx, html or markdown [default: from the extension; text
    /// for standard input and other endings].
    #[arg(long, value_name = "FORMAT")]
    input_format: Option<tigang::InputFormat>,
    /// Read the input in this encoding (utf-8, gb18030, gbk, big5, utf-16le …) instead of detecting it.
    #[arg(long)]
    encoding: Option<String>,
    /// Keep only this many levels of the outline.
    #[arg(long, value_name = "N")]
    depth: Option<usize>,
    /// Leave the body text out.
    #[arg(long)]
    no_body: bool,
    /// Put each body in a child node of its own (for tools that ignore OPML notes).
    #[arg(long)]
    notes_as_children: bool,
    /// Print how each line was classified, and why, instead of the outline.
    #[arg(long)]
    explain: bool,
    /// Files parsed at once [default: all cores; at most four a core].
    #[arg(short = 'j', long, value_name = "N")]
    jobs: Option<usize>,
    /// Print no warnings, progress or summary on standard error.
    #[arg(short, long)]
    quiet: bool,
}

impl ParseArgs {
    /// The reshaping the flags ask for.
    fn shape(&self) -> tigang::Shape {
        tigang::Shape {
            depth: self.depth,
            no_body: self.no_body,
            notes_as_children: self.notes_as_children,
        }
    }
}

fn main() -> ExitCode {
    alloc::purge_freed_memory_at_once();
    let cli = Cli::parse();
    match cli.command {
        Command::Formats => {
            for f in Format::ALL {
                println!("{:<9} .{:<6} {}", f.name(), f.extension(), f.description());
            }
            ExitCode::SUCCESS
        }
        Command::Schema => {
            let schema = schemars::schema_for!(tigang::Document);
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "outline", &mut io::stdout());
            ExitCode::SUCCESS
        }
        Command::Man => match clap_mangen::Man::new(Cli::command()).render(&mut io::stdout()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => report(&Error::write("-", e)),
        },
        Command::Parse(args) => {
            output::remove_on_signals();
            let single = args.inputs.len() == 1
                && !std::path::Path::new(&args.inputs[0]).is_dir()
                && !args.output.as_deref().is_some_and(output::is_dir_target);
            if single {
                match run_one(&args) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => report(&e),
                }
            } else {
                batch::run(&args)
            }
        }
    }
}

/// One input, read and decoded.
pub struct Loaded {
    /// The decoded text (the document borrows from it).
    text: String,
    /// Bytes read.
    size: usize,
    /// What the document reader clamped or left out.
    warnings: Vec<tigang::Warning>,
    /// The headings the format states (Markdown `#`, HTML headings), by line of `text`.
    hints: Vec<tigang::Hint>,
}

/// Reads and decodes one input.
fn load(input: &input::Input, args: &ParseArgs) -> Result<Loaded, Error> {
    let forced = args
        .encoding
        .as_deref()
        .map(tigang::encoding_for_label)
        .transpose()?;
    let format = args
        .input_format
        .or_else(|| {
            (!input.is_stdin())
                .then(|| tigang::InputFormat::from_path(&input.name))
                .flatten()
        })
        .unwrap_or(tigang::InputFormat::Text);
    let bytes = input.read()?;
    let size = bytes.len();
    let decoded = tigang::read_document(&input.name, bytes, format, forced)?;
    Ok(Loaded {
        text: decoded.text,
        size,
        warnings: decoded.warnings,
        hints: decoded.hints,
    })
}

/// Parses a loaded input into its document, reshaped as the flags ask, telling warnings
/// on stderr unless quiet; with `--explain`, also how each line was classified.
fn parse_text<'t>(
    input: &input::Input,
    loaded: &'t Loaded,
    args: &ParseArgs,
) -> (tigang::Document<'t>, Vec<(usize, String)>) {
    let text = loaded.text.as_str();
    // Notes cost a string per line: they are made only for `--explain`.
    let (mut doc, notes) = tigang::parse_hinted(text, &loaded.hints, args.explain);
    if !loaded.warnings.is_empty() {
        doc.warnings.extend(loaded.warnings.iter().cloned());
        doc.warnings.sort_by_key(|w| w.line);
    }
    if !args.quiet {
        for w in &doc.warnings {
            let line = format!("{}:{}: warning: {}", input.name, w.line, w.message);
            eprintln!("{}", tigang::render::escape_controls(&line));
        }
    }
    let shape = args.shape();
    let doc = if shape.is_identity() {
        doc
    } else {
        shape.apply(&doc)
    };
    (doc, notes)
}

/// One input to one output.
fn run_one(args: &ParseArgs) -> Result<(), Error> {
    let listing = input::expand(&args.inputs);
    let input = listing.inputs.into_iter().next().expect("one input")?;
    let target = args.output.as_deref().filter(|&p| p != "-").map(Path::new);
    if let Some(path) = target.filter(|_| !input.is_stdin()) {
        // Refused before the input is read: an output never replaces its input.
        let same = output::identity(path)
            .is_some_and(|out| output::identity(Path::new(&input.name)) == Some(out));
        if same {
            return Err(Error::Write {
                path: path.display().to_string(),
                source: io::Error::other("it is the input: an output never replaces its input"),
            });
        }
    }
    let loaded = load(&input, args)?;
    let (doc, notes) = parse_text(&input, &loaded, args);
    if args.explain {
        let text = explain(&loaded.text, &notes);
        return io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| Error::write("-", e));
    }
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Json);
    let written = match target {
        Some(path) => output::write_atomically(path, |out| format.render(&doc, out)),
        _ if format.is_binary() && io::stdout().is_terminal() => Err(Error::Usage(format!(
            "{} is a binary format: write it to a file with -o NAME.{}",
            format.name(),
            format.extension()
        ))),
        _ => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            format
                .render(&doc, &mut out)
                .and_then(|()| out.flush().map_err(|e| Error::write("-", e)))
        }
    };
    // The process ends here: freeing a large tree node by node would only cost time.
    std::mem::forget((doc, notes));
    std::mem::forget(loaded);
    written
}

/// Lists every non-blank line with how it was classified.
fn explain(text: &str, notes: &[(usize, String)]) -> String {
    let mut out = String::new();
    let mut said = notes.iter().peekable();
    for l in tigang::text::lines(text) {
        let mine: Vec<&str> = std::iter::from_fn(|| said.next_if(|(n, _)| *n <= l.no))
            .filter(|(n, _)| *n == l.no)
            .map(|(_, s)| s.as_str())
            .collect();
        if l.text.is_empty() {
            continue;
        }
        let preview: String = l.text.chars().take(30).collect();
        let what = if mine.is_empty() {
            "text".to_string()
        } else {
            mine.join("; ")
        };
        let preview = tigang::render::escape_controls(&preview);
        let what = tigang::render::escape_controls(&what);
        out.push_str(&format!("{:>5}  {preview}\n       → {what}\n", l.no));
    }
    out
}

/// Prints an error and gives its exit code; a broken pipe on stdout is a quiet success.
fn report(e: &Error) -> ExitCode {
    if let Error::Write { path, source } = e {
        // A broken pipe means the reader (head, less) has had enough: quiet success.
        if path == "-" && source.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    say(&e.to_string());
    ExitCode::from(exit_code(e))
}

/// Prints `outline: LINE` on stderr, with control characters (from file names or
/// documents) escaped rather than sent to the terminal.
pub fn say(line: &str) {
    eprintln!("outline: {}", tigang::render::escape_controls(line));
}

/// The workers for `-j`: at most four a core (more only cost threads and memory; `-j 8000`
/// had made a run take minutes); 0 or none, one a core.
pub fn jobs(asked: Option<usize>) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    asked.unwrap_or(0).min(4 * cores)
}

/// The exit code for an error.
fn exit_code(e: &Error) -> u8 {
    match e {
        Error::Read { .. } => EXIT_READ,
        Error::Decode { .. } => EXIT_DECODE,
        Error::UnknownEncoding(_) | Error::Usage(_) => EXIT_USAGE,
        Error::Write { .. } | Error::Render { .. } => EXIT_WRITE,
    }
}
