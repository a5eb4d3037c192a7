//! `summit search`: ranked search over every text field.

use clap::{Args, ValueEnum};
use summit::{render, search};

use super::Context;
use super::args::{FilterArgs, parse_words};
use super::input::Input;
use super::report::note;

pub const EXAMPLES: &str = "\
Examples:
  summit search election              everything about the election
  summit search orban                 accents do not matter: finds Orbán
  summit search 'putin osaka'         records with both words, in any field
  summit search '\"fake news\"'         an exact phrase
  summit search sanctions --format json";

/// `summit search` arguments.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for (a record must contain them all) or a "quoted phrase"; case and accents do not matter
    #[arg(value_name = "TEXT", value_parser = parse_words)]
    pub query: String,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = SearchFormat::Table)]
    pub format: SearchFormat,
}

/// `search --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchFormat {
    /// A table for reading
    Table,
    /// JSON for scripts
    Json,
}

pub fn run(args: &SearchArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let filter = args.filter.to_filter()?;
    let input = Input::read(ctx.data.as_deref())?;
    let dataset = input.dataset()?;
    // search() ranks, and orders ties by date itself.
    let encounters = filter.apply(&dataset.encounters);
    let context = filter.apply_context(&dataset.context);
    let hits = search::search(&encounters, &context, &args.query);
    if hits.is_empty() {
        note(format_args!("nothing matches \"{}\"", args.query));
    }
    match args.format {
        SearchFormat::Json => render::json::write(ctx.out, &hits)?,
        SearchFormat::Table if hits.is_empty() => {}
        SearchFormat::Table => render::search::hits(ctx.out, &hits, &args.query, &ctx.opts)?,
    }
    Ok(())
}
