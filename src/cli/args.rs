//! The command line's flags: the clap definitions every subcommand shares,
//! and the parsers that turn flag values into library values.

use std::ops::RangeInclusive;
use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use summit::{Dataset, EdtfDate, Encounter, Filter, Outcome, SortKey};

use super::report::{UsageError, note_no_match};
use super::{
    completions, export, list, man, quotes, schema, search, show, stats, timeline, validate,
};

const EXAMPLES: &str = "\
Examples:
  summit list                          every encounter, oldest first
  summit list --year 2018              the encounters of 2018
  summit list --outcome cancelled      meetings that were called off
  summit show helsinki                 the Helsinki summit in full
  summit timeline                      the whole story at a glance
  summit quotes --speaker putin        who said what
  summit export --format ics -o x.ics  for a calendar app
  summit validate mine.json            check your own dataset
  summit --data mine.json list         explore your own dataset";

/// Explore the in-person encounters between Donald Trump and Vladimir Putin,
/// 2017–2025: meetings held, informal exchanges, meetings cancelled and
/// invitations that never happened. Every record cites its sources.
#[derive(Debug, Parser)]
#[command(name = "summit", version, after_long_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Dataset file to use instead of the bundled one ("-" reads standard input)
    #[arg(long, global = true, env = "SUMMIT_DATA", value_name = "FILE")]
    pub data: Option<PathBuf>,

    /// When to use colour: auto means on a terminal with NO_COLOR unset
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List encounters as a table, JSON, CSV or Markdown
    #[command(after_long_help = list::EXAMPLES)]
    List(Box<list::ListArgs>),
    /// Print one encounter in full: summary, highlights, quotes and sources
    #[command(after_long_help = show::EXAMPLES)]
    Show(show::ShowArgs),
    /// Draw the encounters on a vertical timeline, with gaps and context
    #[command(after_long_help = timeline::EXAMPLES)]
    Timeline(Box<timeline::TimelineArgs>),
    /// Count encounters by year, outcome and country; time together; gaps
    #[command(after_long_help = stats::EXAMPLES)]
    Stats(Box<stats::StatsArgs>),
    /// Search every text field, ranked, ignoring case and accents
    #[command(after_long_help = search::EXAMPLES)]
    Search(Box<search::SearchArgs>),
    /// List every quote with its speaker, encounter and date
    #[command(after_long_help = quotes::EXAMPLES)]
    Quotes(Box<quotes::QuotesArgs>),
    /// Write the encounters for another tool: json, ndjson, csv, markdown, ics, timelinejs, svg, html
    #[command(after_long_help = export::EXAMPLES)]
    Export(Box<export::ExportArgs>),
    /// Check a dataset file and report every problem found
    #[command(after_long_help = validate::EXAMPLES)]
    Validate(validate::ValidateArgs),
    /// Print the JSON Schema (draft 2020-12) of the dataset format
    Schema,
    /// Print a shell completion script
    #[command(after_long_help = completions::EXAMPLES)]
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff)
    Man,
}

impl Command {
    /// Run the subcommand.
    pub fn run(self, ctx: &mut super::Context) -> anyhow::Result<()> {
        match self {
            Command::List(args) => list::run(&args, ctx),
            Command::Show(args) => show::run(&args, ctx),
            Command::Timeline(args) => timeline::run(&args, ctx),
            Command::Stats(args) => stats::run(&args, ctx),
            Command::Search(args) => search::run(&args, ctx),
            Command::Quotes(args) => quotes::run(&args, ctx),
            Command::Export(args) => export::run(&args, ctx),
            Command::Validate(args) => validate::run(&args, ctx),
            Command::Schema => schema::run(ctx),
            Command::Completions(args) => completions::run(&args, ctx),
            Command::Man => man::run(ctx),
        }
    }
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set
    Auto,
    /// Always colour, even when piped
    Always,
    /// Never colour
    Never,
}

/// A value parser for one of a library enum's values: the names and
/// descriptions shown in `--help` are the library's own, so the command
/// line keeps no copy of them.
pub fn choice<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    name: fn(T) -> &'static str,
    meaning: fn(T) -> &'static str,
) -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(
        all.iter()
            .map(move |v| PossibleValue::new(name(*v)).help(meaning(*v))),
    )
    .map(move |given| {
        *all.iter()
            .find(|v| name(**v) == given)
            .expect("clap accepts only the listed names")
    })
}

/// The outcomes one `--outcome` value names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcomes(Vec<Outcome>);

/// `--outcome`'s values: each outcome by name, and `met` for the ones in
/// which the two met in person.
fn outcomes() -> impl TypedValueParser<Value = Outcomes> {
    const MET: &str = "met";
    let values = Outcome::ALL
        .iter()
        .map(|o| PossibleValue::new(o.as_str()).help(o.meaning()))
        .chain([PossibleValue::new(MET).help("held or informal: they met in person")]);
    PossibleValuesParser::new(values).map(|given| {
        Outcomes(
            Outcome::ALL
                .into_iter()
                .filter(|o| o.as_str() == given || (given == MET && o.took_place()))
                .collect(),
        )
    })
}

