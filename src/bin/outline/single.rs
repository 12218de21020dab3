//! One input to one output: the outline, or with `--explain` how each line was classified,
//! to standard output or atomically to `-o`.

use crate::choice::{self, Single};
use crate::cli::ParseArgs;
use crate::input;
use crate::lang::t;
use crate::load::{load, parse_text, warn_if_picture_shrinks};
use crate::output;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use tigang::Error;

/// Runs one input to one output.
///
/// # Errors
/// What choosing the format, reading, decoding or writing fails with; the format is
/// settled before anything is read or written.
pub fn run(args: &ParseArgs) -> Result<(), Error> {
    let what = choice::single(args)?;
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
                source: io::Error::other(t!("output-is-input")),
            });
        }
    }
    let loaded = load(&input, args)?;
    let (doc, notes) = parse_text(&input, &loaded, args);
    if let Single::Outline(format) = what {
        warn_if_picture_shrinks(&input, &doc, format, args);
    }
    let written = match what {
        Single::Explain => {
            let text = explain(&loaded, &notes);
            write(target, |out| {
                out.write_all(text.as_bytes())
                    .map_err(|e| Error::write("-", e))
            })
        }
        Single::Outline(format) if target.is_none() && format.is_binary() => {
            if io::stdout().is_terminal() {
                Err(Error::Usage(t!(
                    "binary-to-terminal",
                    format = format.name(),
                    ending = format.extension()
                )))
            } else {
                write(None, |out| format.render(&doc, out))
            }
        }
        Single::Outline(format) => write(target, |out| format.render(&doc, out)),
    };
    // The process ends here: freeing a large tree node by node would only cost time.
    std::mem::forget((doc, notes));
    std::mem::forget(loaded);
    written
}

/// Writes to the file atomically, or to standard output through a buffer.
fn write(
    target: Option<&Path>,
    render: impl FnOnce(&mut dyn Write) -> Result<(), Error>,
) -> Result<(), Error> {
    match target {
        Some(path) => output::write_atomically(path, render),
        None => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            render(&mut out).and_then(|()| out.flush().map_err(|e| Error::write("-", e)))
        }
    }
}

/// Lists every non-blank line with how it was classified, numbered by its line in the file
/// (a PDF's by page and line, `p.3:12`; notes are numbered by line of the text read): what
/// `--explain` prints.
pub fn explain(loaded: &crate::load::Loaded, notes: &[(usize, String)]) -> String {
    let mut out = String::new();
    let mut said = notes.iter().peekable();
    let mut last = 0;
    for l in tigang::internal::lines(&loaded.decoded.text) {
        // A line that ran paragraphs together is one line of the file: its notes once.
        if std::mem::replace(&mut last, l.no) == l.no {
            continue;
        }
        let mine: Vec<&str> = std::iter::from_fn(|| said.next_if(|(n, _)| *n <= l.no))
            .filter(|(n, _)| *n == l.no)
            .map(|(_, s)| s.as_str())
            .collect();
        if l.text.is_empty() {
            continue;
        }
        let preview: String = l.text.chars().take(30).collect();
        let what = if mine.is_empty() {
            crate::words::note("text")
        } else {
            let mine: Vec<String> = mine.into_iter().map(crate::words::note).collect();
            mine.join(&t!("separator"))
        };
        let preview = tigang::render::escape_controls(&preview);
        let what = tigang::render::escape_controls(&what);
        // A PDF's places (`p.3:12`) take a wider column than lines.
        let place = loaded.place(l.no);
        let (width, under) = if place.page.is_some() {
            (9, "           ")
        } else {
            (5, "       ")
        };
        out.push_str(&format!("{place:>width$}  {preview}\n{under}→ {what}\n"));
    }
    out
}
