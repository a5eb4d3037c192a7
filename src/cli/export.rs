//! `summit export`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use summit::export::{self, Selection};
use summit::render;

use super::Context;
use super::args::{FilterArgs, SortArgs};
use super::input::Input;
use super::report::note;

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
    // `-o -` is standard output, as for --data.
    let output = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    if let Some(path) = output {
        if !args.force && path.exists() {
            anyhow::bail!(
                "{}: already exists; use --force to replace it",
                path.display()
            );
        }
    }
    let input = Input::read(ctx.data.as_deref())?;
    let dataset = input.dataset()?;
    let encounters = args.sort.select(&dataset, &filter);
    let context = filter.apply_context(&dataset.context);
    let selection = Selection {
        dataset: &dataset,
        encounters: &encounters,
        context: &context,
    };
    let format = args.format;
    let write = |w: &mut dyn Write| write_export(w, format, &selection);
    match output {
        None => write(ctx.out),
        Some(path) => write_atomically(path, args.force, write),
    }
}

fn write_export(
    w: &mut dyn Write,
    format: ExportFormat,
    selection: &Selection,
) -> anyhow::Result<()> {
    match format {
        ExportFormat::Json => render::json::write(w, &selection.subset())?,
        ExportFormat::Ndjson => export::ndjson(w, selection.encounters)?,
        ExportFormat::Csv => render::csv::encounters(w, selection.encounters)?,
        ExportFormat::Markdown => render::markdown::document(w, selection)?,
        ExportFormat::Ics => {
            let skipped = export::ics::write(w, selection)?;
            if let Some(message) = skipped_note(&skipped) {
                note(message);
            }
        }
        ExportFormat::Timelinejs => export::timelinejs::write(w, selection)?,
        ExportFormat::Svg => export::svg::write(w, selection)?,
        ExportFormat::Html => export::html::write(w, selection)?,
    }
    Ok(())
}

/// One line naming the encounters the calendar leaves out, the first few
/// by id: a large dataset can have thousands.
fn skipped_note(ids: &[String]) -> Option<String> {
    const SHOWN: usize = 5;
    match ids {
        [] => None,
        [id] => Some(format!("skipped {id}: its date is not given to the day")),
        _ => {
            let shown = ids[..ids.len().min(SHOWN)].join(", ");
            let more = match ids.len().saturating_sub(SHOWN) {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            Some(format!(
                "skipped {} encounters whose dates are not given to the day: {shown}{more}",
                ids.len()
            ))
        }
    }
}

/// Write through a temporary file in the same folder, renamed into place
/// only when everything was written: a failed export leaves no partial
/// file, and never touches an existing one unless `force`.
pub fn write_atomically(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    write_atomically_to(path, force, |file| Box::new(file), write)
}

/// [`write_atomically`], with the temporary file seen through `sink`; the
/// tests pass one that fails, as a full disk would.
fn write_atomically_to(
    path: &Path,
    force: bool,
    sink: impl for<'f> FnOnce(&'f mut std::fs::File) -> Box<dyn Write + 'f>,
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
        let mut buffered = io::BufWriter::new(sink(tmp.as_file_mut()));
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

#[cfg(test)]
mod tests {
    use std::fs;
    use std::io::{self, Write};
    use std::path::Path;

    use super::{skipped_note, write_atomically, write_atomically_to};

    #[test]
    fn skipped_encounters_make_one_line() {
        let ids = |n: usize| (1..=n).map(|i| format!("e{i}")).collect::<Vec<_>>();
        assert_eq!(skipped_note(&[]), None);
        assert_eq!(
            skipped_note(&ids(1)).unwrap(),
            "skipped e1: its date is not given to the day"
        );
        assert_eq!(
            skipped_note(&ids(3)).unwrap(),
            "skipped 3 encounters whose dates are not given to the day: e1, e2, e3"
        );
        assert_eq!(
            skipped_note(&ids(30_000)).unwrap(),
            "skipped 30000 encounters whose dates are not given to the day: \
             e1, e2, e3, e4, e5 and 29995 more"
        );
    }

    /// A writer that accepts `left` bytes, then fails every call: a disk
    /// that fills up in the middle of an export.
    struct FailAfter<'a> {
        inner: &'a mut dyn Write,
        left: usize,
    }

    impl Write for FailAfter<'_> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::Error::other("device full"));
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            self.inner.write(&buf[..n])
        }

        fn flush(&mut self) -> io::Result<()> {
            self.inner.flush()
        }
    }

    /// Write 200 kB of lines, failing after `fail_after` bytes.
    fn export_that_fails(fail_after: usize) -> impl FnOnce(&mut dyn Write) -> anyhow::Result<()> {
        move |w: &mut dyn Write| {
            let mut w = FailAfter {
                inner: w,
                left: fail_after,
            };
            for i in 0..10_000 {
                writeln!(w, "line {i:>14}")?;
            }
            Ok(())
        }
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_failure_mid_export_leaves_no_file() {
        for fail_after in [0, 1, 8191, 8192, 100_000] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("out.csv");
            let err = write_atomically(&path, false, export_that_fails(fail_after)).unwrap_err();
            assert!(
                format!("{err:#}").contains("device full"),
                "fail_after {fail_after}: {err:#}"
            );
            assert!(format!("{err:#}").contains("out.csv: export failed"));
            assert_eq!(
                names_in(dir.path()),
                Vec::<String>::new(),
                "after {fail_after} bytes"
            );
        }
    }

    #[test]
    fn a_failure_mid_export_keeps_the_old_file_even_with_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        fs::write(&path, b"what the user had\n").unwrap();
        assert!(write_atomically(&path, true, export_that_fails(50_000)).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"what the user had\n");
        assert_eq!(names_in(dir.path()), ["out.csv"]);
    }

    /// The export itself succeeds, but the last of it stays in the buffer
    /// until the final flush, and that write fails.
    #[test]
    fn a_failed_final_flush_leaves_no_file_and_keeps_the_old_one() {
        let small = |w: &mut dyn Write| -> anyhow::Result<()> { Ok(w.write_all(b"id,title\n")?) };
        fn failing(file: &mut fs::File) -> Box<dyn Write + '_> {
            Box::new(FailAfter {
                inner: file,
                left: 4,
            })
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let err = write_atomically_to(&path, false, failing, small).unwrap_err();
        assert!(
            format!("{err:#}").contains("out.csv: cannot write"),
            "{err:#}"
        );
        assert!(format!("{err:#}").contains("device full"), "{err:#}");
        assert_eq!(names_in(dir.path()), Vec::<String>::new());

        fs::write(&path, b"what the user had\n").unwrap();
        assert!(write_atomically_to(&path, true, failing, small).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"what the user had\n");
        assert_eq!(names_in(dir.path()), ["out.csv"]);
    }

    #[test]
    fn a_complete_export_lands_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomically(&path, false, export_that_fails(usize::MAX)).unwrap();
        let written = fs::read_to_string(&path).unwrap();
        assert_eq!(written.lines().count(), 10_000);
        assert_eq!(written.lines().last(), Some(&*format!("line {:>14}", 9999)));
        assert_eq!(names_in(dir.path()), ["out.csv"]);
        // Without --force, a second export is refused and changes nothing.
        assert!(
            write_atomically(&path, false, |w: &mut dyn Write| Ok(w.write_all(b"new")?)).is_err()
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), written);
        assert_eq!(names_in(dir.path()), ["out.csv"]);
    }
}
