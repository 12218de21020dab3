//! The `outline` command: read files or stdin, parse them, write the outlines.

mod alloc;
mod batch;
mod choice;
mod cli;
mod exit;
mod input;
mod lang;
mod load;
mod man;
mod ordered;
mod output;
#[cfg(feature = "serve")]
mod serve;
mod single;
mod voice;
mod words;

use cli::Command;
use std::io;
use std::process::ExitCode;
use tigang::{Error, Format};

fn main() -> ExitCode {
    alloc::purge_freed_memory_at_once();
    // Settled before clap reads the command line: its help and errors are in the language.
    lang::set(lang::Lang::from_process());
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) => return voice::clap_says(&e),
    };
    match cli.command {
        Command::Formats => {
            for f in Format::ALL {
                println!(
                    "{:<9} .{:<6} {}",
                    f.name(),
                    f.extension(),
                    lang::format_description(f)
                );
            }
            ExitCode::SUCCESS
        }
        Command::Schema => {
            let schema = schemars::schema_for!(tigang::Document);
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut cli::command(), "outline", &mut io::stdout());
            ExitCode::SUCCESS
        }
        Command::Man => match man::render(&mut io::stdout().lock()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => voice::report(&Error::write("-", e)),
        },
        #[cfg(feature = "serve")]
        Command::Serve(args) => match serve::run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => voice::report(&e),
        },
        Command::Parse(args) => {
            output::remove_on_signals();
            let single = args.inputs.len() == 1
                && !std::path::Path::new(&args.inputs[0]).is_dir()
                && !args.output.as_deref().is_some_and(output::is_dir_target);
            if single {
                match single::run(&args) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => voice::report(&e),
                }
            } else {
                batch::run(&args)
            }
        }
    }
}
