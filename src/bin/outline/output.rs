//! Outputs: atomic writes (a temporary file renamed into place), the temporary files
//! removed when the run is interrupted, and where each output of a batch goes.

use crate::lang::t;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use tigang::{Error, Format};

/// Writes through a temporary file in the same directory, renamed into place on success,
/// so a failure never leaves a half-written file or destroys an existing one. A symbolic
/// link is kept and the file it names replaced (a dangling one is refused); what is no
/// regular file (`/dev/null`, a named pipe, a terminal) is written to as it is, never
/// replaced.
///
/// # Errors
/// [`Error::Write`] naming `path`, or what `render` returns.
pub fn write_atomically(
    path: &Path,
    render: impl FnOnce(&mut dyn Write) -> Result<(), Error>,
) -> Result<(), Error> {
    let fail = |e: io::Error| Error::Write {
        path: path.display().to_string(),
        source: e,
    };
    match target(path).map_err(fail)? {
        Target::Direct(file) => {
            let mut out = io::BufWriter::new(file);
            render(&mut out).map_err(|e| naming(e, path))?;
            out.flush().map_err(fail)
        }
        Target::Replace(mut tmp, replaced) => {
            let mut out = io::BufWriter::new(tmp.file.as_file_mut());
            render(&mut out).map_err(|e| naming(e, path))?;
            out.flush().map_err(fail)?;
            drop(out);
            tmp.persist(&replaced).map_err(fail)
        }
    }
}

/// Puts the output's name on a write error the renderer could only call `-`.
pub fn naming(e: Error, path: &Path) -> Error {
    match e {
        Error::Write { path: p, source } if p == "-" => Error::Write {
            path: path.display().to_string(),
            source,
        },
        other => other,
    }
}

/// Where an output goes: a regular file (or none yet) is replaced through a temporary file;
/// what is no regular file is written to as it is.
pub enum Target {
    /// Not a regular file (`/dev/null`, a named pipe, a terminal): opened for writing.
    Direct(std::fs::File),
    /// A temporary file beside the file to replace (`path`, or the file a symbolic link at
    /// `path` names: the link stays), with the permissions the output is to have; renamed
    /// over it once written.
    Replace(Temp, PathBuf),
}

/// Tells where an output at `path` goes (see [`Target`]).
///
/// # Errors
/// What opening a device, resolving a link or making the temporary file fails with; a
/// dangling symbolic link is refused rather than replaced by a file.
pub fn target(path: &Path) -> io::Result<Target> {
    // `metadata` follows links: what the path finally names.
    let existing = match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => {
            return std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map(Target::Direct)
        }
        Ok(m) => Some(m),
        Err(_) if path.is_symlink() => {
            // Like `cp`: writing through a dangling link would make a file wherever the
            // link points, replacing the link would lose it; neither is what was asked.
            let to = std::fs::read_link(path).unwrap_or_default();
            return Err(io::Error::other(t!(
                "dangling-output",
                to = to.display().to_string()
            )));
        }
        Err(_) => None,
    };
    let replaced = match existing {
        Some(_) if path.is_symlink() => std::fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let dir = match replaced.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = Temp::new(dir)?;
    // A new file is made with `rw-rw-rw-` less the umask (the kernel applies it); a file
    // replaced keeps its permissions.
    #[cfg(unix)]
    if let Some(m) = existing {
        tmp.file.as_file().set_permissions(m.permissions())?;
    }
    Ok(Target::Replace(tmp, replaced))
}

/// The temporary files being written, removed by [`remove_on_signals`]'s thread when the
/// run is interrupted.
static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// A hidden temporary file `.outline-*`, listed in [`TEMPS`] while it exists under that name.
pub struct Temp {
    /// The file (removed when dropped unpersisted).
    pub file: tempfile::NamedTempFile,
    listed: Listed,
}

