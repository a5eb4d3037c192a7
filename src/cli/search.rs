//! `summit search` and `summit quotes`.

use clap::{Args, ValueEnum};
use serde::Serialize;
use summit::{Encounter, Quote, render, search, text};

use super::{Context, FilterArgs};

pub const SEARCH_EXAMPLES: &str = "\
Examples:
  summit search election              everything about the election
  summit search elysee                accents do not matter
  summit search sanctions --format json";

pub const QUOTES_EXAMPLES: &str = "\
Examples:
  summit quotes                       every quote
  summit quotes --speaker putin       what Putin said
  summit quotes --year 2019 --format csv";

/// `summit search` arguments.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Text to look for (case and accents do not matter)
    #[arg(value_name = "TEXT", value_parser = super::parse_words)]
    pub query: String,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = TableOrJson::Table)]
    pub format: TableOrJson,
}

/// `search --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableOrJson {
    /// A table for reading
    Table,
    /// JSON for scripts
    Json,
}

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
}

pub fn run_search(args: &SearchArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let filter = args.filter.to_filter()?;
    let dataset = ctx.dataset()?;
    // search() ranks, and orders ties by date itself.
    let encounters = filter.apply(&dataset.encounters);
    let hits = search::search(&encounters, &args.query);
    if hits.is_empty() {
        super::note(format_args!("nothing matches \"{}\"", args.query));
    }
    match args.format {
        TableOrJson::Json => render::json::write(ctx.out, &hits)?,
        TableOrJson::Table if hits.is_empty() => {}
        TableOrJson::Table => render::search::hits(ctx.out, &hits, &args.query, &ctx.opts)?,
    }
    Ok(())
}

#[derive(Serialize)]
struct QuoteRow<'a> {
    speaker: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<&'a str>,
    encounter: &'a str,
    date: &'a str,
}

pub fn run_quotes(args: &QuotesArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let filter = args.filter.to_filter()?;
    let dataset = ctx.dataset()?;
    let mut encounters = filter.apply(&dataset.encounters);
    summit::query::sort(&mut encounters, summit::SortKey::Date, false);
    let quotes: Vec<(&Encounter, &Quote)> = encounters
        .iter()
        .flat_map(|e| e.quotes.iter().map(move |q| (*e, q)))
        .filter(|(_, q)| {
            args.speaker.is_empty()
                || args
                    .speaker
                    .iter()
                    .any(|s| text::contains_folded(&q.speaker, s))
        })
        .collect();
    if quotes.is_empty() {
        super::note_no_match("quotes");
    }
    let rows: Vec<QuoteRow> = quotes
        .iter()
        .map(|(e, q)| QuoteRow {
            speaker: &q.speaker,
            text: &q.text,
            context: q.context.as_deref(),
            encounter: &e.id,
            date: e.date.as_str(),
        })
        .collect();
    match args.format {
        QuotesFormat::Json => render::json::write(ctx.out, &rows)?,
        QuotesFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut *ctx.out);
            w.write_record(["speaker", "text", "context", "encounter", "date"])?;
            for r in &rows {
                w.write_record([
                    r.speaker,
                    r.text,
                    r.context.unwrap_or(""),
                    r.encounter,
                    r.date,
                ])?;
            }
            w.flush()?;
        }
        QuotesFormat::Table if quotes.is_empty() => {}
        QuotesFormat::Table => render::search::quotes(ctx.out, &quotes, &ctx.opts)?,
    }
    Ok(())
}
