//! `summit timeline`.

use clap::{Args, ValueEnum};
use summit::{ContextEvent, render, timeline};

use super::Context;
use super::args::FilterArgs;
use super::args::note_no_match;
use super::input::Input;

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

    /// Leave out the context events (dated events that are not encounters)
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
    /// The ordered entries (encounters, context events, gaps)
    Json,
}

pub fn run(args: &TimelineArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let filter = args.filter.to_filter()?;
    let input = Input::read(ctx.data.as_deref())?;
    let dataset = input.dataset()?;
    let encounters = filter.apply(&dataset.encounters);
    let context: Vec<&ContextEvent> = if args.no_context {
        Vec::new()
    } else {
        filter.apply_context(&dataset.context)
    };
    if encounters.is_empty() {
        note_no_match(&filter, &dataset);
    }
    let entries = timeline::build(&encounters, &context);
    match args.format {
        TimelineFormat::Text if entries.is_empty() => Ok(()),
        TimelineFormat::Text => Ok(render::timeline::text(
            ctx.out, &entries, args.ascii, &ctx.opts,
        )?),
        TimelineFormat::Json => Ok(render::json::write(ctx.out, &entries)?),
    }
}
