//! `summit export`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use summit::export::{self, Selection};
use summit::render;
use summit::render::columns::Column;

use super::Context;
use super::args::{FilterArgs, SortArgs};
use super::input::Input;
use super::output::write_atomically;
use super::report::{UsageError, note};

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

    /// Write to this file instead of standard output ("-" is standard output)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Leave out the context events (dated events that are not encounters)
    #[arg(long)]
    pub no_context: bool,

    /// The picture's size for svg and png: WIDTHxHEIGHT in pixels, or a
    /// shape (16:9 is 1920x1080, 4:3 is 1600x1200)
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub size: Option<(u32, u32)>,

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
    /// The same picture as PNG, for slides
    Png,
    /// A self-contained web page with the picture
    Html,
    /// The markwhen text format, for markwhen's editor and tools
    Markwhen,
    /// GeoJSON points for map tools (encounters with coordinates)
    Geojson,
    /// JSON-LD: schema.org Events, to embed in a web page
    Jsonld,
}

pub fn run(args: &ExportArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let filter = args.filter.to_filter()?;
    // `-o -` is standard output, as for --data.
    let output = super::output::output_file(args.output.as_deref(), args.force)?;
    let input = Input::read(ctx.data.as_deref())?;
    let dataset = input.dataset()?;
    let encounters = args.sort.select(&dataset, &filter).shown;
    let context = if args.no_context {
        Vec::new()
    } else {
        filter.apply_context(&dataset.context)
    };
    let selection = Selection {
        dataset: &dataset,
        encounters: &encounters,
        context: &context,
    };
    let format = args.format;
    if args.size.is_some() && !matches!(format, ExportFormat::Svg | ExportFormat::Png) {
        return Err(UsageError("--size works with --format svg or png".into()).into());
    }
    if format == ExportFormat::Png && output.is_none() && std::io::stdout().is_terminal() {
        return Err(UsageError(
            "PNG is binary: give --output FILE, or send it to a file or a program".into(),
        )
        .into());
    }
    let size = args.size;
    let write = |w: &mut dyn Write| write_export(w, format, &selection, size);
    match output {
        None => write(ctx.out),
        Some(path) => write_atomically(path, args.force, write),
    }
}

pub(super) fn write_export(
    w: &mut dyn Write,
    format: ExportFormat,
    selection: &Selection,
    size: Option<(u32, u32)>,
) -> anyhow::Result<()> {
    match format {
        ExportFormat::Json => render::json::write(w, &selection.subset())?,
        ExportFormat::Ndjson => export::ndjson(w, selection.encounters)?,
        ExportFormat::Csv => render::csv::encounters(w, selection.encounters, &Column::CSV)?,
        ExportFormat::Markdown => render::markdown::document(w, selection)?,
        ExportFormat::Ics => export::ics::write(w, selection)?,
        ExportFormat::Timelinejs => export::timelinejs::write(w, selection)?,
        ExportFormat::Svg => export::svg::write_sized(w, selection, size)?,
        ExportFormat::Png => {
            let mut svg = Vec::new();
            export::svg::write_sized(&mut svg, selection, size)?;
            let svg = String::from_utf8(svg)?;
            // At a given size, pixel for pixel; else 1.6 times the
            // picture's 1200, the 1920 pixels of a slide.
            let scale = if size.is_some() { 1.0 } else { 1.6 };
            w.write_all(&export::png::render(&svg, true, scale)?)?;
        }
        ExportFormat::Html => export::html::write(w, selection)?,
        ExportFormat::Markwhen => export::markwhen::write(w, selection)?,
        ExportFormat::Jsonld => export::jsonld::write(w, selection)?,
        ExportFormat::Geojson => {
            let skipped = export::geojson::write(w, selection)?;
            if let Some(message) = no_coordinates_note(&skipped) {
                note(message);
            }
        }
    }
    Ok(())
}

/// `--size`: `1920x1080`, or a shape, `16:9` (1920x1080) or `4:3`
/// (1600x1200).
fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let bad = || format!("\"{s}\" is not a size; expected WIDTHxHEIGHT (1920x1080) or 16:9 or 4:3");
    match s.trim() {
        "16:9" => return Ok((1920, 1080)),
        "4:3" => return Ok((1600, 1200)),
        _ => {}
    }
    let (w, h) = s.trim().split_once(['x', 'X']).ok_or_else(bad)?;
    let (w, h): (u32, u32) = (w.parse().map_err(|_| bad())?, h.parse().map_err(|_| bad())?);
    if !(100..=10_000).contains(&w) || !(100..=10_000).contains(&h) {
        return Err(format!(
            "{w}x{h} is out of range: each side from 100 to 10000 pixels"
        ));
    }
    Ok((w, h))
}

/// One line naming the encounters an export leaves out, the first few by
/// id (a large dataset can have thousands): `one` says why for one, `many`
/// for several.
fn left_out_note(ids: &[String], one: &str, many: &str) -> Option<String> {
    const SHOWN: usize = 5;
    match ids {
        [] => None,
        [id] => Some(format!("{id}{one}")),
        _ => {
            let shown = ids[..ids.len().min(SHOWN)].join(", ");
            let more = match ids.len().saturating_sub(SHOWN) {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            Some(format!("{} {many}: {shown}{more}", ids.len()))
        }
    }
}

/// The map's note on what it leaves out.
fn no_coordinates_note(ids: &[String]) -> Option<String> {
    left_out_note(
        ids,
        ": it has no coordinates",
        "encounters that have no coordinates",
    )
    .map(|n| format!("left out {n}"))
}

#[cfg(test)]
mod tests {
    use super::no_coordinates_note;

    #[test]
    fn encounters_left_out_make_one_line() {
        let ids = |n: usize| (1..=n).map(|i| format!("e{i}")).collect::<Vec<_>>();
        assert_eq!(no_coordinates_note(&[]), None);
        assert_eq!(
            no_coordinates_note(&ids(1)).unwrap(),
            "left out e1: it has no coordinates"
        );
        assert_eq!(
            no_coordinates_note(&ids(3)).unwrap(),
            "left out 3 encounters that have no coordinates: e1, e2, e3"
        );
        assert_eq!(
            no_coordinates_note(&ids(30_000)).unwrap(),
            "left out 30000 encounters that have no coordinates: \
             e1, e2, e3, e4, e5 and 29995 more"
        );
    }
}
