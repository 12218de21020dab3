//! One input to one document: read, its format settled (flag, ending, or what its first
//! bytes show), decoded, parsed and reshaped.

use crate::cli::ParseArgs;
use crate::input::Input;
use tigang::{Error, InputFormat};

/// One input, read and decoded.
pub struct Loaded {
    /// The decoded text (the document borrows from it).
    pub text: String,
    /// Bytes read.
    pub size: usize,
    /// What the document reader clamped or left out.
    pub warnings: Vec<tigang::Warning>,
    /// The headings the format states (Markdown `#`, HTML headings), by line of `text`.
    pub hints: Vec<tigang::Hint>,
    /// For each line of `text`, the line of the file (Word: the paragraph) it was read from;
    /// empty for plain text.
    pub origin: tigang::origin::Origin,
    /// What the file states about itself outside its text (a page's `<meta>` date).
    pub stated: tigang::decode::Stated,
}

impl Loaded {
    /// Where line `line` of `text` was read from: the file's line, or a PDF's page and
    /// the line on it.
    pub fn place(&self, line: usize) -> tigang::Place {
        self.origin.place(line)
    }
}

/// Reads and decodes one input. Its format is `--input-format`, else its ending's; standard
/// input and a file of another ending are read as what their first bytes show (a web page,
/// a Word file, Markdown with front matter), else as text.
///
/// # Errors
/// [`Error::Read`] or [`Error::Decode`] naming the input.
pub fn load(input: &Input, args: &ParseArgs) -> Result<Loaded, Error> {
    let bytes = input.read()?;
    let named = (!input.is_stdin()).then_some(input.name.as_str());
    let format = input_format(args.input_format, named, &bytes);
    decode(&input.name, bytes, format, args.encoding)
}

/// The format an input is read in: the one asked for, else the ending of its name (when it
/// has one: not standard input), else what its first bytes show, else text.
pub fn input_format(asked: Option<InputFormat>, name: Option<&str>, bytes: &[u8]) -> InputFormat {
    asked
        .or_else(|| name.and_then(InputFormat::from_path))
        .or_else(|| InputFormat::sniff(bytes))
        .unwrap_or(InputFormat::Text)
}

/// Decodes an input's bytes in its format, naming it `name` in errors.
///
/// # Errors
/// [`Error::Decode`] naming the input.
pub fn decode(
    name: &str,
    bytes: Vec<u8>,
    format: InputFormat,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Loaded, Error> {
    let size = bytes.len();
    let decoded = tigang::read_document(name, bytes, format, encoding)?;
    Ok(Loaded {
        text: decoded.text,
        size,
        warnings: decoded.warnings,
        hints: decoded.hints,
        origin: decoded.origin,
        stated: decoded.stated,
    })
}

/// The document of a loaded input, before any reshaping: the reader's warnings merged
/// with the parser's, lines numbered as in the file; with `explain`, also how each line
/// was classified.
pub fn outline(loaded: &Loaded, explain: bool) -> (tigang::Document<'_>, Vec<(usize, String)>) {
    // Notes cost a string per line: they are made only for `--explain`.
    let (mut doc, notes) = tigang::parse_hinted(&loaded.text, &loaded.hints, explain);
    let merged = !loaded.warnings.is_empty();
    doc.warnings.extend(loaded.warnings.iter().cloned());
    // Lines are the file's (a PDF's: page and line), so that an editor can jump there.
    loaded.origin.relocate(&mut doc);
    if merged {
        doc.warnings.sort_by_key(tigang::Warning::place);
    }
    loaded.stated.fill(&mut doc.meta);
    (doc, notes)
}

/// Parses a loaded input into its document, reshaped as the flags ask, telling warnings
/// on stderr unless quiet; with `--explain`, also how each line was classified.
pub fn parse_text<'t>(
    input: &Input,
    loaded: &'t Loaded,
    args: &ParseArgs,
) -> (tigang::Document<'t>, Vec<(usize, String)>) {
    let (doc, notes) = outline(loaded, args.explain);
    if !args.quiet {
        for w in &doc.warnings {
            let line = crate::lang::t!(
                "warning",
                place = format!("{}:{}", input.name, w.place()),
                message = crate::words::warning(&w.message)
            );
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

/// Warns on stderr, unless quiet, when the PNG of `doc` is drawn smaller than usual: a
/// tree too large to draw at full scale within the picture's pixel cap.
pub fn warn_if_picture_shrinks(
    input: &Input,
    doc: &tigang::Document,
    format: tigang::Format,
    args: &ParseArgs,
) {
    use tigang::render::png;
    if format != tigang::Format::Png || args.quiet {
        return;
    }
    let scale = png::scale(doc);
    if scale < png::SCALE {
        let line = crate::lang::t!(
            "png-shrunk",
            path = input.name.clone(),
            scale = png::SCALE.to_string(),
            drawn = format!("{scale:.2}"),
            million = (png::MAX_PIXELS / 1_000_000).to_string()
        );
        eprintln!("{}", tigang::render::escape_controls(&line));
    }
}
