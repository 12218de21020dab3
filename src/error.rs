//! The crate's single error type.

use std::io;

/// Everything that can go wrong around parsing; parsing itself never fails.
///
/// ```
/// let err = tigang::parse_bytes(vec![0, 1, 2, 0xff], &Default::default()).unwrap_err();
/// assert!(matches!(err, tigang::Error::Decode { .. }));
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input could not be read (missing file, a directory, no permission).
    #[error("cannot read {path}: {message}")]
    Read {
        /// The file named on the command line (`-` for standard input).
        path: String,
        /// What went wrong, e.g. `no such file or directory`.
        message: String,
    },
    /// The bytes are not text in any encoding we read.
    #[error("cannot decode {path}: {problem}")]
    Decode {
        /// The file named on the command line.
        path: String,
        /// What is wrong with the bytes.
        problem: DecodeProblem,
    },
    /// The command line asks for something that cannot be done, e.g. XMind to a terminal.
    #[error("{0}")]
    Usage(String),
    /// `--encoding` named an encoding that does not exist.
    #[error("unknown encoding {0:?} (try {common})", common = crate::decode::COMMON_ENCODINGS.join(", "))]
    UnknownEncoding(String),
    /// The output could not be written.
    #[error("cannot write {path}: {}", io_words(source))]
    Write {
        /// The output file, or `-` for standard output.
        path: String,
        /// The underlying error.
        source: io::Error,
    },
    /// A PNG was asked for and no installed font has Chinese characters: the picture would
    /// show a box for every character.
    #[error(
        "cannot draw png: no installed font has Chinese characters; install one (e.g. `apt-get install fonts-noto-cjk`) or write svg"
    )]
    NoCjkFont,
    /// A renderer failed to serialise the document.
    #[error("cannot render {format}: {message}")]
    Render {
        /// The format's name, e.g. `yaml`.
        format: &'static str,
        /// What the serialiser said.
        message: String,
    },
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeProblem {
    /// A NUL byte in input that is not valid UTF-8: an executable, an image, an archive.
    #[error("binary data (NUL bytes), not text")]
    Binary,
    /// Bytes malformed in the encoding that was chosen or forced.
    #[error("bytes are not valid {0}")]
    Malformed(&'static str),
    /// A Word, HTML or Markdown file that cannot be read as one.
    #[error("not a readable document: {0}")]
    Document(String),
    /// A PDF whose pages are images (a scan): nothing to read until it is OCR'd.
    #[error("this PDF has no text layer: OCR it first (e.g. `ocrmypdf`)")]
    NoTextLayer,
    /// An encrypted PDF: its text cannot be read without its password.
    #[error("this PDF is encrypted: decrypt it first (e.g. `qpdf --decrypt`)")]
    Encrypted,
    /// A Word 97–2003 or WPS file (`.doc`, `.wps`) and no LibreOffice to convert it.
    #[error(
        "Word 97-2003 and WPS files (.doc, .wps) are read through LibreOffice, which is not installed: install it (e.g. `apt-get install {package}`) or save the file as .docx"
    )]
    NeedsLibreOffice {
        /// The package that brings `soffice`, e.g. `libreoffice-writer`.
        package: &'static str,
    },
    /// The bytes are not UTF-8, and no Chinese encoding explains them.
    #[error("not UTF-8, UTF-16, GB18030 or Big5 text (detector guessed {0}; use --encoding)")]
    Unknown(&'static str),
}

impl Error {
    /// Wraps an I/O error from writing `path`.
    pub fn write(path: &str, source: io::Error) -> Self {
        Error::Write {
            path: path.to_string(),
            source,
        }
    }
}

/// An I/O error in the words of the other messages: lowercase, without the system's error
/// number (`No space left on device (os error 28)` → `no space left on device`).
fn io_words(e: &io::Error) -> String {
    let text = e.to_string();
    let text = match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => &text[..at],
        _ => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        // Only a capital that starts a word is lowered: `PDF` and `Word` keep theirs.
        Some(c)
            if c.is_ascii_uppercase() && chars.next().is_some_and(|n| n.is_ascii_lowercase()) =>
        {
            c.to_ascii_lowercase().to_string() + &text[1..]
        }
        _ => text.to_string(),
    }
}
