//! `summit diff`: what changed between two editions of a dataset.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use summit::render::diff::Edition;

use super::context::Context;
use super::input::Input;
use super::report::{Differences, Trouble, count, note};

pub const EXAMPLES: &str = "\
Examples:
  summit diff old.json new.json                   tables on the terminal
  summit diff old.json new.json -f markdown       a corrections note for readers
  summit diff old.json new.json -f json | jq .changed
Exit status, as diff's: 0 no differences, 1 differences, 2 trouble.";

/// `summit diff` arguments.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier edition ("-" for standard input)
    #[arg(value_name = "OLD")]
    pub old: PathBuf,

    /// The later edition ("-" for standard input)
    #[arg(value_name = "NEW")]
    pub new: PathBuf,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
}

/// `diff --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Tables for reading: added, removed, and each changed field
    Table,
    /// The editions and every difference, for scripts
    Json,
    /// A corrections note for readers
    Markdown,
}

pub fn run(args: &DiffArgs, ctx: &mut Context) -> anyhow::Result<()> {
    // Anything wrong with the files is trouble (status 2), not a difference.
    let trouble = |e: anyhow::Error| anyhow::Error::new(Trouble(e));
    if args.old.as_os_str() == "-" && args.new.as_os_str() == "-" {
        return Err(trouble(anyhow::anyhow!(
            "only one of OLD and NEW can be standard input"
        )));
    }
    let old_input = Input::read(Some(&args.old)).map_err(trouble)?;
    let new_input = Input::read(Some(&args.new)).map_err(trouble)?;
    let old = old_input.version().map_err(|e| trouble((*e).into()))?;
    let new = new_input.version().map_err(|e| trouble((*e).into()))?;
    for (input, version) in [(&old_input, &old), (&new_input, &new)] {
        if version.is_draft() {
            note(format_args!(
                "{}: a draft that does not validate yet ({}; summit validate lists them), compared as it stands",
                input.origin(),
                count(version.problems.len(), "problem")
            ));
        }
    }
    let d = summit::diff::diff(&old, &new);
    let edition = |input: &Input, v: &summit::diff::Version| Edition {
        file: input.origin().to_string(),
        title: v.title().to_string(),
        updated: v.updated().to_string(),
        encounters: v.encounters(),
        works: v.works(),
    };
    let (a, b) = (edition(&old_input, &old), edition(&new_input, &new));
    match args.format {
        DiffFormat::Table => summit::render::diff::table(ctx.out, &d, &a, &b, &ctx.opts)?,
        DiffFormat::Markdown => summit::render::diff::markdown(ctx.out, &d, &a, &b)?,
        DiffFormat::Json => {
            #[derive(serde::Serialize)]
            struct Out<'a> {
                old: &'a Edition,
                new: &'a Edition,
                summary: String,
                #[serde(flatten)]
                diff: &'a summit::diff::Diff,
            }
            let out = Out {
                old: &a,
                new: &b,
                summary: summit::render::diff::summary(&d),
                diff: &d,
            };
            serde_json::to_writer_pretty(&mut *ctx.out, &out)?;
            writeln!(ctx.out)?;
        }
    }
    if d.is_empty() {
        Ok(())
    } else {
        Err(Differences.into())
    }
}