impl Temp {
    /// Makes one in `dir`, listed before a signal can see it missing: the list is held
    /// while the file is made.
    fn new(dir: &Path) -> io::Result<Temp> {
        let mut temps = TEMPS.lock().unwrap_or_else(PoisonError::into_inner);
        let mut builder = tempfile::Builder::new();
        builder.prefix(".outline-");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let file = builder.tempfile_in(dir).map_err(|e| temp_failed(dir, &e))?;
        temps.push(file.path().to_path_buf());
        let listed = Listed(file.path().to_path_buf());
        Ok(Temp { file, listed })
    }

    /// Renames the file over `target`.
    pub fn persist(self, target: &Path) -> io::Result<()> {
        let result = self.file.persist(target).map(drop).map_err(|e| e.error);
        drop(self.listed);
        result
    }

    /// The file apart from its path (which stays listed until [`TempPath::persist`]).
    pub fn into_parts(self) -> (std::fs::File, TempPath) {
        let (file, temp) = self.file.into_parts();
        (
            file,
            TempPath {
                temp,
                _listed: self.listed,
            },
        )
    }
}

/// Why a temporary file could not be made in `dir`, in words that name the directory and
/// not the temporary file (`tempfile` puts `.outline-XXXXXX` into its errors): the user
/// never named that file.
fn temp_failed(dir: &Path, e: &io::Error) -> io::Error {
    use io::ErrorKind;
    let dir_name = dir.display().to_string();
    let words = match e.kind() {
        ErrorKind::NotFound if !dir.is_dir() => t!("no-such-directory", dir = dir_name),
        ErrorKind::NotADirectory => t!("not-a-directory", dir = dir_name),
        ErrorKind::PermissionDenied => t!("permission-denied-in", dir = dir_name),
        ErrorKind::ReadOnlyFilesystem => t!("read-only-in", dir = dir_name),
        ErrorKind::StorageFull => t!("no-space-in", dir = dir_name),
        kind => t!(
            "cannot-make-file-in",
            dir = dir_name,
            kind = kind.to_string()
        ),
    };
    io::Error::new(e.kind(), words)
}

/// The path of a [`Temp`] whose file is written apart.
pub struct TempPath {
    temp: tempfile::TempPath,
    _listed: Listed,
}

impl TempPath {
    /// Renames the file over `target`.
    pub fn persist(self, target: &Path) -> io::Result<()> {
        self.temp.persist(target).map_err(|e| e.error)
    }
}

/// A path in [`TEMPS`], taken off the list when dropped.
struct Listed(PathBuf);

impl Drop for Listed {
    fn drop(&mut self) {
        let mut temps = TEMPS.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(i) = temps.iter().rposition(|p| *p == self.0) {
            temps.swap_remove(i);
        }
    }
}

/// Starts a thread that, on SIGINT, SIGTERM or SIGHUP, removes the temporary files being
/// written and then ends the process as that signal would have.
pub fn remove_on_signals() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held to the end: no new temporary file can be made meanwhile.
                let temps = TEMPS.lock().unwrap_or_else(PoisonError::into_inner);
                for path in temps.iter() {
                    let _ = std::fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                // The default action of these signals ends the process; should it not have:
                std::process::exit(128 + signal);
            }
        });
    }
}

/// Tells whether `-o` names a directory: it ends in `/` or is one.
pub fn is_dir_target(output: &str) -> bool {
    output.ends_with('/')
        || output.ends_with(std::path::MAIN_SEPARATOR)
        || Path::new(output).is_dir()
}

/// Where the output for the input at `rel` goes under `dir`: the same relative path with
/// the format's extension.
pub fn target_in(dir: &Path, rel: &Path, format: Format) -> PathBuf {
    dir.join(rel).with_extension(format.extension())
}

/// Identifies a file whatever path names it (device and inode), following links.
#[cfg(unix)]
pub fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// Identifies a file whatever path names it: here, its canonical path.
#[cfg(not(unix))]
pub fn identity(path: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(path).ok()
}
