//! The command line: flag definitions, and turning them into library calls.

mod export;
mod list;
mod search;
mod shell;
mod show;
mod stats;
mod timeline;
mod validate;

use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, IsTerminal, Read, Write};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand, ValueEnum};
use summit::{Dataset, EdtfDate, Filter, Origin, Outcome, SortKey, render};

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
    #[command(after_long_help = search::SEARCH_EXAMPLES)]
    Search(Box<search::SearchArgs>),
    /// List every quote with its speaker, encounter and date
    #[command(after_long_help = search::QUOTES_EXAMPLES)]
    Quotes(Box<search::QuotesArgs>),
    /// Write the encounters for another tool: json, ndjson, csv, markdown, ics, timelinejs, svg, html
    #[command(after_long_help = export::EXAMPLES)]
    Export(Box<export::ExportArgs>),
    /// Check a dataset file and report every problem found
    #[command(after_long_help = validate::EXAMPLES)]
    Validate(validate::ValidateArgs),
    /// Print the JSON Schema (draft 2020-12) of the dataset format
    Schema,
    /// Print a shell completion script
    #[command(after_long_help = shell::EXAMPLES)]
    Completions(shell::CompletionsArgs),
    /// Print the manual page (roff)
    Man,
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
    #[arg(long, value_enum, value_name = "OUTCOME", value_delimiter = ',')]
    pub outcome: Vec<OutcomeArg>,

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
            outcomes: self.outcome.iter().map(|o| Outcome::from(*o)).collect(),
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
    #[arg(long, value_enum, value_name = "KEY", default_value_t = SortArg::Date)]
    pub sort: SortArg,

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
    pub fn select<'a>(
        &self,
        dataset: &'a Dataset<'a>,
        filter: &Filter,
    ) -> Vec<&'a summit::Encounter<'a>> {
        let mut found = filter.apply(&dataset.encounters);
        // Said before --limit cuts the list: `--limit 0` matched something.
        if found.is_empty() {
            note_no_match("encounters");
        }
        summit::query::sort(&mut found, self.sort.into(), self.reverse);
        if let Some(n) = self.limit {
            found.truncate(n);
        }
        found
    }
}

/// `--outcome`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutcomeArg {
    /// A planned meeting that took place
    Held,
    /// Met or spoke without a planned bilateral meeting
    Informal,
    /// A scheduled meeting that was called off
    Cancelled,
    /// An invitation or plan that never became a meeting
    Proposed,
}

impl From<OutcomeArg> for Outcome {
    fn from(o: OutcomeArg) -> Self {
        match o {
            OutcomeArg::Held => Outcome::Held,
            OutcomeArg::Informal => Outcome::Informal,
            OutcomeArg::Cancelled => Outcome::Cancelled,
            OutcomeArg::Proposed => Outcome::Proposed,
        }
    }
}

/// `--sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Oldest first
    Date,
    /// Shortest first; undocumented last
    Duration,
    /// By city, then country
    Place,
    /// Held, informal, cancelled, proposed
    Outcome,
    /// Alphabetically by title
    Title,
}

impl From<SortArg> for SortKey {
    fn from(s: SortArg) -> Self {
        match s {
            SortArg::Date => SortKey::Date,
            SortArg::Duration => SortKey::Duration,
            SortArg::Place => SortKey::Place,
            SortArg::Outcome => SortKey::Outcome,
            SortArg::Title => SortKey::Title,
        }
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
fn parse_words(s: &str) -> Result<String, String> {
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

/// A mistake in how the command was called: exit status 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Everything a command needs from the outside world, decided once.
pub struct Context<'a> {
    /// Where the dataset comes from; `None` for the bundled one.
    pub data: Option<PathBuf>,
    /// Colour and width.
    pub opts: render::Options,
    /// Standard output (buffered).
    pub out: &'a mut dyn Write,
}

impl Context<'_> {
    /// Load the dataset named by `--data` / `SUMMIT_DATA`, or the bundled one.
    ///
    /// The records borrow their text from the bytes read, so the bytes are
    /// kept for the rest of the run (one command per process): a large
    /// dataset then costs its file's size once, plus the records' frames,
    /// rather than a second copy of all its text.
    ///
    /// # Errors
    /// When the file cannot be read or is not a valid dataset.
    pub fn dataset(&self) -> anyhow::Result<Dataset<'static>> {
        let (bytes, origin) = read_source(self.data.as_deref())?;
        let bytes: &'static [u8] = match bytes {
            Cow::Borrowed(b) => b,
            Cow::Owned(v) => v.leak(),
        };
        Ok(Dataset::from_bytes(bytes, origin)?)
    }
}

