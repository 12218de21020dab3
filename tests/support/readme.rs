// README's exit-code table, read once for the tests that hold the code to it (the CLI's
// unit test in `src/bin/outline/exit.rs` and `tests/cli_ux.rs`).

/// README's exit-code table: code and meaning, a row each.
pub fn exit_codes() -> Vec<(u8, String)> {
    let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"));
    let after = readme
        .split("### Exit codes")
        .nth(1)
        .expect("README has a section `### Exit codes`");
    after
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|row| {
            let mut cells = row.split('|').map(str::trim).skip(1);
            let code = cells.next()?.parse().ok()?;
            Some((code, cells.next()?.to_string()))
        })
        .collect()
}
