//! The `summit` command: parse, run, and map the outcome to an exit status.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main(std::env::args_os()).into()
}
