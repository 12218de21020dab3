//! Exit codes: one for each kind of failure, each with what it means. README's table is
//! tested against this one, and the man page's EXIT STATUS is made from it.

use tigang::Error;

/// Success, also when a reader closes the pipe early (`| head`).
pub const SUCCESS: u8 = 0;
/// Bad usage: an unknown flag, format, output ending or encoding; a batch into one file in
/// another format than JSON Lines; `--explain` in a format that cannot carry it.
pub const USAGE: u8 = 2;
/// An input cannot be read (missing, no permission, a directory with nothing to read).
pub const READ: u8 = 3;
/// An input's bytes are not a document we read.
pub const DECODE: u8 = 4;
/// The output cannot be written (or drawn: a PNG with no Chinese font installed).
pub const WRITE: u8 = 5;
/// A batch in which some inputs failed (each is reported on stderr).
pub const SOME_FAILED: u8 = 6;

/// Every exit code with what it means, in order.
pub const CODES: [(u8, &str); 6] = [
    (
        SUCCESS,
        "success (also when a reader closes the pipe early)",
    ),
    (
        USAGE,
        "bad usage: an unknown flag, format, output ending or encoding; a batch into one file \
         in another format than JSON Lines; --explain in a format that cannot carry it",
    ),
    (
        READ,
        "an input cannot be read: a missing file, no permission, a directory with no document \
         in it",
    ),
    (
        DECODE,
        "an input is not a document we read: binary data, bytes malformed in every encoding \
         tried, a PDF, a Word 97-2003 or WPS file",
    ),
    (
        WRITE,
        "the output cannot be written, or a PNG cannot be drawn: no installed font has \
         Chinese characters",
    ),
    (
        SOME_FAILED,
        "a batch in which some inputs failed or were refused (the rest were written)",
    ),
];

/// The exit code for an error.
pub fn code(e: &Error) -> u8 {
    match e {
        Error::Read { .. } => READ,
        Error::Decode { .. } => DECODE,
        Error::UnknownEncoding(_) | Error::Usage(_) => USAGE,
        Error::Write { .. } | Error::Render { .. } | Error::NoCjkFont => WRITE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tigang::DecodeProblem;

    mod readme {
        // Shared with `tests/cli_ux.rs`.
        include!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/readme.rs"
        ));
    }
    use readme::exit_codes as readme_table;

    #[test]
    fn readme_lists_every_exit_code_and_no_other() {
        let readme: Vec<u8> = readme_table().iter().map(|(c, _)| *c).collect();
        let ours: Vec<u8> = CODES.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            readme, ours,
            "README's exit-code table and exit::CODES differ"
        );
    }

    #[test]
    fn every_error_exits_with_a_code_readme_lists() {
        let readme = readme_table();
        let errors = [
            Error::Read {
                path: "a.txt".into(),
                message: "no such file".into(),
            },
            Error::Decode {
                path: "a.txt".into(),
                problem: DecodeProblem::Binary,
            },
            Error::Usage("x".into()),
            Error::UnknownEncoding("klingon".into()),
            Error::Write {
                path: "a.json".into(),
                source: std::io::Error::other("x"),
            },
            Error::Render {
                format: "yaml",
                message: "x".into(),
            },
            Error::NoCjkFont,
        ];
        for e in &errors {
            let c = code(e);
            assert!(
                c != SUCCESS && c != SOME_FAILED && readme.iter().any(|(r, _)| *r == c),
                "{e:?} exits {c}, which README's table does not list for an error"
            );
        }
    }
}
