//! The command line: its options (clap derive), and the help texts, possible values and
//! completions that name formats, all made from the tables the code reads (`Format::ALL`
//! and its endings, `InputFormat::ALL` and its endings, the common encodings). The help
//! texts are the run's messages (`locales/*/outline.ftl`): the doc comments here say what
//! each field is, for the code's readers.

use crate::lang::t;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};
use encoding_rs::Encoding;
use std::ffi::OsStr;
use std::marker::PhantomData;
use tigang::{Format, InputFormat};

/// The command line of `outline`.
#[derive(Parser)]
#[command(name = "outline", version)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// The language of messages and help (read before clap, by `lang::Lang::choose`).
    #[arg(
        long,
        global = true,
        value_name = "LANG",
        value_parser = ["zh", "en"],
        hide_possible_values = true
    )]
    pub lang: Option<String>,
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
    /// Serve a page and an HTTP API that turn a pasted or dropped document into its outline.
    #[cfg(feature = "serve")]
    Serve(ServeArgs),
}

/// The options of `outline serve`.
#[cfg(feature = "serve")]
#[derive(clap::Args)]
pub struct ServeArgs {
    /// The port to listen on (0: any free port, which is printed).
    #[arg(long, default_value_t = 8080, hide_default_value = true)]
    pub port: u16,
    /// The address to listen on; another than loopback is warned about.
    #[arg(
        long,
        default_value = "127.0.0.1",
        value_name = "ADDR",
        hide_default_value = true
    )]
    pub host: String,
    /// Open the page in the default browser once listening.
    #[arg(long)]
    pub open: bool,
    /// The largest document accepted, in bytes (a larger one is answered 413 unread).
    #[arg(
        long,
        value_name = "N",
        default_value_t = 50_000_000,
        hide_default_value = true
    )]
    pub max_bytes: u64,
}

/// The options of `outline parse`. Their help is the messages `arg-ID` (see [`command`]),
/// where those that list formats and endings get them from the tables.
#[derive(clap::Args)]
pub struct ParseArgs {
    /// Input files or directories, or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Output format [default: from the -o ending, else json; jsonl for several inputs].
    #[arg(short, long, value_parser = Choice::<Format>::default())]
    pub format: Option<Format>,
    /// The output file, or a directory (ending in `/`) for one output each.
    #[arg(short, long)]
    pub output: Option<String>,
    /// Read the inputs as this format [default: from the file's ending; for standard input
    /// and other endings, what the first bytes show (a web page, a Word file, Markdown
    /// front matter), else text; a PDF or a Word 97-2003 file is read as one whatever its
    /// name].
    #[arg(long, value_name = "FORMAT", value_parser = Choice::<InputFormat>::default())]
    pub input_format: Option<InputFormat>,
    /// The encoding to read the inputs in, instead of detecting it.
    #[arg(
        long,
        value_name = "NAME",
        value_parser = EncodingName,
        hide_possible_values = true
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

/// The command, with its help in the run's language and the texts that list formats and
/// endings made from the tables.
pub fn command() -> clap::Command {
    let row = |name: &str, endings: &[&str]| {
        let endings: Vec<String> = endings.iter().map(|e| format!(".{e}")).collect();
        format!("  {name:<9} {}", endings.join(" "))
    };
    let reads = InputFormat::ALL.map(|f| row(f.name(), f.extensions()));
    let writes = Format::ALL.map(|f| row(f.name(), f.extensions()));
    let input_endings = InputFormat::ALL
        .iter()
        .flat_map(|f| f.extensions())
        .map(|e| format!(".{e}"));
    let output_endings = Format::ALL
        .iter()
        .flat_map(|f| f.extensions())
        .map(|e| format!(".{e}"));
    let input_endings = list(input_endings, " ");
    let output_endings = list(output_endings, " ");
    let encodings = list(tigang::COMMON_ENCODINGS, ", ");
    // The help of an argument: `arg-ID`, with the tables any of them names.
    let help = |id: &str| {
        t!(
            &format!("arg-{id}"),
            endings = if id == "inputs" {
                input_endings.as_str()
            } else {
                output_endings.as_str()
            },
            encodings = encodings.as_str()
        )
    };
    let mut cmd = Cli::command()
        .about(t!(
            "about",
            inputs = list(InputFormat::ALL.map(InputFormat::name), ", "),
            outputs = list(Format::ALL.map(Format::name), ", ")
        ))
        .long_about(t!(
            "long-about",
            reads = reads.join("\n"),
            writes = writes.join("\n")
        ))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        );
    cmd = in_words(cmd, &help);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let about = t!(&format!("about-{name}"));
        cmd = cmd.mut_subcommand(name, |sub| in_words(sub.about(about), &help));
    }
    // clap makes the `help` subcommand when the command is built: its words only then.
    cmd.build();
    if let Some(sub) = cmd.find_subcommand_mut("help") {
        *sub = sub.clone().about(t!("about-help"));
    }
    cmd
}

/// A command with the run's words: the help of each argument (`arg-ID`), the headings, and
/// help and version flags that say what they do in those words.
fn in_words(cmd: clap::Command, help: &dyn Fn(&str) -> String) -> clap::Command {
    // `Usage: ` in English, `用法：` (whose colon has its room) in Chinese.
    let mut usage = t!("usage-heading");
    if usage.ends_with(':') {
        usage.push(' ');
    }
    let cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(t!("heading-commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help),
        );
    let (arguments, options) = (t!("heading-arguments"), t!("heading-options"));
    cmd.mut_args(|arg| {
        let id = arg.get_id().as_str().replace('_', "-");
        let heading = if arg.is_positional() {
            &arguments
        } else {
            &options
        };
        let text = help(&id);
        let arg = arg.help_heading(heading.clone());
        match possible_values(&arg) {
            Some((short, long)) => arg
                .hide_possible_values(true)
                .help(format!("{text} {short}"))
                .long_help(format!("{text}\n\n{long}")),
            None => arg.help(text),
        }
    })
}

/// An argument's possible values in the run's words, as clap would show them: on one line
/// for `-h`, a row each with what it is for `--help`; `None` when it has none to show.
fn possible_values(arg: &Arg) -> Option<(String, String)> {
    let values = arg.get_possible_values();
    // (A flag's `true`/`false` are no values to list: clap refuses to hide what a flag
    // does not take.)
    if values.is_empty() || arg.is_hide_possible_values_set() || !arg.get_action().takes_values() {
        return None;
    }
    let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0) + 1;
    let rows: Vec<String> = values
        .iter()
        .map(|v| match v.get_help() {
            Some(what) => format!("- {:<width$} {what}", format!("{}:", v.get_name())),
            None => format!("- {}", v.get_name()),
        })
        .collect();
    Some((
        t!("possible-values-short", values = names.join(", ")),
        format!("{}\n{}", t!("possible-values"), rows.join("\n")),
    ))
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
            .map(|f| PossibleValue::new(f.name()).help(crate::lang::format_description(*f)))
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
        tigang::encoding_for_label(&label).map_err(|e| {
            let words = crate::words::error(&e);
            clap::Error::raw(ErrorKind::InvalidValue, format!("{words}\n")).with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            tigang::COMMON_ENCODINGS.into_iter().map(PossibleValue::new),
        ))
    }
}
