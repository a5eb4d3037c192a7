//! `summit show`.

use clap::{Args, ValueEnum};
use summit::export::{json, markdown};
use summit::query::{self, Lookup};
use summit::render;

use super::args::{channels, parse_words};
use super::context::Context;

pub const EXAMPLES: &str = "\
Examples:
  summit show helsinki-2018          by id
  summit show osaka                  by a unique id prefix or a word of the place
  summit show alaska --format json   the record as JSON
  summit show call-2025-03-18 --channel call
                                     with the calls before and after";

/// `summit show` arguments.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An id, a unique id prefix, or a word of the city, country or title
    #[arg(value_name = "QUERY", value_parser = parse_words)]
    pub query: String,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,

    /// The records before and after among these channels only (meeting,
    /// call, envoy; comma-separated); the meetings before and after are
    /// always shown
    #[arg(long, value_name = "CHANNEL", value_delimiter = ',', value_parser = channels())]
    pub channel: Vec<summit::Channel>,
}

/// `show --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Wrapped text for reading
    Text,
    /// The record object, in the dataset's field names
    Json,
    /// A Markdown section
    Markdown,
}

pub fn run(args: &ShowArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let input = ctx.input()?;
    let dataset = input.dataset()?;
    let e = match query::lookup(&dataset.encounters, &args.query) {
        Lookup::Found(e) => e,
        Lookup::Ambiguous(v) => {
            // Each with its title and date, to tell them apart; a large
            // dataset can match thousands: the first few.
            const SHOWN: usize = 10;
            let width = v.iter().take(SHOWN).map(|e| e.id.len()).max().unwrap_or(0);
            let mut lines: Vec<String> = v
                .iter()
                .take(SHOWN)
                .map(|e| format!("  {:<width$}  {}, {}", e.id, e.title, e.date_text()))
                .collect();
            if let Some(n) = v.len().checked_sub(SHOWN).filter(|n| *n > 0) {
                lines.push(format!("  and {n} more"));
            }
            // Ids that begin with a year: the year's list says more.
            let or_list = if summit::query::years::parse(&args.query).is_ok() {
                format!(", or see them all with `summit list --year {}`", args.query)
            } else {
                String::new()
            };
            anyhow::bail!(
                "\"{}\" matches {} records; give one id{or_list}:\n{}",
                args.query,
                v.len(),
                lines.join("\n")
            );
        }
        Lookup::NotFound(close) => {
            // A year is a list of its records, not one of them.
            if let Ok(years) = summit::query::years::parse(&args.query) {
                if dataset
                    .encounters
                    .iter()
                    .any(|e| e.date.overlaps_years(&years))
                {
                    anyhow::bail!(
                        "no record is called \"{0}\"; to see the records of {0}, use `summit list --year {0}`",
                        args.query
                    );
                }
            }
            let hint = summit::suggest::did_you_mean_one_of(&close)
                .unwrap_or_else(|| "try `summit list` to see the ids".to_string());
            anyhow::bail!("no record matches \"{}\"; {hint}", args.query);
        }
    };
    let out = &mut *ctx.out;
    match args.format {
        ShowFormat::Text => {
            let all = dataset.chronological();
            let n = summit::gaps::neighbours_of_channels(&all, e, &args.channel);
            render::detail::show_with(out, &dataset, e, &n, &ctx.opts)?
        }
        ShowFormat::Json => json::write(out, e)?,
        ShowFormat::Markdown => markdown::encounter(out, &dataset, e, 1)?,
    }
    Ok(())
}