/// Filter flags shared by every command that selects encounters.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Filters")]
pub struct FilterArgs {
    /// Only encounters in this year or range of years (2018, 2017..2019); repeatable
    #[arg(long, value_name = "YEAR", value_parser = parse_years, value_delimiter = ',')]
    pub year: Vec<RangeInclusive<i32>>,

    /// Only encounters that end on or after this date (2018, 2018-07, 2018-07-16)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<EdtfDate>,

    /// Only encounters that start on or before this date (2018, 2018-07, 2018-07-16)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<EdtfDate>,

    /// Only these outcomes; repeatable or comma-separated
    #[arg(long, value_name = "OUTCOME", value_delimiter = ',', value_parser = outcomes())]
    pub outcome: Vec<Outcomes>,

    /// Only where the country contains this text; repeatable
    #[arg(long, value_name = "TEXT")]
    pub country: Vec<String>,

    /// Only where the city contains this text; repeatable
    #[arg(long, value_name = "TEXT")]
    pub city: Vec<String>,

    /// Only with a participant whose name contains this text; repeatable
    #[arg(long, value_name = "NAME")]
    pub participant: Vec<String>,

    /// Only with a topic containing this text; repeatable
    #[arg(long, value_name = "TEXT")]
    pub topic: Vec<String>,

    /// Only where title, occasion, summary, highlights or quotes contain this text
    #[arg(long, value_name = "TEXT")]
    pub text: Vec<String>,
}

impl FilterArgs {
    /// The library filter these flags describe.
    ///
    /// # Errors
    /// A usage error when `--from` is after `--to`.
    pub fn to_filter(&self) -> Result<Filter, UsageError> {
        if let (Some(from), Some(to)) = (&self.from, &self.to) {
            if from.start() > to.end() {
                return Err(UsageError(format!("--from {from} is after --to {to}")));
            }
        }
        Ok(Filter {
            years: self.year.clone(),
            from: self.from.as_ref().map(EdtfDate::start),
            to: self.to.as_ref().map(EdtfDate::end),
            outcomes: Outcome::ALL
                .into_iter()
                .filter(|o| self.outcome.iter().any(|set| set.0.contains(o)))
                .collect(),
            countries: self.country.clone(),
            cities: self.city.clone(),
            participants: self.participant.clone(),
            topics: self.topic.clone(),
            texts: self.text.clone(),
        })
    }
}

/// Ordering flags.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Order")]
pub struct SortArgs {
    /// Order by this key (ties stay in date order)
    #[arg(long, value_name = "KEY", default_value = "date",
          value_parser = choice(&SortKey::ALL, SortKey::as_str, SortKey::meaning))]
    pub sort: SortKey,

    /// Reverse the order
    #[arg(long)]
    pub reverse: bool,

    /// Show at most N encounters
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = parse_limit)]
    pub limit: Option<usize>,
}

impl SortArgs {
    /// The encounters of `dataset` that `filter` selects, ordered and cut
    /// to `--limit`; says so on stderr when the filter matches none.
    pub fn select<'a>(&self, dataset: &'a Dataset<'a>, filter: &Filter) -> Vec<&'a Encounter<'a>> {
        let mut found = filter.apply(&dataset.encounters);
        // Said before --limit cuts the list: `--limit 0` matched something.
        if found.is_empty() {
            note_no_match("encounters");
        }
        summit::query::sort(&mut found, self.sort, self.reverse);
        if let Some(n) = self.limit {
            found.truncate(n);
        }
        found
    }
}

fn parse_year(s: &str) -> Result<i32, String> {
    let year: i32 = s
        .trim()
        .parse()
        .map_err(|_| format!("\"{s}\" is not a year; expected e.g. 2018 or 2017..2019"))?;
    if !(1..=9999).contains(&year) {
        return Err(format!("year {year} is out of range (1 to 9999)"));
    }
    Ok(year)
}

fn parse_years(s: &str) -> Result<RangeInclusive<i32>, String> {
    match s.split_once("..") {
        Some((a, b)) => {
            let (a, b) = (parse_year(a)?, parse_year(b)?);
            if a > b {
                return Err(format!("the range {s} runs backwards; write {b}..{a}"));
            }
            Ok(a..=b)
        }
        None => parse_year(s).map(|y| y..=y),
    }
}

/// Text to look for: trimmed, and not empty or blank.
pub fn parse_words(s: &str) -> Result<String, String> {
    let words = s.trim();
    if words.is_empty() {
        return Err("give some text to look for".to_string());
    }
    Ok(words.to_string())
}

fn parse_limit(s: &str) -> Result<usize, String> {
    s.trim()
        .parse()
        .map_err(|_| format!("\"{s}\" is not a count; expected a whole number, 0 or more"))
}

fn parse_date(s: &str) -> Result<EdtfDate, String> {
    EdtfDate::parse(s)
        .map_err(|e| format!("{}; expected e.g. 2018, 2018-07 or 2018-07-16", e.reason))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn flag_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }
}
