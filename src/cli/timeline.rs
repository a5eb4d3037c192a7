//! `summit timeline`.

use clap::{Args, ValueEnum};
use summit::export::json;
use summit::query::Query;
use summit::{render, timeline};

use super::args::FilterArgs;
use super::context::Context;

pub const EXAMPLES: &str = "\
Examples:
  summit timeline                       everything, with context events
  summit timeline --no-context --ascii  plain markers, encounters only
  summit timeline --year 2018           one year
  summit timeline --format json         entries and gaps for scripts";

/// `summit timeline` arguments.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Leave out the context events (dated events that are not records)
    #[arg(long)]
    pub no_context: bool,

    /// Plain ASCII throughout: markers, dashes, quotes and letters
    #[arg(long)]
    pub ascii: bool,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = TimelineFormat::Text)]
    pub format: TimelineFormat,
}

/// `timeline --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimelineFormat {
    /// Lines for reading
    Text,
    /// The ordered entries (records, context events, gaps)
    Json,
}

pub fn run(args: &TimelineArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let query = Query {
        no_context: args.no_context,
        ..args.filter.query()?
    };
    ctx.found(&query, false, |dataset, found, ctx| {
        let gaps = summit::gaps::of_record(dataset);
        let entries = timeline::build(&gaps, &found.encounters, &found.context);
        match args.format {
            TimelineFormat::Text if entries.is_empty() => {}
            TimelineFormat::Text => {
                render::timeline::text(ctx.out, &entries, args.ascii, &ctx.opts)?;
            }
            TimelineFormat::Json => json::write(ctx.out, &entries)?,
        }
        Ok(())
    })
}
