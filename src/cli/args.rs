//! The command line's flags: the clap definitions every subcommand shares,
//! and the parsers that turn flag values into library values.

use std::ops::RangeInclusive;
use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use summit::{Dataset, EdtfDate, Encounter, Filter, Outcome, SortKey};

use super::report::{UsageError, note};
use super::{
    browse, completions, diff, export, import, init, list, man, quotes, schema, search, show,
    stats, timeline, validate,
};

const EXAMPLES: &str = "\
Examples:
  summit list                          every encounter, oldest first
  summit list --year 2018              the encounters of 2018
  summit list --outcome cancelled      meetings that were called off
  summit show helsinki                 the Helsinki summit in full
  summit browse                        explore them full-screen
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

    /// Fit output to N columns [default: COLUMNS, else the terminal's width, else 100]
    #[arg(long, global = true, value_name = "N",
          value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: Option<u16>,

    /// Print straight to the terminal, without a pager ($SUMMIT_PAGER, $PAGER or less)
    #[arg(long, global = true)]
    pub no_pager: bool,

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
    /// Explore the encounters in a full-screen view: list, detail, timeline
    #[command(after_long_help = browse::EXAMPLES)]
    Browse(Box<browse::BrowseArgs>),
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
    /// Write the encounters for another tool: json, ndjson, csv, markdown, ics, timelinejs, svg, png, html, markwhen, geojson, jsonld
    #[command(after_long_help = export::EXAMPLES)]
    Export(Box<export::ExportArgs>),
    /// Bring a timeline in: a TimelineJS sheet, summit's CSV or a calendar, as a dataset
    #[command(after_long_help = import::EXAMPLES)]
    Import(import::ImportArgs),
    /// Compare two editions of a dataset: encounters added, removed and changed
    #[command(after_long_help = diff::EXAMPLES)]
    Diff(diff::DiffArgs),
    /// Check a dataset file and report every problem found
    #[command(after_long_help = validate::EXAMPLES)]
    Validate(validate::ValidateArgs),
    /// Write a starter dataset to fill in
    #[command(after_long_help = init::EXAMPLES)]
    Init(init::InitArgs),
    /// Print the JSON Schema (draft 2020-12) of the dataset format
    Schema,
    /// Print a shell completion script
    #[command(after_long_help = completions::EXAMPLES)]
    Completions(completions::CompletionsArgs),
    /// Print a manual page (roff): the main one, or one subcommand's
    #[command(after_long_help = man::EXAMPLES)]
    Man(man::ManArgs),
}

impl Command {
    /// True for the commands whose output is for reading, and goes through
    /// a pager on a terminal.
    pub fn pages(&self) -> bool {
        matches!(
            self,
            Command::List(_)
                | Command::Show(_)
                | Command::Timeline(_)
                | Command::Stats(_)
                | Command::Search(_)
                | Command::Quotes(_)
                | Command::Diff(_)
                | Command::Schema
        )
    }

