//! `summit import`: a timeline kept elsewhere (a TimelineJS sheet, summit's
//! CSV, a calendar) as a dataset in the summit format.

use std::io::Write as _;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use summit::import::{Imported, csv, ics, timelinejs};

use super::args::parse_day;
use super::context::{self, Context};
use super::input::{Input, read_file};
use super::output::write_atomically;
use super::report::{UsageError, count, note};

pub const EXAMPLES: &str = "\
Examples:
  summit import --from timelinejs sheet.csv -o mine.json     a TimelineJS sheet (File > Download > CSV)
  summit import --from ics calendar.ics -o mine.json         a calendar export
  summit import --from csv edited.csv --base data.json -o new.json
                                                             summit's CSV back, the rest from data.json
What the input does not say is left empty and listed; the file is still
written, and import exits 1 until it validates.";

/// `summit import` arguments.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the file is
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: ImportFormat,

    /// The file to read ("-" for standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write the dataset to this file instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the output file if it exists
    #[arg(long)]
    pub force: bool,

    /// A dataset that supplies what the input cannot carry: title, sources,
    /// context events, and the fields of records with the same id
    #[arg(long, value_name = "DATASET")]
    pub base: Option<PathBuf>,

    /// The day to write as `updated` (YYYY-MM-DD); default: the base's, or today
    #[arg(long, value_name = "DAY", value_parser = parse_day)]
    pub updated: Option<NaiveDate>,
}

/// `import --from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// A sheet from the TimelineJS Google Sheets template, downloaded as CSV
    Timelinejs,
    /// The CSV that `summit export --format csv` writes
    Csv,
    /// An iCalendar file (.ics) from a calendar application
    Ics,
}

pub fn run(args: &ImportArgs, ctx: &mut Context) -> anyhow::Result<()> {
    // `-o -` is standard output, as for --data.
    let output = super::output::output_file(args.output.as_deref(), args.force)?;
    if let Some(path) = output {
        let same = |a: &std::path::Path, b: &std::path::Path| {
            a == b
                || matches!(
                    (std::fs::canonicalize(a), std::fs::canonicalize(b)),
                    (Ok(x), Ok(y)) if x == y
                )
        };
        if same(path, &args.file) {
            return Err(UsageError(format!(
                "{}: the output is the file being imported; write the dataset to another file",
                path.display()
            ))
            .into());
        }
    }
    let (bytes, origin) = read_file(&args.file, "a file to import")?;
    let name = origin.to_string();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        anyhow::bail!("{name}: the file is empty");
    }
    let text = decode(bytes, args.from, &name)?;
    // Spreadsheets often start a CSV with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);

    let base_input = args
        .base
        .as_deref()
        .map(|p| Input::read(Some(p)))
        .transpose()?;
    let base = base_input.as_ref().map(Input::dataset).transpose()?;
    let today = context::today();
    let imported = match args.from {
        ImportFormat::Timelinejs => timelinejs::import(text, base.as_ref(), today),
        ImportFormat::Csv => csv::import(text, base.as_ref(), today),
        ImportFormat::Ics => ics::import(text, base.as_ref(), today),
    }
    .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
    let Imported { mut draft, notes } = imported;
    if let Some(day) = args.updated {
        draft.updated = day.to_string();
    }
    for n in &notes {
        note(format_args!("{name}: {}: {}", n.at, n.message));
    }
    let json = draft.to_json();
    let written = match output {
        None => {
            ctx.out.write_all(json.as_bytes())?;
            ctx.out.flush()?;
            "standard output".to_string()
        }
        Some(path) => {
            write_atomically(path, args.force, |w| Ok(w.write_all(json.as_bytes())?))?;
            path.display().to_string()
        }
    };
    let origin = match output {
        Some(path) => summit::Origin::Path(path.to_path_buf()),
        None => summit::Origin::Named("<stdout>".into()),
    };
    let checked = draft.check(&origin);
    let records = count(draft.encounters.len(), "record");
    if checked.validates() {
        note(format_args!(
            "wrote {written}: {records} from {name}; it validates"
        ));
        return Ok(());
    }
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(
        stderr,
        "summit: wrote {written}: {records} from {name}; to fill in before it validates:"
    );
    for (record, fields) in &checked.empty {
        let _ = writeln!(stderr, "  {record}: {}", fields.join(", "));
    }
    for (p, record) in &checked.problems {
        let record = record.as_ref().map(|r| format!(" {r}")).unwrap_or_default();
        let _ = writeln!(stderr, "  {p}{record}");
    }
    let file = output.map_or_else(|| "FILE".to_string(), |p| p.display().to_string());
    if checked.uncited > 0 {
        let _ = writeln!(
            stderr,
            "summit: {} no source; add one to each and run summit validate {file}",
            if checked.uncited == 1 {
                "1 record cites".to_string()
            } else {
                format!("{} records cite", checked.uncited)
            }
        );
    }
    if !checked.unknown_sources.is_empty() {
        let n = checked.unknown_sources.len();
        let _ = writeln!(
            stderr,
            "summit: {} cited but not in the dataset's sources; add those works to sources, or import again with --base a dataset that lists them",
            if n == 1 {
                "1 source id is".to_string()
            } else {
                format!("{n} source ids are")
            }
        );
    }
    anyhow::bail!(
        "{} to fill in before {} validates; then run summit validate {file}",
        count(checked.to_do(), "thing"),
        output.map_or_else(|| "the dataset".to_string(), |p| p.display().to_string())
    )
}

/// The input as text. A calendar may be folded inside a character: when
/// the bytes are not UTF-8 as they stand, they are unfolded and tried
/// again. Text that is still not UTF-8 is named by its line.
fn decode(bytes: Vec<u8>, from: ImportFormat, name: &str) -> anyhow::Result<String> {
    let e = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(e) => e,
    };
    if from == ImportFormat::Ics {
        if let Ok(text) = String::from_utf8(ics::unfold_bytes(e.as_bytes())) {
            return Ok(text);
        }
    }
    let at = e.utf8_error().valid_up_to();
    let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
    anyhow::bail!(
        "{name}: line {line} is not UTF-8 text; save the file as UTF-8 and import it again"
    )
}
