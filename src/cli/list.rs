//! `summit list`.

use std::io::Write;

use clap::{Args, ValueEnum};
use summit::GroupBy;
use summit::export::{csv, json, markdown};
use summit::fields::Column;
use summit::render::table;

use super::args::{FilterArgs, SortArgs, choice};
use super::context::Context;
use super::report::UsageError;

pub const EXAMPLES: &str = "\
Examples:
  summit list --year 2018                        every record of 2018: meetings, calls, envoys
  summit list --year 2018 --channel meeting      the meetings of 2018 (held or not)
  summit list --year 2017..2019 --outcome met    the meetings in person of 2017 to 2019
  summit list --channel call --year 2025         the calls of 2025
  summit list --outcome cancelled,proposed       meetings that never happened
  summit list --participant lavrov               where Sergei Lavrov was present
  summit list --sort duration --reverse          longest talks first
  summit list --group-by kind                    one table per kind
  summit list --format json | jq '.[].id'        machine-readable output";

/// `summit list` arguments.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub sort: SortArgs,

    /// One titled table per year, kind or country
    #[arg(long, value_name = "KEY",
          value_parser = choice(&GroupBy::ALL, GroupBy::as_str, GroupBy::meaning))]
    pub group_by: Option<GroupBy>,

    /// Columns to show, in order, for table, CSV and Markdown (comma-separated)
    #[arg(long, value_name = "NAMES", value_delimiter = ',',
          value_parser = choice(&Column::ALL, Column::as_str, Column::meaning),
          hide_possible_values = true)]
    pub columns: Vec<Column>,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// `list --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for reading
    Table,
    /// An array of record objects, in the dataset's field names
    Json,
    /// One row per record (RFC 4180), a list field one item per line
    Csv,
    /// A Markdown pipe table
    Markdown,
}

pub fn run(args: &ListArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let query = args.sort.query(&args.filter)?;
    let group_by = args.group_by;
    if group_by.is_some() && matches!(args.format, ListFormat::Json | ListFormat::Csv) {
        return Err(UsageError("--group-by works with --format table or markdown".into()).into());
    }
    if !args.columns.is_empty() && args.format == ListFormat::Json {
        return Err(UsageError(
            "--columns works with --format table, csv or markdown; JSON has every field".into(),
        )
        .into());
    }
    let columns = |usual: &[Column]| -> Vec<Column> {
        if args.columns.is_empty() {
            usual.to_vec()
        } else {
            args.columns.clone()
        }
    };
    ctx.found(&query, false, |_, selected, ctx| {
        let found = &selected.encounters;
        let out = &mut *ctx.out;
        match args.format {
            ListFormat::Json => json::write(out, found)?,
            ListFormat::Csv => csv::encounters(out, found, &columns(&Column::csv()))?,
            ListFormat::Markdown => {
                if !found.is_empty() {
                    markdown::list(
                        out,
                        found,
                        &columns(&Column::TABLE),
                        group_by,
                        args.sort.reverse,
                    )?;
                }
            }
            ListFormat::Table => {
                if selected.matching > 0 {
                    let cols = columns(&Column::TABLE);
                    let hidden = if found.is_empty() {
                        Vec::new()
                    } else {
                        table::list(out, found, &cols, group_by, args.sort.reverse, &ctx.opts)?
                    };
                    writeln!(
                        out,
                        "{}",
                        table::footer(selected.summary(), &hidden, ctx.opts.width())
                    )?;
                }
                return Ok(());
            }
        }
        // Machine formats carry only data: the count goes to stderr.
        if selected.matching > 0 {
            out.flush()?;
            let _ = writeln!(std::io::stderr(), "{}", selected.summary());
        }
        Ok(())
    })
}
