//! `summit validate` and `summit schema`.

use std::io::{self, Read, Write};
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use summit::{Dataset, Origin};

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

/// Validation found problems (already printed): exit status 1.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

pub fn run(args: &ValidateArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let (bytes, origin) = match args.file.as_ref().or(ctx.data.as_ref()) {
        None => (summit::BUNDLED_JSON.as_bytes().to_vec(), Origin::Bundled),
        Some(p) if p.as_os_str() == "-" => {
            let mut b = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut b)
                .context("<stdin>: cannot read")?;
            (b, Origin::Stdin)
        }
        Some(p) => (
            std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?,
            Origin::Path(p.clone()),
        ),
    };
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
            Err(Invalid(if n == 1 {
                last.to_string()
            } else {
                format!("{last} ({n} problems in {origin})")
            })
            .into())
        }
    }
}

/// `summit schema`: the JSON Schema of the format.
pub fn schema(ctx: &mut Context) -> anyhow::Result<()> {
    let schema = schemars::schema_for!(Dataset);
    summit::render::json::write(ctx.out, &schema)?;
    Ok(())
}
