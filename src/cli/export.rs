//! `summit export`.

use std::path::PathBuf;

use clap::Args;
use summit::export::{self, Format, Selection};
use summit::query::Query;

use super::args::{FilterArgs, SortArgs, choice};
use super::context::Context;
use super::output::{output_file, write_atomically};
use super::report::{UsageError, left_out_note, note};

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
    #[arg(long, short = 'f', value_name = "FORMAT",
          value_parser = choice(&Format::ALL, Format::name, Format::meaning))]
    pub format: Format,

    /// Write to this file instead of standard output ("-" is standard output)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Leave out the context events (dated events that are not records)
    #[arg(long)]
    pub no_context: bool,

    /// The picture's size for svg and png: WIDTHxHEIGHT in pixels, or a
    /// shape (16:9 is 1920x1080, 4:3 is 1600x1200); the picture is laid
    /// out for that frame, its text as large as a projected slide wants
    /// where the records leave room
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub size: Option<(u32, u32)>,

    #[command(flatten)]
    pub filter: FilterArgs,

    #[command(flatten)]
    pub sort: SortArgs,
}

pub fn run(args: &ExportArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let query = Query {
        no_context: args.no_context,
        ..args.sort.query(&args.filter)?
    };
    let format = args.format;
    if args.size.is_some() && !format.sized() {
        return Err(UsageError("--size works with --format svg or png".into()).into());
    }
    // `-o -` is standard output, as for --data.
    let output = output_file(args.output.as_deref(), args.force)?;
    if format.binary() && output.is_none() && ctx.terminal {
        return Err(UsageError(
            "PNG is binary: give --output FILE, or send it to a file or a program".into(),
        )
        .into());
    }
    ctx.found(&query, false, |dataset, found, ctx| {
        let selection = Selection {
            dataset,
            encounters: &found.encounters,
            context: &found.context,
        };
        // A picture too small to read is refused, with the size that reads.
        if let (Some((w, h)), true) = (args.size, format.sized()) {
            if let Err((rw, rh)) = export::svg::readable_at(&selection, (w, h)) {
                return Err(UsageError(format!(
                    "--size {w}x{h} is too small to read: its text would be under {} pixels; give at least {rw}x{rh} (the same shape)",
                    export::svg::READABLE_TEXT
                ))
                .into());
            }
        }
        let options = export::Options { size: args.size };
        let left_out = match output {
            None => export::write(format, ctx.out, &selection, &options)?,
            Some(path) => write_atomically(path, args.force, |w| {
                Ok(export::write(format, w, &selection, &options)?)
            })?,
        };
        for l in &left_out {
            note(left_out_note(l));
        }
        // A file written says so, and what it holds.
        if let Some(path) = output {
            let left = left_out.iter().map(|l| l.ids().len()).sum::<usize>();
            let held = found.encounters.len().saturating_sub(left);
            note(format_args!(
                "wrote {}: {}",
                path.display(),
                summit::model::records(held)
            ));
        }
        Ok(())
    })
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
