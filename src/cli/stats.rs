//! `summit stats`.

use clap::{Args, ValueEnum};
use summit::render;
use summit::stats::Stats;

use super::Context;
use super::args::FilterArgs;
use super::input::Input;
use super::report::note_no_match;

pub const EXAMPLES: &str = "\
Examples:
  summit stats                          the whole dataset
  summit stats --year 2017..2019        the first term
  summit stats --format json | jq .face_to_face_minutes";

/// `summit stats` arguments.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = StatsFormat::Table)]
    pub format: StatsFormat,
}

/// `stats --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Tables for reading
    Table,
    /// One JSON object
    Json,
}

pub fn run(args: &StatsArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let filter = args.filter.to_filter()?;
    let input = Input::read(ctx.data.as_deref())?;
    let dataset = input.dataset()?;
    let encounters = filter.apply(&dataset.encounters);
    if encounters.is_empty() {
        note_no_match("encounters");
    }
    let stats = Stats::compute(&encounters);
    match args.format {
        StatsFormat::Table => render::stats::text(ctx.out, &stats, &ctx.opts)?,
        StatsFormat::Json => render::json::write(ctx.out, &stats)?,
    }
    Ok(())
}
