//! `summit list`.

use clap::{Args, ValueEnum};
use summit::GroupBy;
use summit::render::{self, markdown, table};

use super::Context;
use super::args::{FilterArgs, SortArgs, choice};
use super::input::Input;
use super::report::UsageError;

pub const EXAMPLES: &str = "\
Examples:
  summit list --year 2018                        what happened in 2018
  summit list --year 2017..2019 --outcome held   meetings held in the first term
  summit list --outcome cancelled,proposed       meetings that never happened
  summit list --participant lavrov               where Sergei Lavrov was present
  summit list --sort duration --reverse          longest talks first
  summit list --group-by outcome                 one table per outcome
  summit list --format json | jq '.[].id'        machine-readable output";

/// `summit list` arguments.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub sort: SortArgs,

    /// One titled table per year, outcome or country
    #[arg(long, value_name = "KEY",
          value_parser = choice(&GroupBy::ALL, GroupBy::as_str, GroupBy::meaning))]
    pub group_by: Option<GroupBy>,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// `list --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for reading
    Table,
    /// An array of encounter objects, in the dataset's field names
    Json,
    /// One row per encounter, list fields joined with "; "
    Csv,
    /// A Markdown pipe table
    Markdown,
}

pub fn run(args: &ListArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let filter = args.filter.to_filter()?;
    let group_by = args.group_by;
    if group_by.is_some() && matches!(args.format, ListFormat::Json | ListFormat::Csv) {
        return Err(UsageError("--group-by works with --format table or markdown".into()).into());
    }
    let input = Input::read(ctx.data.as_deref())?;
    let dataset = input.dataset()?;
    let found = args.sort.select(&dataset, &filter);
    let out = &mut *ctx.out;
    let total = dataset.encounters.len();
    match args.format {
        ListFormat::Json => render::json::write(out, &found)?,
        ListFormat::Csv => render::csv::encounters(out, &found)?,
        _ if found.is_empty() => {}
        ListFormat::Table => {
            table::list(out, &found, total, group_by, args.sort.reverse, &ctx.opts)?
        }
        ListFormat::Markdown => markdown::list(out, &found, total, group_by, args.sort.reverse)?,
    }
    Ok(())
}
