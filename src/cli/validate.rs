//! `summit validate`: check a dataset and report every problem.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;

use super::context::Context;
use super::input::Input;
use super::report::count;

pub const EXAMPLES: &str = "\
Examples:
  summit validate                     check the bundled dataset
  summit validate mine.json           check your own
  summit validate --strict mine.json  also require a cited source for every
                                      highlight and quote, and a URL for every source
  cat mine.json | summit validate -   from standard input";

/// `summit validate` arguments.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Dataset to check ("-" for standard input); default: --data, or the bundled dataset
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Also require every highlight and quote to cite a source, and every source to have a URL (unless print_only)
    #[arg(long)]
    pub strict: bool,
}

pub fn run(args: &ValidateArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let input = Input::read(args.file.as_deref().or(ctx.data.as_deref()))?;
    let origin = input.origin();
    match input.check(args.strict) {
        Ok(d) => {
            writeln!(
                ctx.out,
                "ok: {origin}: {}, {}",
                count(d.encounters.len(), "record"),
                count(d.sources.len(), "source")
            )?;
            Ok(())
        }
        Err(problems) => {
            // Every problem on its own line, then the count as the
            // command's error.
            let mut err = io::stderr().lock();
            for p in &problems {
                let _ = writeln!(err, "error: {p}");
            }
            anyhow::bail!("{} in {origin}", count(problems.len().max(1), "problem"))
        }
    }
}
