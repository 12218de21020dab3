//! The crate's single error type.

use std::io;

/// Everything that can go wrong around parsing; parsing itself never fails.
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
    #[error("unknown encoding {0:?} (try utf-8, gb18030, gbk, big5, utf-16le, utf-16be)")]
    UnknownEncoding(String),
    /// The output could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The output file, or `-` for standard output.
        path: String,
        /// The underlying error.
        source: io::Error,
    },
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
