//! `summit stats`.

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use summit::export::json;
use summit::render;
use summit::stats::Stats;

use super::args::{FilterArgs, parse_day};
use super::context::{self, Context};

pub const EXAMPLES: &str = "\
Examples:
  summit stats                          the whole dataset
  summit stats --year 2017..2019        the first three years of the first term
  summit stats --today 2026-01-01       time since they last met and spoke, as of a day
  summit stats --channel call           the calls alone
  summit stats --format json | jq .on_the_phone.minutes";

/// `summit stats` arguments.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Measure "since they last met" up to this day (YYYY-MM-DD) instead of today
    #[arg(long, value_name = "DAY", value_parser = parse_day)]
    pub today: Option<NaiveDate>,

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
    let as_of = args.today.unwrap_or_else(context::today);
    ctx.found(&args.filter.query()?, false, |dataset, found, ctx| {
        // Gaps and the last contacts are facts of the whole record, not
        // of the years or outcomes chosen.
        let all: Vec<&summit::Encounter> = dataset.encounters.iter().collect();
        let mut stats = Stats::compute(&all, &found.encounters, as_of, dataset.checked_through);
        stats.covers = args.filter.to_filter()?.describe();
        match args.format {
            StatsFormat::Table => render::stats::text(ctx.out, &stats, &ctx.opts)?,
            StatsFormat::Json => json::write(ctx.out, &stats)?,
        }
        Ok(())
    })
}
