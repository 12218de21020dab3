//! The `outline` command: read a file or stdin, parse it, write the outline.

use clap::{CommandFactory, Parser, Subcommand};
use std::io::{self, Read, Write};
use std::process::ExitCode;
use tigang::{Error, Format};

/// Exit code when an input cannot be read (missing, a directory, no permission).
const EXIT_READ: u8 = 3;
/// Exit code when an input's bytes are not text we can decode.
const EXIT_DECODE: u8 = 4;
/// Exit code when the output cannot be written.
const EXIT_WRITE: u8 = 5;
/// Exit code for a bad `--encoding` or `--format`.
const EXIT_USAGE: u8 = 2;

/// Turn Chinese commentary and official documents into outlines for mind maps.
#[derive(Parser)]
#[command(name = "outline", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse a document and write its outline (JSON by default).
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

#[derive(clap::Args)]
struct ParseArgs {
    /// The input file, or `-` for standard input.
    input: String,
    /// Output format: json, yaml, opml, markdown, mermaid, freemind, xmind, svg, html, text
    /// [default: from the -o extension, else json].
    #[arg(short, long)]
    format: Option<Format>,
    /// Keep only this many levels of the outline.
    #[arg(long, value_name = "N")]
    depth: Option<usize>,
    /// Leave the body text out.
    #[arg(long)]
    no_body: bool,
    /// Put each body in a child node of its own (for tools that ignore OPML notes).
    #[arg(long)]
    notes_as_children: bool,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long)]
    output: Option<String>,
    /// Read the input in this encoding (utf-8, gb18030, gbk, big5, utf-16le …) instead of detecting it.
    #[arg(long)]
    encoding: Option<String>,
    /// Print how each line was classified, and why, instead of the outline.
    #[arg(long)]
    explain: bool,
    /// Do not print warnings on standard error.
    #[arg(short, long)]
    quiet: bool,
}

fn main() -> ExitCode {
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
        Command::Parse(args) => match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => report(&e),
        },
    }
}

fn run(args: &ParseArgs) -> Result<(), Error> {
    let forced = args
        .encoding
        .as_deref()
        .map(tigang::encoding_for_label)
        .transpose()?;
    let bytes = read_input(&args.input)?;
    let decoded = tigang::decode_file(&args.input, bytes, forced)?;
    let (doc, notes) = tigang::parse_explained(&decoded.text);
    let shape = tigang::Shape {
        depth: args.depth,
        no_body: args.no_body,
        notes_as_children: args.notes_as_children,
    };
    let doc = if shape.is_identity() {
        doc
    } else {
        shape.apply(&doc)
    };
    if !args.quiet {
        for w in &doc.warnings {
            eprintln!("{}:{}: warning: {}", args.input, w.line, w.message);
        }
    }
    if args.explain {
        let mut out = io::stdout().lock();
        let text = explain(&decoded.text, &notes);
        return out
            .write_all(text.as_bytes())
            .map_err(|e| Error::write("-", e));
    }
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Json);
    match args.output.as_deref() {
        Some(path) if path != "-" => write_atomically(path, |out| format.render(&doc, out)),
        _ => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            format.render(&doc, &mut out)?;
            out.flush().map_err(|e| Error::write("-", e))
        }
    }
}

/// Lists every non-blank line with how it was classified.
fn explain(text: &str, notes: &[(usize, String)]) -> String {
    let mut out = String::new();
    for l in tigang::text::lines(text) {
        if l.text.is_empty() {
            continue;
        }
        let said: Vec<&str> = notes
            .iter()
            .filter(|(n, _)| *n == l.no)
            .map(|(_, s)| s.as_str())
            .collect();
        let preview: String = l.text.chars().take(30).collect();
        let what = if said.is_empty() {
            "text".to_string()
        } else {
            said.join("; ")
        };
        out.push_str(&format!("{:>5}  {preview}\n       → {what}\n", l.no));
    }
    out
}

fn read_input(path: &str) -> Result<Vec<u8>, Error> {
    let fail = |e: io::Error| Error::Read {
        path: path.to_string(),
        message: io_message(&e),
    };
    if path == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map_err(fail)?;
        return Ok(buf);
    }
    if std::path::Path::new(path).is_dir() {
        return Err(Error::Read {
            path: path.to_string(),
            message: "is a directory".into(),
        });
    }
    std::fs::read(path).map_err(fail)
}

/// Writes through a temporary file in the same directory, renamed into place on success,
/// so a failure never leaves a half-written file or destroys an existing one.
fn write_atomically(
    path: &str,
    render: impl FnOnce(&mut dyn Write) -> Result<(), Error>,
) -> Result<(), Error> {
    let target = std::path::Path::new(path);
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let fail = |e: io::Error| Error::Write {
        path: path.to_string(),
        source: e,
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".outline-");
    #[cfg(unix)]
    builder.permissions(output_permissions(target));
    let mut tmp = builder.tempfile_in(dir).map_err(fail)?;
    {
        let mut out = io::BufWriter::new(tmp.as_file_mut());
        render(&mut out)?;
        out.flush().map_err(fail)?;
    }
    tmp.persist(target).map_err(|e| fail(e.error))?;
    Ok(())
}

/// The permissions for a new output: those of the file it replaces, else `rw-r--r--`
/// (a temporary file alone would leave it private).
#[cfg(unix)]
fn output_permissions(target: &std::path::Path) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(target)
        .map(|m| m.permissions())
        .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644))
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn report(e: &Error) -> ExitCode {
    if let Error::Write { path, source } = e {
        // A broken pipe means the reader (head, less) has had enough: quiet success.
        if path == "-" && source.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    eprintln!("outline: {e}");
    ExitCode::from(match e {
        Error::Read { .. } => EXIT_READ,
        Error::Decode { .. } => EXIT_DECODE,
        Error::UnknownEncoding(_) => EXIT_USAGE,
        Error::Write { .. } | Error::Render { .. } => EXIT_WRITE,
    })
}
