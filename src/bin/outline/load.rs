//! One input to one document: read, its format settled (flag, ending, or what its first
//! bytes show), decoded, parsed and reshaped.

use crate::cli::ParseArgs;
use crate::input::Input;
use tigang::Error;

/// One input, read and decoded.
pub struct Loaded {
    /// The decoded text (the document borrows from it), with what its reader found beside
    /// it: the headings the format states, the reader's warnings, where each line was read
    /// from, what the file states about itself.
    pub decoded: tigang::Decoded,
    /// Bytes read.
    pub size: usize,
}

impl Loaded {
    /// Where line `line` of the text was read from: the file's line, or a PDF's page and
    /// the line on it.
    pub fn place(&self, line: usize) -> tigang::Place {
        self.decoded.place(line)
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
    let options = tigang::Options {
        // Standard input's name (`-`) has no ending: what its bytes show tells.
        path: Some(&input.name),
        format: args.input_format,
        encoding: args.encoding,
    };
    decode(bytes, &options)
}

/// Decodes an input's bytes as `options` say (the library's [`tigang::read_bytes`]).
///
/// # Errors
/// [`Error::Decode`] naming the input.
pub fn decode(bytes: Vec<u8>, options: &tigang::Options) -> Result<Loaded, Error> {
    let size = bytes.len();
    let decoded = tigang::read_bytes(bytes, options)?;
    Ok(Loaded { decoded, size })
}

/// The document of a loaded input, before any reshaping: the reader's warnings merged
/// with the parser's, lines numbered as in the file; with `explain`, also how each line
/// was classified.
pub fn outline(loaded: &Loaded, explain: bool) -> (tigang::Document<'_>, Vec<(usize, String)>) {
    if explain {
        loaded.decoded.parse_explained()
    } else {
        (loaded.decoded.parse(), Vec::new())
    }
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
