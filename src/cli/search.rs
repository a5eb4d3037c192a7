//! `summit search`: ranked search over every text field.

use clap::{Args, ValueEnum};
use summit::export::json;
use summit::query::Query;
use summit::{render, search};

use super::args::{FilterArgs, parse_words};
use super::context::Context;
use super::report::note;

pub const EXAMPLES: &str = "\
Examples:
  summit search election              everything about the election
  summit search orban                 accents do not matter: finds Orbán
  summit search kerch strait          records with both words, in any field
  summit search '\"fake news\"'         an exact phrase
  summit search sanctions --format json";

/// `summit search` arguments.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for (a record must contain them all) or a "quoted phrase"; case and accents do not matter
    #[arg(value_name = "TEXT", value_parser = parse_words, num_args = 1.., required = true)]
    pub words: Vec<String>,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Leave out the context events (dated events that are not records)
    #[arg(long)]
    pub no_context: bool,

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
    // Several words given apart are one search, as if quoted together.
    let text = args.words.join(" ");
    let query = Query {
        no_context: args.no_context,
        ..args.filter.query()?
    };
    // Nothing found is said below, whatever the filters left.
    ctx.found(&query, true, |_, found, ctx| {
        // Ranked by search, which orders ties by date itself.
        let hits = search::search(&found.encounters, &found.context, &text);
        if hits.is_empty() {
            note(format_args!("nothing matches \"{text}\""));
        }
        match args.format {
            SearchFormat::Json => json::write(ctx.out, &hits)?,
            SearchFormat::Table if hits.is_empty() => {}
            SearchFormat::Table => render::search::hits(ctx.out, &hits, &text, &ctx.opts)?,
        }
        Ok(())
    })
}
