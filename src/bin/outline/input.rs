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
        match self.name.get(self.rel_at..) {
            None | Some("") => Path::new("stdin"),
            Some(rel) => Path::new(rel),
        }
    }

    /// Tells whether this is standard input.
    pub fn is_stdin(&self) -> bool {
        self.name == "-"
    }

    /// Reads the bytes; with `may_map`, a large file of UTF-8 text (without a byte-order
    /// mark) is mapped into memory instead: no copy, and no fresh memory for it (on this
    /// kind of machine fresh pages cost more than the parse).
    ///
    /// A file is opened once. Most inputs fit in one first read, so their size is never
    /// asked for: a system call a file less, which counts over thousands of articles. A
    /// directory opens, then fails to read (`is a directory`).
    ///
    /// # Errors
    /// [`Error::Read`] naming the input.
    pub fn read(&self, may_map: bool) -> Result<Bytes, Error> {
        let fail = |e: std::io::Error| Error::Read {
            path: self.name.clone(),
            message: io_message(&e),
        };
        if self.is_stdin() {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(fail)?;
            return Ok(Bytes::Read(buf));
        }
        let mut file = std::fs::File::open(Path::new(&self.name)).map_err(fail)?;
        let mut buf = Vec::with_capacity(FIRST as usize);
        (&mut file)
            .take(FIRST)
            .read_to_end(&mut buf)
            .map_err(fail)?;
        if buf.len() as u64 == FIRST {
            let size = file.metadata().map_or(0, |m| m.len());
            if may_map && size >= MAP_FROM {
                if let Some(map) = map_utf8(&file) {
                    return Ok(Bytes::Mapped(map));
                }
            }
            buf.reserve((size as usize).saturating_sub(buf.len()));
            file.read_to_end(&mut buf).map_err(fail)?;
        }
        Ok(Bytes::Read(buf))
    }
}

/// An input's bytes: read, or a mapped file of UTF-8 text.
pub enum Bytes {
    Read(Vec<u8>),
    Mapped(MappedText),
}

/// The first read takes up to this much.
const FIRST: u64 = 64 * 1024;

/// Maps `file` when it holds UTF-8 text without a byte-order mark.
fn map_utf8(file: &std::fs::File) -> Option<MappedText> {
    // SAFETY: the map is only read. As for any program reading a mapped file, a file cut
    // short or rewritten by another process during the run is not guarded against.
    // Populated: the pages are mapped in one call, not faulted in one by one.
    let map = unsafe { memmap2::MmapOptions::new().populate().map(file) }.ok()?;
    let valid = !map.starts_with(b"\xEF\xBB\xBF") && simdutf8::basic::from_utf8(&map).is_ok();
    valid.then_some(MappedText(map))
}

/// Files from this size on are mapped rather than read (below it, reading is as fast).
const MAP_FROM: u64 = 1 << 20;

/// A mapped file known to hold UTF-8 text.
pub struct MappedText(memmap2::Mmap);

impl MappedText {
    /// The text.
    pub fn as_str(&self) -> &str {
        // SAFETY: validated as UTF-8 by `map_utf8`; the map is read-only.
        unsafe { std::str::from_utf8_unchecked(&self.0) }
    }
}

/// Expands the command line's inputs: a directory becomes the readable files under it, in
/// name order; anything else stays as named (a missing file fails when it is read).
pub fn expand(args: &[String]) -> Vec<Result<Input, Unreadable>> {
    let mut out = Vec::new();
    for arg in args {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            let found = walk(path, path);
            let none = found.is_empty();
            out.extend(found);
            if none {
                out.push(Err(Unreadable {
                    path: arg.clone(),
                    message: "no readable files (.txt, .docx, .html, .md) in this directory".into(),
                }));
            }
        } else {
            out.push(Ok(Input::named(arg.clone())));
        }
    }
    out
}

/// Collects the readable files under `dir`, recursively, in name order; symbolic links to
/// directories are not followed (no loops). The entries of a directory are looked at in
/// parallel (on the current rayon pool: a batch's workers, idle until the list is made),
/// collected in order.
fn walk(root: &Path, dir: &Path) -> Vec<Result<Input, Unreadable>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return vec![Err(Unreadable {
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
            let (is_dir, is_link) = match kind {
                Some(k) if k.is_symlink() => (path.is_dir(), true),
                Some(k) => (k.is_dir(), false),
                None => (path.is_dir(), false),
            };
            if is_dir {
                let below = if is_link {
                    Vec::new()
                } else {
                    walk(root, &path)
                };
                return Either::Left(below.into_iter());
            }
            if !readable(&path) {
                return Either::Right(None.into_iter());
            }
            // The path below `root` is the end of the path: found as an offset, not copied.
            let rel = path.strip_prefix(root).map_or(0, |r| r.as_os_str().len());
            let name = path
                .into_os_string()
                .into_string()
                .unwrap_or_else(|os| PathBuf::from(os).display().to_string());
            Either::Right(
                Some(Ok(Input {
                    rel_at: name.len().saturating_sub(rel),
                    name,
                }))
                .into_iter(),
            )
        })
        .collect()
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
