//! `summit quotes`: every quote with its speaker, record and the day it
//! was said.

use clap::{Args, ValueEnum};
use summit::export::{csv, json, markdown};
use summit::{Encounter, Quote, render, text};

use super::args::FilterArgs;
use super::context::Context;
use super::report::note;

pub const EXAMPLES: &str = "\
Examples:
  summit quotes                       every quote
  summit quotes --speaker putin       what Putin said
  summit quotes --year 2019 --format csv
  summit quotes --speaker trump --format markdown   to paste into an article";

/// `summit quotes` arguments.
#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Only quotes by a speaker whose name contains this text
    #[arg(long, value_name = "NAME")]
    pub speaker: Vec<String>,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = QuotesFormat::Table)]
    pub format: QuotesFormat,
}

/// `quotes --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuotesFormat {
    /// A table for reading
    Table,
    /// JSON for scripts
    Json,
    /// CSV with a header row
    Csv,
    /// Blockquotes with their sources, to paste into an article
    Markdown,
}

pub fn run(args: &QuotesArgs, ctx: &mut Context) -> anyhow::Result<()> {
    // A quote is dated by the day it was said: the years and days chosen
    // are those, not its record's.
    let mut query = args.filter.query()?;
    let dates = query.filter.clone();
    query.filter.years.clear();
    query.filter.from = None;
    query.filter.to = None;
    // Nothing found is said below, of the quotes.
    ctx.found(&query, true, |dataset, found, ctx| {
        let mut quotes: Vec<(&Encounter, &Quote)> = found
            .encounters
            .iter()
            .flat_map(|e| e.quotes.iter().map(move |q| (*e, q)))
            .filter(|(e, q)| dates.matches_date(e.said(q)))
            .filter(|(_, q)| {
                args.speaker.is_empty()
                    || args
                        .speaker
                        .iter()
                        .any(|s| text::contains_folded(&q.speaker, s))
            })
            .collect();
        // In the order they were said; a record's quotes of one day in
        // the record's order.
        quotes.sort_by(|(a, qa), (b, qb)| a.said(qa).cmp(b.said(qb)));
        if quotes.is_empty() {
            note("no quotes match the filters");
        }
        match args.format {
            QuotesFormat::Json => json::quotes(ctx.out, &quotes)?,
            QuotesFormat::Csv => csv::quotes(ctx.out, &quotes)?,
            QuotesFormat::Markdown => markdown::quotes(ctx.out, dataset, &quotes)?,
            QuotesFormat::Table if quotes.is_empty() => {}
            QuotesFormat::Table => render::search::quotes(ctx.out, &quotes, &ctx.opts)?,
        }
        Ok(())
    })
}
