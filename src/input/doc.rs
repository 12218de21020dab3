//! Word 97–2003 and WPS input (`.doc`, `.wps`, OLE2 compound files): converted to `.docx`
//! by LibreOffice (`soffice --headless --convert-to docx`) in a private temporary
//! directory, within a time limit, then read by the Word reader.
//!
//! No maintained Rust crate reads the text of these files well (the piece table, fields,
//! revisions and the two encodings of pieces): LibreOffice's import is the one people
//! trust. Without `soffice` on `PATH` the file is refused with the package to install.

use crate::decode::Decoded;
use crate::error::DecodeProblem;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The program that converts.
const SOFFICE: &str = "soffice";
/// The Debian and Ubuntu package that brings it.
pub const PACKAGE: &str = "libreoffice-writer";
/// How long a conversion may take: LibreOffice starts in seconds and converts a long
/// document in a few more.
const TIME_LIMIT: Duration = Duration::from_secs(120);

/// Converts a `.doc` or `.wps` to `.docx` with LibreOffice and reads that.
///
/// # Errors
/// [`DecodeProblem::NeedsLibreOffice`] when `soffice` is not installed; a
/// [`DecodeProblem::Document`] when it fails, takes too long, or its `.docx` is unreadable.
pub fn to_text(bytes: &[u8]) -> Result<Decoded, DecodeProblem> {
    let fail = |why: String| DecodeProblem::Document(why);
    // A directory of this process's own (mode 700): the document is written nowhere else.
    let dir = tempfile::Builder::new()
        .prefix("outline-doc-")
        .tempdir()
        .map_err(|e| fail(format!("cannot make a temporary directory: {e}")))?;
    let input = dir.path().join("in.doc");
    std::fs::write(&input, bytes)
        .map_err(|e| fail(format!("cannot write a temporary file: {e}")))?;
    let mut command = Command::new(SOFFICE);
    // A profile of its own: a LibreOffice already running (or another conversion) would
    // otherwise take the request and this one would see nothing converted.
    command
        .arg(format!(
            "-env:UserInstallation={}",
            file_url(&dir.path().join("profile"))
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(DecodeProblem::NeedsLibreOffice { package: PACKAGE })
        }
        Err(e) => return Err(fail(format!("cannot run {SOFFICE}: {e}"))),
    };
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() < TIME_LIMIT => {
                std::thread::sleep(Duration::from_millis(50));
            }
            _ => {
                stop(&mut child);
                return Err(fail(format!(
                    "LibreOffice did not convert it within {} s",
                    TIME_LIMIT.as_secs()
                )));
            }
        }
    }
    let docx = std::fs::read(dir.path().join("in.docx"))
        .map_err(|_| fail("LibreOffice could not convert it to .docx".into()))?;
    super::docx::to_text(&docx)
}

/// Ends a conversion that ran too long, with the processes it started (`soffice` is a
/// script that starts `soffice.bin` in its process group).
fn stop(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A path as a `file://` URL, as LibreOffice takes its profile's place.
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_paths_are_urls() {
        assert_eq!(
            file_url(Path::new("/tmp/a b/配置")),
            "file:///tmp/a%20b/%E9%85%8D%E7%BD%AE"
        );
    }
}
