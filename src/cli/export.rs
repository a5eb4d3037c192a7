//! `summit export`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use summit::{ContextEvent, Dataset, Encounter, export, render};

use super::{Context, FilterArgs, SortArgs};

pub const EXAMPLES: &str = "\
Examples:
  summit export --format ics --output encounters.ics       for a calendar app
  summit export --format html --output timeline.html       a page to open in a browser
  summit export --format timelinejs --output tl.json       for TimelineJS
  summit export --format json --year 2018 > 2018.json      a dataset of one year
  summit export --format csv --output all.csv --force      replace an existing file";

/// `summit export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write
    #[arg(long, short = 'f', value_enum)]
    pub format: ExportFormat,

    /// Write to this file instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,

    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub sort: SortArgs,
}

/// `export --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A complete dataset document in the summit format
    Json,
    /// One encounter object per line
    Ndjson,
    /// RFC 4180 CSV with a header row
    Csv,
    /// A Markdown document
    Markdown,
    /// iCalendar (RFC 5545) all-day events
    Ics,
    /// JSON for Knight Lab's TimelineJS
    Timelinejs,
    /// A picture of the timeline
    Svg,
    /// A self-contained web page with the picture
    Html,
}

pub fn run(args: &ExportArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let filter = args.filter.to_filter()?;
    if let Some(path) = &args.output {
        if !args.force && path.exists() {
            anyhow::bail!(
                "{}: already exists; use --force to replace it",
                path.display()
            );
        }
    }
    let dataset = ctx.dataset()?;
    let encounters = args.sort.select(&dataset, &filter);
    let context: Vec<&ContextEvent> = dataset
        .context
        .iter()
        .filter(|c| filter.matches_date(&c.date))
        .collect();
    let format = args.format;
    let write = |w: &mut dyn Write| write_export(w, format, &dataset, &encounters, &context);
    match &args.output {
        None => write(ctx.out),
        Some(path) => write_atomically(path, args.force, write),
    }
}

fn write_export(
    w: &mut dyn Write,
    format: ExportFormat,
    dataset: &Dataset,
    encounters: &[&Encounter],
    context: &[&ContextEvent],
) -> anyhow::Result<()> {
    match format {
        ExportFormat::Json => {
            render::json::write(w, &export::subset(dataset, encounters, context))?
        }
        ExportFormat::Ndjson => export::ndjson(w, encounters)?,
        ExportFormat::Csv => render::csv::encounters(w, encounters)?,
        ExportFormat::Markdown => export::markdown(w, dataset, encounters)?,
        ExportFormat::Ics => {
            let skipped = export::ics::write(w, dataset, encounters)?;
            for id in skipped {
                let _ = writeln!(
                    io::stderr(),
                    "summit: skipped {id}: its date is not given to the day"
                );
            }
        }
        ExportFormat::Timelinejs => export::timelinejs::write(w, dataset, encounters, context)?,
        ExportFormat::Svg => export::svg::write(w, &dataset.title, encounters, context)?,
        ExportFormat::Html => export::html::write(w, dataset, encounters, context)?,
    }
    Ok(())
}

/// Write through a temporary file in the same folder, renamed into place
/// only when everything was written: a failed export leaves no partial
/// file, and never touches an existing one unless `force`.
pub fn write_atomically(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let shown = path.display();
    let mut tmp = tempfile::Builder::new()
        .prefix(".summit-export")
        .tempfile_in(dir)
        .with_context(|| format!("{shown}: cannot write in folder {}", dir.display()))?;
    {
        let mut buffered = io::BufWriter::new(tmp.as_file_mut());
        write(&mut buffered).with_context(|| format!("{shown}: export failed"))?;
        buffered
            .flush()
            .with_context(|| format!("{shown}: cannot write"))?;
    }
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("{shown}: cannot write"))?;
    if force {
        tmp.persist(path)
            .map_err(|e| e.error)
            .with_context(|| format!("{shown}: cannot replace"))?;
    } else {
        tmp.persist_noclobber(path)
            .map_err(|e| e.error)
            .with_context(|| {
                format!("{shown}: cannot create (does it exist? use --force to replace it)")
            })?;
    }
    Ok(())
}
