//! The command line: its options (clap derive), and the help texts, possible values and
//! completions that name formats, all made from the tables the code reads (`Format::ALL`
//! and its endings, `InputFormat::ALL` and its endings, the common encodings).

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use encoding_rs::Encoding;
use std::ffi::OsStr;
use std::marker::PhantomData;
use tigang::{Format, InputFormat};

/// The command line of `outline`.
#[derive(Parser)]
#[command(name = "outline", version, about = about(), long_about = long_about())]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
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
    /// Print the man page (roff): one page that covers every subcommand.
    Man,
}

/// The options of `outline parse`. The help texts that list formats are made from the
/// tables (`help = …`).
#[derive(clap::Args)]
pub struct ParseArgs {
    #[arg(required = true, help = inputs_help())]
    pub inputs: Vec<String>,
    /// Output format [default: from the -o ending, else json; jsonl for several inputs].
    #[arg(short, long, value_parser = Choice::<Format>::default())]
    pub format: Option<Format>,
    #[arg(short, long, help = output_help())]
    pub output: Option<String>,
    /// Read the inputs as this format [default: from the file's ending; for standard input
    /// and other endings, what the first bytes show (a web page, a Word file, Markdown
    /// front matter), else text].
    #[arg(long, value_name = "FORMAT", value_parser = Choice::<InputFormat>::default())]
    pub input_format: Option<InputFormat>,
    #[arg(
        long,
        value_name = "NAME",
        value_parser = EncodingName,
        hide_possible_values = true,
        help = encoding_help()
    )]
    pub encoding: Option<&'static Encoding>,
    /// Keep only this many levels of the outline.
    #[arg(long, value_name = "N")]
    pub depth: Option<usize>,
    /// Leave the body text out.
    #[arg(long)]
    pub no_body: bool,
    /// Put each body in a child node of its own (for tools that ignore OPML notes).
    #[arg(long)]
    pub notes_as_children: bool,
    /// Print how each line was classified, and why, instead of the outline: plain text, to
    /// -o when given (a .txt file), else to standard output.
    #[arg(long)]
    pub explain: bool,
    /// Files parsed at once [default: all cores; at most four a core].
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Print no warnings, progress or summary on standard error.
    #[arg(short, long)]
    pub quiet: bool,
}

impl ParseArgs {
    /// The reshaping the flags ask for.
    pub fn shape(&self) -> tigang::Shape {
        tigang::Shape {
            depth: self.depth,
            no_body: self.no_body,
            notes_as_children: self.notes_as_children,
        }
    }
}

/// Reads the command line.
///
/// # Errors
/// clap's error for a command line it cannot read (or a request for help or the version).
pub fn parse() -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches()?;
    Cli::from_arg_matches(&matches)
}

/// The command, with the help texts that list formats and endings made from the tables.
pub fn command() -> clap::Command {
    Cli::command()
}

/// The command's one-line description: the input and output formats.
fn about() -> String {
    format!(
        "Turns Chinese documents ({}) into outlines for mind maps ({})",
        list(InputFormat::ALL.map(InputFormat::name), ", "),
        list(Format::ALL.map(Format::name), ", ")
    )
}

/// The command's description: what it reads and writes, by name and ending.
fn long_about() -> String {
    let row = |name: &str, endings: &[&str]| {
        let endings: Vec<String> = endings.iter().map(|e| format!(".{e}")).collect();
        format!("  {name:<9} {}", endings.join(" "))
    };
    let reads = InputFormat::ALL.map(|f| row(f.name(), f.extensions()));
    let writes = Format::ALL.map(|f| row(f.name(), f.extensions()));
    format!(
        "Turns Chinese commentary and official documents into outlines for mind maps.\n\n\
         Reads (by the file's ending, or --input-format; standard input and other endings by \
         what their first bytes show):\n{}\n\n\
         Writes (-f, or the ending of -o; `outline formats` tells what each is for):\n{}\n\n\
         Start with: outline parse article.txt -o article.opml",
        reads.join("\n"),
        writes.join("\n")
    )
}

/// The help of `--encoding`: the common encodings.
fn encoding_help() -> String {
    format!(
        "Read the input in this encoding ({} or another WHATWG label) instead of detecting it",
        list(tigang::decode::COMMON_ENCODINGS, ", ")
    )
}

/// The help of the inputs: the endings a directory walk takes.
fn inputs_help() -> String {
    let endings = InputFormat::ALL
        .iter()
        .flat_map(|f| f.extensions())
        .map(|e| format!(".{e}"));
    format!(
        "Input files or directories (walked for {}), or `-` for standard input",
        list(endings, " ")
    )
}

/// The help of `-o`: the endings that pick a format.
fn output_help() -> String {
    let endings = Format::ALL
        .iter()
        .flat_map(|f| f.extensions())
        .map(|e| format!(".{e}"));
    format!(
        "Write to this file (atomically); its ending picks the format ({}). With several \
         inputs, one file takes only JSON Lines, and a directory (ending in /) gets one output \
         per input, mirroring the input tree",
        list(endings, " ")
    )
}

/// Joins names with a separator.
fn list<S: AsRef<str>>(names: impl IntoIterator<Item = S>, sep: &str) -> String {
    names
        .into_iter()
        .map(|s| s.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(sep)
}

/// A value named in one of the code's tables, offered to help and completions.
pub trait Named: std::str::FromStr + Copy + Send + Sync + 'static {
    /// Every value, by its name, with what it is.
    fn values() -> Vec<PossibleValue>;
}

impl Named for Format {
    fn values() -> Vec<PossibleValue> {
        Format::ALL
            .iter()
            .map(|f| PossibleValue::new(f.name()).help(f.description()))
            .collect()
    }
}

impl Named for InputFormat {
    fn values() -> Vec<PossibleValue> {
        InputFormat::ALL
            .iter()
            .map(|f| {
                let endings: Vec<String> = f.extensions().iter().map(|e| format!(".{e}")).collect();
                PossibleValue::new(f.name()).help(endings.join(" "))
            })
            .collect()
    }
}

/// Parses a [`Named`] value with its own `FromStr` (which takes aliases such as `md` and
/// `yml` too); what it refuses gets clap's error, which lists the names and suggests the
/// nearest.
pub struct Choice<T>(PhantomData<T>);

impl<T> Default for Choice<T> {
    fn default() -> Self {
        Choice(PhantomData)
    }
}

impl<T> Clone for Choice<T> {
    fn clone(&self) -> Self {
        Choice(PhantomData)
    }
}

impl<T: Named> TypedValueParser for Choice<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        if let Some(v) = value.to_str().and_then(|s| s.parse().ok()) {
            return Ok(v);
        }
        let refused = PossibleValuesParser::new(T::values()).parse_ref(cmd, arg, value);
        Err(refused
            .err()
            .unwrap_or_else(|| clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd)))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::values().into_iter()))
    }
}

/// Parses an encoding's label (any WHATWG label); offers the common ones to completions.
#[derive(Clone)]
pub struct EncodingName;

impl TypedValueParser for EncodingName {
    type Value = &'static Encoding;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<&'static Encoding, clap::Error> {
        let label = value.to_string_lossy();
        tigang::encoding_for_label(&label)
            .map_err(|e| clap::Error::raw(ErrorKind::InvalidValue, format!("{e}\n")).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            tigang::decode::COMMON_ENCODINGS
                .into_iter()
                .map(PossibleValue::new),
        ))
    }
}
