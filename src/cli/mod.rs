//! The command line: the subcommands ([`Cli`]), the flags they share
//! ([`args`]), what each run needs ([`context`]), reading input
//! ([`input`]) and writing files ([`output`]), how a run ends ([`report`]),
//! and one module per subcommand, each with its flags and its `run`.

mod args;
mod browse;
mod completions;
mod context;
mod diff;
mod export;
mod import;
mod init;
mod input;
mod list;
mod man;
mod output;
mod pager;
mod quotes;
mod report;
mod schema;
mod search;
mod show;
mod stats;
mod timeline;
mod validate;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};
use summit::render;

use args::ColourChoice;
use context::Context;
pub use report::Exit;

const EXAMPLES: &str = "\
Examples:
  summit list                          every record, oldest first
  summit list --year 2018              the records of 2018
  summit list --outcome cancelled      meetings that were called off
  summit show helsinki                 the Helsinki summit in full
  summit browse                        explore them full-screen
  summit timeline                      the whole story at a glance
  summit quotes --speaker putin        who said what
  summit export --format ics -o x.ics  for a calendar app
  summit validate mine.json            check your own dataset
  summit --data mine.json list         explore your own dataset";

/// Explore the contacts between Donald Trump and Vladimir Putin since 2016:
/// their meetings (held, informal, cancelled, and invitations that never
/// happened), their calls, and each one's meetings with the other's envoys.
/// Every record cites its sources.
#[derive(Debug, Parser)]
#[command(name = "summit", version, after_long_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Dataset file to use instead of the bundled one ("-" reads standard input)
    #[arg(long, global = true, env = "SUMMIT_DATA", value_name = "FILE")]
    pub data: Option<PathBuf>,

    /// When to use colour: auto means on a terminal with NO_COLOR unset
    #[arg(long = "color", global = true, value_enum, value_name = "WHEN", default_value_t = ColourChoice::Auto)]
    pub colour: ColourChoice,

    /// Fit output to N columns [default: COLUMNS, else the terminal's width, else 100]
    #[arg(long, global = true, value_name = "N", value_parser = args::parse_width)]
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
    /// List the records (meetings, calls, envoy meetings) as a table, JSON, CSV or Markdown
    #[command(after_long_help = list::EXAMPLES)]
    List(Box<list::ListArgs>),
    /// Print one record in full: summary, highlights, quotes and sources
    #[command(after_long_help = show::EXAMPLES)]
    Show(show::ShowArgs),
    /// Explore the records in a full-screen view: list, detail, timeline
    #[command(after_long_help = browse::EXAMPLES)]
    Browse(Box<browse::BrowseArgs>),
    /// Draw the records on a vertical timeline, with gaps and context
    #[command(after_long_help = timeline::EXAMPLES)]
    Timeline(Box<timeline::TimelineArgs>),
    /// Count the records by year and kind; time together and on the phone; gaps
    #[command(after_long_help = stats::EXAMPLES)]
    Stats(Box<stats::StatsArgs>),
    /// Search every text field, ranked, ignoring case and accents
    #[command(after_long_help = search::EXAMPLES)]
    Search(Box<search::SearchArgs>),
    /// List every quote with its speaker, record and the day it was said
    #[command(after_long_help = quotes::EXAMPLES)]
    Quotes(Box<quotes::QuotesArgs>),
    /// Write the records for another tool: json, ndjson, csv, markdown, ics, timelinejs, svg, png, html, markwhen, geojson, jsonld
    #[command(after_long_help = export::EXAMPLES)]
    Export(Box<export::ExportArgs>),
    /// Bring a timeline in: a TimelineJS sheet, summit's CSV or a calendar, as a dataset
    #[command(after_long_help = import::EXAMPLES)]
    Import(import::ImportArgs),
    /// Compare two editions of a dataset: records added, removed and changed
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
    pub fn run(self, ctx: &mut Context) -> anyhow::Result<()> {
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

/// Parse the arguments, run the command, and say how the run ended.
pub fn main(args: impl IntoIterator<Item = OsString>) -> Exit {
    let args: Vec<OsString> = args.into_iter().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            return report::clap_error(e, &Cli::command(), &args);
        }
    };
    let terminal = io::stdout().is_terminal();
    let opts = render::Options {
        colour: use_colour(cli.colour, terminal),
        width: Some(cli.width.map_or_else(|| width(terminal), usize::from)),
    };
    let mut out = pager::Sink::new(terminal && !cli.no_pager && cli.command.pages());
    let mut ctx = Context {
        data: cli.data,
        opts,
        out: &mut out,
        terminal,
        command: Cli::command,
    };
    let result = cli
        .command
        .run(&mut ctx)
        .and_then(|()| out.flush().map_err(Into::into))
        .map_err(report::name_write_failures);
    out.finish();
    let exit = Exit::of(&result);
    match (&result, exit) {
        (Err(e), Exit::Usage) => {
            report::usage(e, Cli::command(), &args);
        }
        (Err(e), Exit::Failure | Exit::Trouble) => report::report(e),
        _ => {}
    }
    exit
}

fn use_colour(choice: ColourChoice, terminal: bool) -> bool {
    match choice {
        ColourChoice::Always => true,
        ColourChoice::Never => false,
        ColourChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// The width to fit output to, when `--width` does not say: `COLUMNS`
/// when set, else the terminal's width, else 100.
fn width(terminal: bool) -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .or_else(|| {
            terminal
                .then(terminal_size::terminal_size)
                .flatten()
                .map(|(w, _)| usize::from(w.0))
        })
        .unwrap_or(100)
}

/// The frozen fixture dataset the binary's unit tests stand on
/// (`tests/fixtures/record.json`): never the bundled data.
#[cfg(test)]
pub(crate) fn record() -> summit::Dataset<'static> {
    summit::Dataset::from_str_with(
        include_str!("../../tests/fixtures/record.json"),
        summit::Origin::Named("record.json".into()),
    )
    .expect("the fixture loads")
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn flag_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }
}
