//! The man page: one complete page, `outline(1)`, with a section for each subcommand (its
//! synopsis, what it does, its options) and the exit status, so that it names no page
//! that does not exist.

use crate::exit;
use clap_mangen::roff::{bold, roman, Roff};
use clap_mangen::Man;
use std::io::{self, Write};

/// Writes the page as roff.
///
/// # Errors
/// What writing to `out` fails with.
pub fn render(out: &mut dyn Write) -> io::Result<()> {
    let mut cmd = crate::cli::command();
    cmd.build();
    let man = Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    let mut heading = Roff::new();
    heading.control("SH", ["COMMANDS"]);
    heading.to_writer(out)?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = sub.get_bin_name().unwrap_or_else(|| sub.get_name());
        let mut head = Roff::new();
        head.control("SS", [name]);
        head.to_writer(out)?;
        let man = Man::new(sub.clone());
        without_heading(out, |w| man.render_synopsis_section(w))?;
        let mut about = Roff::new();
        about.control("PP", []);
        if let Some(text) = sub.get_about() {
            about.text([roman(text.to_string())]);
        }
        about.to_writer(out)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            without_heading(out, |w| man.render_options_section(w))?;
        }
    }
    let mut status = Roff::new();
    status.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in exit::CODES {
        status.control("TP", []);
        status.text([bold(code.to_string())]);
        status.text([roman(meaning)]);
    }
    status.control("SH", ["SEE ALSO"]);
    status.text([roman(
        "outline formats (the output formats), outline schema (the JSON Schema), README.md",
    )]);
    status.to_writer(out)?;
    man.render_version_section(out)
}

/// Writes a section that clap_mangen renders for a page of its own, without its `.SH`
/// line: on this page it sits under its subcommand's `.SS`.
fn without_heading(
    out: &mut dyn Write,
    render: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut buf = Vec::new();
    render(&mut buf)?;
    let text = String::from_utf8_lossy(&buf);
    for line in text.lines().filter(|l| !l.starts_with(".SH ")) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
