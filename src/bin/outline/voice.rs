//! Errors in one voice: each is one line `outline: …` on stderr, clap's too (its tips and
//! possible values kept), with control characters escaped, in the run's language.

use crate::exit;
use crate::lang::{self, t, Lang};
use std::io;
use std::process::ExitCode;
use tigang::Error;

/// Prints `outline: LINE` on stderr, with control characters (from file names or
/// documents) escaped rather than sent to the terminal.
pub fn say(line: &str) {
    eprintln!("outline: {}", tigang::render::escape_controls(line));
}

/// Prints an error and gives its exit code; a broken pipe on stdout is a quiet success.
pub fn report(e: &Error) -> ExitCode {
    if let Error::Write { path, source } = e {
        // A broken pipe means the reader (head, less) has had enough: quiet success.
        if path == "-" && source.kind() == io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    say(&crate::words::error(e));
    ExitCode::from(exit::code(e))
}

/// Prints what clap has to say: help and the version as clap prints them; an error as one
/// line, exit 2.
pub fn clap_says(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let names: Vec<String> = crate::cli::command()
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .collect();
            say(&t!("clap-need-command", names = names.join(", ")));
            ExitCode::from(exit::USAGE)
        }
        _ => {
            let line = match lang::lang() {
                Lang::Zh => in_messages(e),
                Lang::En => None,
            };
            say(&line.unwrap_or_else(|| one_line(&e.render().to_string())));
            ExitCode::from(exit::USAGE)
        }
    }
}

/// clap's error from the run's messages, built from what clap found (the argument, the
/// value, the possible values, its suggestion); `None` for a kind no message covers, which
/// clap then says in its words.
fn in_messages(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind: ContextKind| {
        e.get(kind).map(|v| match v {
            ContextValue::String(s) => s.clone(),
            ContextValue::Strings(list) => list.join(", "),
            other => other.to_string(),
        })
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let mut line = match e.kind() {
        ErrorKind::UnknownArgument => t!("clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            t!(
                "clap-invalid-subcommand",
                arg = get(ContextKind::InvalidSubcommand)?
            )
        }
        ErrorKind::InvalidValue => t!(
            "clap-invalid-value",
            arg = arg,
            value = get(ContextKind::InvalidValue)?
        ),
        ErrorKind::MissingRequiredArgument => t!("clap-missing-required", args = arg),
        _ => return None,
    };
    if let Some(values) = get(ContextKind::ValidValue) {
        line.push_str(&t!("separator"));
        line.push_str(&t!("clap-possible-values", values = values));
    }
    let tips = [
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedValue, "value"),
    ];
    for (kind, what) in tips {
        if let Some(suggested) = get(kind) {
            line.push_str(&t!("separator"));
            let what = t!(&format!("clap-tip-what-{what}"));
            line.push_str(&t!(
                "clap-tip",
                what = what,
                suggested = format!("'{suggested}'")
            ));
        }
    }
    Some(line)
}

/// clap's rendered error as one line: the message, its details and tips joined, without
/// the usage and the pointer to `--help` that follow them.
fn one_line(rendered: &str) -> String {
    let mut line = String::new();
    for part in rendered
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        let part = part.strip_prefix("error: ").unwrap_or(part);
        let part = part
            .strip_prefix('[')
            .and_then(|p| p.strip_suffix(']'))
            .unwrap_or(part);
        if !line.is_empty() {
            line.push_str(if line.ends_with(':') { " " } else { "; " });
        }
        line.push_str(part);
    }
    line
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn clap_errors_become_one_line_with_their_tips() {
        let rendered = "error: unexpected argument '--fromat' found\n\n  tip: a similar argument exists: '--format'\n\nUsage: outline parse --format <FORMAT> <INPUTS>...\n\nFor more information, try '--help'.\n";
        assert_eq!(
            one_line(rendered),
            "unexpected argument '--fromat' found; tip: a similar argument exists: '--format'"
        );
        let rendered = "error: invalid value 'opm' for '--format <FORMAT>'\n  [possible values: json, opml]\n\n  tip: a similar value exists: 'opml'\n\nFor more information, try '--help'.\n";
        assert_eq!(
            one_line(rendered),
            "invalid value 'opm' for '--format <FORMAT>'; possible values: json, opml; tip: a similar value exists: 'opml'"
        );
        let rendered = "error: the following required arguments were not provided:\n  <INPUTS>...\n\nUsage: outline parse <INPUTS>...\n";
        assert_eq!(
            one_line(rendered),
            "the following required arguments were not provided: <INPUTS>..."
        );
    }
}
