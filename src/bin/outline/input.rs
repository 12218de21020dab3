//! Inputs: files, directories walked for the formats the tool reads (text, Word, HTML,
//! Markdown), or standard input.

use rayon::iter::{Either, IntoParallelIterator, ParallelIterator};
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
    /// Where [`Input::rel`] starts in `name`.
    rel_at: usize,
}

impl Input {
    /// An input named on the command line: its output under a directory is its file name.
    fn named(name: String) -> Input {
        let rel_at = Path::new(&name)
            .file_name()
            .and_then(|f| f.to_str())
            .and_then(|f| name.strip_suffix(f))
            .map_or(name.len(), str::len);
        Input { rel_at, name }
    }

    /// Where its output goes under an output directory: the path relative to the directory
    /// it was found in, or the file name (`stdin` for standard input).
    pub fn rel(&self) -> &Path {
        if self.is_stdin() {
            return Path::new("stdin");
        }
        match self.name.get(self.rel_at..) {
            None | Some("") => Path::new("stdin"),
            Some(rel) => Path::new(rel),
        }
    }

    /// Tells whether this is standard input.
    pub fn is_stdin(&self) -> bool {
        self.name == "-"
    }

    /// Reads the bytes. A file is read, never mapped: a mapped file cut short by another
    /// process during the run would kill this one (SIGBUS), and text validated once could
    /// change under the parser.
    ///
    /// A file is opened once. Most inputs fit in one first read, so their size is never
    /// asked for: a system call a file less, which counts over thousands of articles. A
    /// directory opens, then fails to read (`is a directory`).
    ///
    /// # Errors
    /// [`Error::Read`] naming the input.
    pub fn read(&self) -> Result<Vec<u8>, Error> {
        let fail = |e: std::io::Error| Error::Read {
            path: self.name.clone(),
            message: io_message(&e),
        };
        if self.is_stdin() {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(fail)?;
            return Ok(buf);
        }
        let mut file = std::fs::File::open(Path::new(&self.name)).map_err(fail)?;
        let mut buf = Vec::with_capacity(FIRST as usize);
        (&mut file)
            .take(FIRST)
            .read_to_end(&mut buf)
            .map_err(fail)?;
        if buf.len() as u64 == FIRST {
            let size = file.metadata().map_or(0, |m| m.len());
            buf.reserve((size as usize).saturating_sub(buf.len()));
            file.read_to_end(&mut buf).map_err(fail)?;
        }
        Ok(buf)
    }
}

/// The first read takes up to this much.
const FIRST: u64 = 64 * 1024;

/// A file a directory walk leaves out although its name is one the tool reads: it is no
/// regular file (a named pipe, a device, a socket, a dangling link), or a link to a
/// directory (not followed, so that no walk loops).
#[derive(Debug, Clone)]
pub struct Skipped {
    /// The path as found.
    pub path: String,
    /// What it is.
    pub why: &'static str,
}

/// The command line's inputs, expanded.
pub struct Listing {
    /// The documents to read, in order, and the directories that could not be listed.
    pub inputs: Vec<Result<Input, Unreadable>>,
    /// What the walks left out.
    pub skipped: Vec<Skipped>,
}

/// Expands the command line's inputs: a directory becomes the regular files under it with
/// an ending the tool reads, in name order; anything else stays as named (a missing file
/// fails when it is read; a named pipe is read like a file).
pub fn expand(args: &[String]) -> Listing {
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            let before = inputs.len();
            for found in walk(path, path) {
                match found {
                    Found::Input(input) => inputs.push(Ok(input)),
                    Found::Unreadable(u) => inputs.push(Err(u)),
                    Found::Skipped(s) => skipped.push(s),
                }
            }
            if inputs.len() == before {
                inputs.push(Err(Unreadable {
                    path: arg.clone(),
                    message: no_documents(),
                }));
            }
        } else {
            inputs.push(Ok(Input::named(arg.clone())));
        }
    }
    Listing { inputs, skipped }
}

/// Why a directory gives nothing to read: the endings a walk takes, from the table.
fn no_documents() -> String {
    let endings: Vec<String> = tigang::InputFormat::ALL
        .iter()
        .flat_map(|f| f.extensions())
        .map(|e| format!(".{e}"))
        .collect();
    crate::lang::t!("no-documents", endings = endings.join(" "))
}

/// What a walk finds.
enum Found {
    Input(Input),
    Unreadable(Unreadable),
    Skipped(Skipped),
}

/// Collects the readable files under `dir`, recursively, in name order: regular files and
/// symbolic links to regular files only, so that a named pipe cannot hang the run nor a
/// link to `/dev/zero` fill the memory; symbolic links to directories are not followed (no
/// loops). The entries of a directory are looked at in parallel (on the current rayon
/// pool: a batch's workers, idle until the list is made), collected in order.
fn walk(root: &Path, dir: &Path) -> Vec<Found> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return vec![Found::Unreadable(Unreadable {
                path: dir.display().to_string(),
                message: io_message(&e),
            })];
        }
    };
    // Siblings sort by name as their paths would; the entry's own type (from the directory
    // listing, not followed) saves a `stat` a file.
    let mut entries: Vec<(std::ffi::OsString, Option<std::fs::FileType>)> = entries
        .filter_map(Result::ok)
        .map(|e| (e.file_name(), e.file_type().ok()))
        .collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    entries
        .into_par_iter()
        .flat_map_iter(|(name, kind)| {
            let path = dir.join(name);
            let link = kind.is_none_or(|k| k.is_symlink());
            // A link (or an entry of unknown type) is looked at through `stat`.
            let kind = match kind {
                Some(k) if !k.is_symlink() => Ok(k),
                _ => std::fs::metadata(&path).map(|m| m.file_type()),
            };
            let skip = |why| {
                Either::Right(
                    Some(Found::Skipped(Skipped {
                        path: path.display().to_string(),
                        why,
                    }))
                    .into_iter(),
                )
            };
            match kind {
                Ok(k) if k.is_dir() && link => return skip("a symbolic link to a directory"),
                Ok(k) if k.is_dir() => return Either::Left(walk(root, &path).into_iter()),
                _ if !readable(&path) => return Either::Right(None.into_iter()),
                Ok(k) if k.is_file() => {}
                Ok(k) => return skip(special(k)),
                Err(_) if link => return skip("a dangling symbolic link"),
                Err(_) => return skip("a file that cannot be looked at"),
            }
            // The path below `root` is the end of the path: found as an offset, not copied.
            let rel = path.strip_prefix(root).map_or(0, |r| r.as_os_str().len());
            let name = path
                .into_os_string()
                .into_string()
                .unwrap_or_else(|os| PathBuf::from(os).display().to_string());
            Either::Right(
                Some(Found::Input(Input {
                    rel_at: name.len().saturating_sub(rel),
                    name,
                }))
                .into_iter(),
            )
        })
        .collect()
}

/// Words for a file that is neither a regular file nor a directory.
fn special(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe, not a regular file";
        }
        if kind.is_socket() {
            return "a socket, not a regular file";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device, not a regular file";
        }
    }
    let _ = kind;
    "not a regular file"
}

/// Tells whether a file's ending is one the tool reads.
fn readable(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(tigang::InputFormat::from_extension)
        .is_some()
}

/// Words for an I/O error, lowercase and short.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}