    /// Run the subcommand.
    pub fn run(self, ctx: &mut super::Context) -> anyhow::Result<()> {
        match self {
            Command::List(args) => list::run(&args, ctx),
            Command::Show(args) => show::run(&args, ctx),
            Command::Browse(args) => browse::run(&args, ctx),
            Command::Timeline(args) => timeline::run(&args, ctx),
            Command::Stats(args) => stats::run(&args, ctx),
            Command::Search(args) => search::run(&args, ctx),
            Command::Quotes(args) => quotes::run(&args, ctx),
            Command::Export(args) => export::run(&args, ctx),
            Command::Validate(args) => validate::run(&args, ctx),
            Command::Diff(args) => diff::run(&args, ctx),
            Command::Import(args) => import::run(&args, ctx),
            Command::Init(args) => init::run(&args, ctx),
            Command::Schema => schema::run(ctx),
            Command::Completions(args) => completions::run(&args, ctx),
            Command::Man(args) => man::run(&args, ctx),
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
    /// Only encounters in this year or range of years (2018, 2017..2019, 2018.., ..2019); repeatable
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

    /// Only where the country contains this text; repeatable or comma-separated
    #[arg(long, value_delimiter = ',', value_name = "TEXT")]
    pub country: Vec<String>,

    /// Only where the city contains this text; repeatable or comma-separated
    #[arg(long, value_delimiter = ',', value_name = "TEXT")]
    pub city: Vec<String>,

    /// Only with a participant whose name contains this text; repeatable or comma-separated
    #[arg(long, value_delimiter = ',', value_name = "NAME")]
    pub participant: Vec<String>,

    /// Only with a topic containing this text; repeatable or comma-separated
    #[arg(long, value_delimiter = ',', value_name = "TEXT")]
    pub topic: Vec<String>,

    /// Only records containing every word (or "quoted phrase") of this text, in any field search looks in; repeat it for either of two texts (a comma is part of the text)
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
    /// to `--limit`; says so on stderr when there are none to select.
    pub fn select<'a>(&self, dataset: &'a Dataset<'a>, filter: &Filter) -> Selected<'a> {
        let mut found = filter.apply(&dataset.encounters);
        if dataset.encounters.is_empty() {
            note("the dataset has no encounters");
        } else if found.is_empty() {
            note_no_match(filter, dataset);
        }
        summit::query::sort(&mut found, self.sort, self.reverse);
        let matching = found.len();
        if let Some(n) = self.limit {
            if n == 0 && matching > 0 {
                note(format_args!(
                    "--limit 0 shows none of the {}; leave --limit out to see them",
                    super::report::count(matching, "matching encounter")
                ));
            }
            found.truncate(n);
        }
        Selected {
            shown: found,
            matching,
            total: dataset.encounters.len(),
        }
    }
}

/// What `--limit` and the filters left of a dataset, with the counts for
/// the closing line.
pub struct Selected<'a> {
    /// The encounters to show, in order.
    pub shown: Vec<&'a Encounter<'a>>,
    /// How many matched the filters, before `--limit`.
    pub matching: usize,
    /// How many the dataset has.
    pub total: usize,
}

impl Selected<'_> {
    /// "3 of 11 encounters", or when `--limit` cut the list, "1 shown of 7
    /// matching (11 in all)".
    pub fn footer(&self) -> String {
        let shown = self.shown.len();
        if shown < self.matching {
            format!(
                "{shown} shown of {} matching ({} in all)",
                self.matching, self.total
            )
        } else if self.total == 1 {
            format!("{shown} of 1 encounter")
        } else {
            format!("{shown} of {} encounters", self.total)
        }
    }
}

/// Say on stderr that the filters match no encounter of `dataset`, with
/// the year meant when a `--year` looks like a two-digit one (`18` for
/// 2018).
pub fn note_no_match(filter: &Filter, dataset: &Dataset) {
    let mut hint = year_hint(&filter.years, dataset)
        .map(|h| format!("; {h}"))
        .unwrap_or_default();
    // --text finds context events too: say where they show.
    if !filter.texts.is_empty() {
        let events = filter.apply_context(&dataset.context).len();
        if events > 0 {
            hint.push_str(&format!(
                "; {} {} (summit timeline and summit search show context)",
                super::report::count(events, "context event"),
                if events == 1 { "matches" } else { "match" }
            ));
        }
    }
    note(format_args!("no encounters match the filters{hint}"));
}

