//! `summit stats`.

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use summit::render;
use summit::stats::Stats;

use super::Context;
use super::args::FilterArgs;
use super::args::note_no_match;
use super::input::Input;

pub const EXAMPLES: &str = "\
Examples:
  summit stats                          the whole dataset
  summit stats --year 2017..2019        the first term
  summit stats --today 2026-01-01       time since the last meeting, as of a day
  summit stats --format json | jq .face_to_face_minutes";

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
    let filter = args.filter.to_filter()?;
    let input = Input::read(ctx.data.as_deref())?;
    let dataset = input.dataset()?;
    let encounters = filter.apply(&dataset.encounters);
    if encounters.is_empty() {
        note_no_match(&filter, &dataset);
    }
    let as_of = args.today.unwrap_or_else(today);
    let mut stats = Stats::compute(&encounters, as_of);
    // How long since they last met is a fact about the whole record, not
    // about the years or outcomes chosen.
    let all: Vec<&summit::Encounter> = dataset.encounters.iter().collect();
    stats.since_last_meeting = Stats::since_last_meeting(&all, as_of);
    stats.checked_through = dataset.checked_through;
    match args.format {
        StatsFormat::Table => render::stats::text(ctx.out, &stats, &ctx.opts)?,
        StatsFormat::Json => render::json::write(ctx.out, &stats)?,
    }
    Ok(())
}

pub(super) fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|e| format!("\"{s}\" is not a day ({e}); expected YYYY-MM-DD"))
}

/// Today's date in UTC, from the system clock.
pub(super) fn today() -> NaiveDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_signed(chrono::Duration::days(days)))
        .unwrap_or_default()
}
