//! `summit validate` and `summit schema`.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use summit::Dataset;

use super::Context;

pub const EXAMPLES: &str = "\
Examples:
  summit validate                     check the bundled dataset
  summit validate mine.json           check your own
  cat mine.json | summit validate -   from standard input";

/// `summit validate` arguments.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Dataset to check ("-" for standard input); default: --data, or the bundled dataset
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

pub fn run(args: &ValidateArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let (bytes, origin) = super::read_source(args.file.as_deref().or(ctx.data.as_deref()))?;
    match summit::dataset::check(&bytes, &origin) {
        Ok(d) => {
            writeln!(
                ctx.out,
                "ok: {} encounters, {} sources",
                d.encounters.len(),
                d.sources.len()
            )?;
            Ok(())
        }
        Err(problems) => {
            let mut err = io::stderr().lock();
            for p in &problems[..problems.len() - 1] {
                let _ = writeln!(err, "error: {p}");
            }
            let n = problems.len();
            let last = &problems[n - 1];
            if n == 1 {
                anyhow::bail!("{last}")
            }
            anyhow::bail!("{last} ({n} problems in {origin})")
        }
    }
}

/// `summit schema`: the JSON Schema of the format.
pub fn schema(ctx: &mut Context) -> anyhow::Result<()> {
    let schema = schemars::schema_for!(Dataset);
    summit::render::json::write(ctx.out, &schema)?;
    Ok(())
}
