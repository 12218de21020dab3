//! Outputs: atomic writes (a temporary file renamed into place) and where each output of a
//! batch goes.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tigang::{Error, Format};

/// Writes through a temporary file in the same directory, renamed into place on success,
/// so a failure never leaves a half-written file or destroys an existing one. A symbolic
/// link is kept and the file it names replaced; what is no regular file (`/dev/null`, a
/// named pipe, a terminal) is written to as it is, never replaced.
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
            render(&mut out)?;
            out.flush().map_err(fail)
        }
        Target::Replace(mut tmp, replaced) => {
            let mut out = io::BufWriter::new(tmp.as_file_mut());
            render(&mut out)?;
            out.flush().map_err(fail)?;
            drop(out);
            tmp.persist(replaced).map_err(|e| fail(e.error))?;
            Ok(())
        }
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
    Replace(tempfile::NamedTempFile, PathBuf),
}

/// Tells where an output at `path` goes (see [`Target`]).
///
/// # Errors
/// What opening a device, resolving a link or making the temporary file fails with.
pub fn target(path: &Path) -> io::Result<Target> {
    // `metadata` follows links: what the path finally names.
    let replaced = match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => {
            return std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map(Target::Direct)
        }
        Ok(_) if path.is_symlink() => std::fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let dir = match replaced.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".outline-")
        .tempfile_in(dir)?;
    #[cfg(unix)]
    tmp.as_file()
        .set_permissions(output_permissions(&replaced))?;
    Ok(Target::Replace(tmp, replaced))
}

/// The permissions for a new output: those of the file it replaces, else `rw-r--r--`
/// (a temporary file alone would leave it private).
#[cfg(unix)]
fn output_permissions(target: &Path) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(target)
        .map(|m| m.permissions())
        .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644))
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
