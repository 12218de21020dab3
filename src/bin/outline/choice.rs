//! Which format an output is written in: `--format`, else the ending of `-o`, never a
//! silent guess. An ending of no format is refused, a batch into one file is JSON Lines
//! only, and `--explain` is plain text only.

use crate::cli::ParseArgs;
use crate::lang::t;
use tigang::{Error, Format};

/// What one input's run writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Single {
    /// The outline, in this format.
    Outline(Format),
    /// How each line was classified (plain text).
    Explain,
}

/// What one input's run writes: `--format`, else the `-o` ending, else JSON; `--explain`
/// only as text.
///
/// # Errors
/// [`Error::Usage`] for an `-o` ending of no format, or `--explain` in another format.
pub fn single(args: &ParseArgs) -> Result<Single, Error> {
    let format = match args.format {
        Some(f) => Some(f),
        None => from_output(args.output.as_deref())?,
    };
    if !args.explain {
        return Ok(Single::Outline(format.unwrap_or(Format::Json)));
    }
    match format {
        None | Some(Format::Text) => Ok(Single::Explain),
        Some(f) => Err(Error::Usage(match args.format {
            Some(_) => t!("explain-format", format = f.name()),
            None => t!(
                "explain-ending",
                format = f.name(),
                path = args.output.as_deref().unwrap_or_default()
            ),
        })),
    }
}

/// The format of a batch: with `-o DIR/`, `--format` or JSON, one file each; into one
/// stream or file, JSON Lines only.
///
/// # Errors
/// [`Error::Usage`] for `--explain`, an `-o` ending of no format, or any other format
/// into one stream.
pub fn batch(args: &ParseArgs, into_dir: bool) -> Result<Format, Error> {
    if args.explain {
        return Err(Error::Usage(t!("explain-one-input")));
    }
    if into_dir {
        return Ok(args.format.unwrap_or(Format::Json));
    }
    let format = match args.format {
        Some(f) => Some(f),
        None => from_output(args.output.as_deref())?,
    };
    match format {
        None | Some(Format::Jsonl) => Ok(Format::Jsonl),
        Some(f) => Err(Error::Usage(match args.output.as_deref() {
            Some(path) if path != "-" => t!("batch-one-file", format = f.name()),
            _ => t!("batch-one-stream", format = f.name()),
        })),
    }
}

/// The format the ending of `-o` names: `None` for standard output or a name without an
/// ending (`-o /dev/null`).
///
/// # Errors
/// [`Error::Usage`] naming the known endings when the ending is of no format.
fn from_output(output: Option<&str>) -> Result<Option<Format>, Error> {
    let Some(path) = output.filter(|&p| p != "-") else {
        return Ok(None);
    };
    let Some(ending) = std::path::Path::new(path).extension() else {
        return Ok(None);
    };
    match Format::from_path(path) {
        Some(f) => Ok(Some(f)),
        None => {
            let known: Vec<String> = Format::ALL
                .iter()
                .flat_map(|f| f.extensions())
                .map(|e| format!(".{e}"))
                .collect();
            Err(Error::Usage(t!(
                "unknown-ending",
                path = path,
                ending = ending.to_string_lossy().into_owned(),
                known = known.join(" ")
            )))
        }
    }
}
