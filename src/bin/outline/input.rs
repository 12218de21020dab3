//! Inputs: files, directories walked for the formats the tool reads (text, Word, HTML,
//! Markdown), or standard input.

use std::io::Read;
use std::path::{Path, PathBuf};
use tigang::Error;

/// An input that cannot even be listed: a directory that cannot be read or holds nothing
/// readable.
#[derive(Debug, Clone)]
pub struct Unreadable {
    /// The path as named.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl From<Unreadable> for Error {
    fn from(u: Unreadable) -> Error {
        Error::Read {
            path: u.path,
            message: u.message,
        }
    }
}

/// One document to read.
#[derive(Debug, Clone)]
pub struct Input {
    /// As named to the user: the path, or `-` for standard input.
    pub name: String,
    /// Where its output goes under an output directory: the path relative to the directory
    /// it was found in, or the file name.
    pub rel: PathBuf,
}

impl Input {
    /// Tells whether this is standard input.
    pub fn is_stdin(&self) -> bool {
        self.name == "-"
    }

    /// Reads the bytes.
    ///
    /// # Errors
    /// [`Error::Read`] naming the input.
    pub fn read(&self) -> Result<Vec<u8>, Error> {
        let fail = |message: String| Error::Read {
            path: self.name.clone(),
            message,
        };
        if self.is_stdin() {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| fail(io_message(&e)))?;
            return Ok(buf);
        }
        let path = Path::new(&self.name);
        if path.is_dir() {
            return Err(fail("is a directory".into()));
        }
        std::fs::read(path).map_err(|e| fail(io_message(&e)))
    }
}

/// Expands the command line's inputs: a directory becomes the readable files under it, in
/// name order; anything else stays as named (a missing file fails when it is read).
pub fn expand(args: &[String]) -> Vec<Result<Input, Unreadable>> {
    let mut out = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            let before = out.len();
            walk(path, path, &mut out);
            if out.len() == before {
                out.push(Err(Unreadable {
                    path: arg.clone(),
                    message: "no readable files (.txt, .docx, .html, .md) in this directory".into(),
                }));
            }
        } else {
            let rel = path
                .file_name()
                .map_or_else(|| PathBuf::from("stdin"), PathBuf::from);
            out.push(Ok(Input {
                name: arg.clone(),
                rel,
            }));
        }
    }
    out
}

/// Collects the readable files under `dir`, recursively, in name order; symbolic links to
/// directories are not followed (no loops).
fn walk(root: &Path, dir: &Path, out: &mut Vec<Result<Input, Unreadable>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.push(Err(Unreadable {
                path: dir.display().to_string(),
                message: io_message(&e),
            }));
            return;
        }
    };
    // Siblings sort by name as their paths would; the entry's own type (from the directory
    // listing, not followed) saves a `stat` a file.
    let mut entries: Vec<(std::ffi::OsString, Option<std::fs::FileType>)> = entries
        .filter_map(Result::ok)
        .map(|e| (e.file_name(), e.file_type().ok()))
        .collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (name, kind) in entries {
        let path = dir.join(name);
        let (is_dir, is_link) = match kind {
            Some(k) if k.is_symlink() => (path.is_dir(), true),
            Some(k) => (k.is_dir(), false),
            None => (path.is_dir(), false),
        };
        if is_dir {
            if !is_link {
                walk(root, &path, out);
            }
        } else if readable(&path) {
            out.push(Ok(Input {
                name: path.display().to_string(),
                rel: path.strip_prefix(root).unwrap_or(&path).to_path_buf(),
            }));
        }
    }
}

/// Tells whether a file's ending is one the tool reads.
fn readable(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| tigang::InputFormat::from_path(&format!("x.{e}")).is_some())
}

/// Words for an I/O error, lowercase and short.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
