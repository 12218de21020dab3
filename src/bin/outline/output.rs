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
    let resolved = match target(path).map_err(fail)? {
        Target::Direct(file) => {
            let mut out = io::BufWriter::new(file);
            render(&mut out)?;
            return out.flush().map_err(fail);
        }
        Target::Replace(resolved) => resolved,
    };
    let path = resolved.as_path();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".outline-");
    #[cfg(unix)]
    builder.permissions(output_permissions(path));
    let mut tmp = builder.tempfile_in(dir).map_err(fail)?;
    {
        let mut out = io::BufWriter::new(tmp.as_file_mut());
        render(&mut out)?;
        out.flush().map_err(fail)?;
    }
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Where an output goes: a regular file (or none yet) is replaced through a temporary file;
/// what is no regular file is written to as it is.
pub enum Target {
    /// Not a regular file (`/dev/null`, a named pipe, a terminal): opened for writing.
    Direct(std::fs::File),
    /// The file to replace: `path`, or the file a symbolic link at `path` names (the link
    /// stays).
    Replace(PathBuf),
}

/// Tells where an output at `path` goes (see [`Target`]).
///
/// # Errors
/// What opening a device or resolving a link fails with.
pub fn target(path: &Path) -> io::Result<Target> {
    // `metadata` follows links: what the path finally names.
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map(Target::Direct),
        Ok(_) if path.is_symlink() => std::fs::canonicalize(path).map(Target::Replace),
        _ => Ok(Target::Replace(path.to_path_buf())),
    }
}

/// The permissions for a new output: those of the file it replaces, else `rw-r--r--`
/// (a temporary file alone would leave it private).
#[cfg(unix)]
pub fn output_permissions(target: &Path) -> std::fs::Permissions {
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