/// The bytes of a dataset and where they came from: a file, standard input
/// (`-`), or the bundled dataset when `path` is `None`.
///
/// # Errors
/// An empty path (usage), an unreadable file, empty standard input.
pub fn read_source(path: Option<&Path>) -> anyhow::Result<(Cow<'static, [u8]>, Origin)> {
    Ok(match path {
        None => (
            Cow::Borrowed(summit::BUNDLED_JSON.as_bytes()),
            Origin::Bundled,
        ),
        Some(p) if p.as_os_str().is_empty() => {
            return Err(
                UsageError("--data needs a file name (or - for standard input)".into()).into(),
            );
        }
        Some(p) if p.as_os_str() == "-" => {
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("<stdin>: cannot read")?;
            if bytes.is_empty() {
                anyhow::bail!("<stdin>: no data on standard input; expected a JSON dataset");
            }
            (Cow::Owned(bytes), Origin::Stdin)
        }
        Some(p) => (
            Cow::Owned(std::fs::read(p).with_context(|| format!("{}: cannot read", p.display()))?),
            Origin::Path(p.to_path_buf()),
        ),
    })
}

/// Parse the arguments, run the command, and return the exit status.
pub fn main(args: impl IntoIterator<Item = OsString>) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => return clap_error(&e),
    };
    let stdout = io::stdout();
    let opts = render::Options {
        color: use_color(cli.color, stdout.is_terminal()),
        width: width(stdout.is_terminal()),
    };
    let mut out = io::BufWriter::new(stdout.lock());
    let mut ctx = Context {
        data: cli.data,
        opts,
        out: &mut out,
    };
    let result = run(cli.command, &mut ctx)
        .and_then(|()| out.flush().map_err(Into::into))
        .map_err(name_write_failures);
    match result {
        Ok(()) => 0,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            report(&e);
            if e.is::<UsageError>() { 2 } else { 1 }
        }
    }
}

fn run(command: Command, ctx: &mut Context) -> anyhow::Result<()> {
    match command {
        Command::List(args) => list::run(&args, ctx),
        Command::Show(args) => show::run(&args, ctx),
        Command::Timeline(args) => timeline::run(&args, ctx),
        Command::Stats(args) => stats::run(&args, ctx),
        Command::Search(args) => search::run_search(&args, ctx),
        Command::Quotes(args) => search::run_quotes(&args, ctx),
        Command::Export(args) => export::run(&args, ctx),
        Command::Validate(args) => validate::run(&args, ctx),
        Command::Schema => validate::schema(ctx),
        Command::Completions(args) => shell::completions(&args, ctx),
        Command::Man => shell::man(ctx),
    }
}

fn use_color(choice: ColorChoice, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// `COLUMNS` when set, else the terminal's width; `None` when piped.
fn width(terminal: bool) -> Option<usize> {
    if let Some(cols) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
    {
        if cols > 0 {
            return Some(cols);
        }
    }
    if !terminal {
        return None;
    }
    terminal_size::terminal_size().map(|(w, _)| usize::from(w.0))
}

/// A bare write error comes from standard output (file errors carry their
/// own context): say so.
fn name_write_failures(e: anyhow::Error) -> anyhow::Error {
    let bare = e.chain().count() == 1 && e.downcast_ref::<io::Error>().is_some()
        || matches!(
            e.downcast_ref::<summit::Error>(),
            Some(summit::Error::Write(_))
        )
        || e.downcast_ref::<csv::Error>().is_some();
    if bare {
        e.context("cannot write to standard output")
    } else {
        e
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<summit::Error>()
                .is_some_and(|s| s.io_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

/// Print an error as one line on stderr.
fn report(e: &anyhow::Error) {
    let message: Vec<String> = e.chain().map(ToString::to_string).collect();
    // thiserror's transparent variants repeat their source: keep each once.
    let mut parts: Vec<&str> = Vec::new();
    for m in &message {
        if !parts.iter().any(|p| p.contains(m.as_str())) {
            parts.push(m);
        }
    }
    let line = parts.join(": ").replace('\n', " ");
    let _ = writeln!(io::stderr(), "error: {line}");
}

/// Print clap's help or version as it is, and its errors as one line.
fn clap_error(e: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            0
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            2
        }
        _ => {
            let text = e.render().to_string();
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| {
                    !l.is_empty()
                        && !l.starts_with("Usage:")
                        && !l.starts_with("For more information")
                })
                .collect();
            let mut line = lines.join("; ");
            if !line.starts_with("error:") {
                line = format!("error: {line}");
            }
            let _ = writeln!(io::stderr(), "{line}");
            2
        }
    }
}

/// A note on stderr that is not an error: `summit: ...`.
pub fn note(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "summit: {message}");
}

/// The "nothing matched" note.
pub fn note_no_match(what: &str) {
    note(format_args!("no {what} match the filters"));
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn flag_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }
}