/// For a year under 100 among `years` (a two-digit year, as people
/// write them), the year of the dataset's centuries it most likely means:
/// `years are written in full: did you mean --year 2018?`.
fn year_hint(years: &[RangeInclusive<i32>], dataset: &Dataset) -> Option<String> {
    use chrono::Datelike;
    let short = |y: i32| (0..100).contains(&y);
    // An open start is year 1: not a year anyone wrote.
    let range = years
        .iter()
        .find(|r| (short(*r.start()) && *r.start() != 1) || short(*r.end()))?;
    let first = dataset
        .encounters
        .iter()
        .map(|e| e.date.start().year())
        .min()?;
    let last = dataset
        .encounters
        .iter()
        .map(|e| e.date.end().year())
        .max()?;
    // The century in which the year falls among the dataset's years, or
    // else the last one's.
    let meant = |y: i32| {
        if !short(y) {
            return y;
        }
        (first / 100..=last / 100)
            .map(|c| c * 100 + y)
            .find(|full| (first..=last).contains(full))
            .unwrap_or(last / 100 * 100 + y)
    };
    let (a, b) = (*range.start(), *range.end());
    let written = |a: i32, b: i32| match (a, b) {
        (a, b) if a == b => a.to_string(),
        (1, b) => format!("..{b}"),
        (a, 9999) => format!("{a}.."),
        (a, b) => format!("{a}..{b}"),
    };
    let given = written(a, b);
    let suggested = written(
        if a == 1 { 1 } else { meant(a) },
        if b == 9999 { 9999 } else { meant(b) },
    );
    (suggested != given)
        .then(|| format!("years are written in full: did you mean --year {suggested}?"))
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

/// A year or a range of years: `2018`, `2017..2019`, or open at one end,
/// `2018..` (from 2018 on) and `..2019` (up to 2019).
pub(crate) fn parse_years(s: &str) -> Result<RangeInclusive<i32>, String> {
    match s.split_once("..") {
        Some((a, b)) if a.trim().is_empty() && b.trim().is_empty() => Err(format!(
            "\"{s}\" is not a range of years; expected e.g. 2017..2019, 2018.. or ..2019"
        )),
        Some((a, b)) => {
            let a = if a.trim().is_empty() {
                1
            } else {
                parse_year(a)?
            };
            let b = if b.trim().is_empty() {
                9999
            } else {
                parse_year(b)?
            };
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

/// A day, month or year for `--from` and `--to`, or a message in the
/// words a user understands, with the form they probably meant.
fn parse_date(s: &str) -> Result<EdtfDate, String> {
    EdtfDate::parse(s.trim()).map_err(|_| {
        let hint = meant_date(s.trim())
            .map(|d| format!(" (did you mean {d}?)"))
            .unwrap_or_default();
        format!("\"{s}\" is not a date{hint}; expected YYYY, YYYY-MM or YYYY-MM-DD")
    })
}

/// The date `s` probably means, written as summit reads dates: unpadded
/// months and days (`2018-7` is `2018-07`), and day/month/year or
/// month/day/year when only one reading is possible (`16/07/2018` is
/// `2018-07-16`).
fn meant_date(s: &str) -> Option<String> {
    let numbers =
        |sep: char| -> Option<Vec<u32>> { s.split(sep).map(|p| p.parse().ok()).collect() };
    let candidate = if let Some(parts) = numbers('-').filter(|p| (2..=3).contains(&p.len())) {
        let year = *parts.first()?;
        match parts[1..] {
            [m] => format!("{year:04}-{m:02}"),
            [m, d] => format!("{year:04}-{m:02}-{d:02}"),
            _ => return None,
        }
    } else if let Some([a, b, year]) = numbers('/')
        .as_deref()
        .and_then(|p| <[u32; 3]>::try_from(p).ok())
    {
        // Only when one reading is possible: the day is over 12.
        let (month, day) = match (a > 12, b > 12) {
            (true, false) => (b, a),
            (false, true) => (a, b),
            _ => return None,
        };
        format!("{year:04}-{month:02}-{day:02}")
    } else {
        return None;
    };
    (candidate != s && EdtfDate::parse(&candidate).is_ok()).then_some(candidate)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::{meant_date, parse_years};

    #[test]
    fn open_ranges_of_years() {
        assert_eq!(parse_years("2018..").unwrap(), 2018..=9999);
        assert_eq!(parse_years("..2019").unwrap(), 1..=2019);
        assert_eq!(parse_years("2017..2019").unwrap(), 2017..=2019);
        assert!(
            parse_years("..")
                .unwrap_err()
                .contains("not a range of years")
        );
    }

    #[test]
    fn dates_users_probably_meant() {
        assert_eq!(meant_date("2018-7").as_deref(), Some("2018-07"));
        assert_eq!(meant_date("2018-7-6").as_deref(), Some("2018-07-06"));
        assert_eq!(meant_date("16/07/2018").as_deref(), Some("2018-07-16"));
        assert_eq!(meant_date("07/16/2018").as_deref(), Some("2018-07-16"));
        // Either reading works: no guess.
        assert_eq!(meant_date("06/07/2018"), None);
        assert_eq!(meant_date("2018-13"), None);
        assert_eq!(meant_date("July 2018"), None);
        assert_eq!(meant_date("2018-07"), None);
    }

    #[test]
    fn flag_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }
}
