//! What changed between two editions: tables for the terminal, and a
//! corrections note in Markdown for readers.

use std::io::{self, Write};

use comfy_table::Cell;

use super::Options;
use super::columns::Wrap;
use super::markdown::escape;
use super::table::{count, fit, new_table, write_table};
use crate::diff::{Change, Diff, Record};

/// One edition, as the output names it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Edition {
    /// The file it was read from.
    pub file: String,
    /// Its title.
    pub title: String,
    /// When it was last changed.
    pub updated: String,
    /// How many encounters it has.
    pub encounters: usize,
}

/// The differences in a sentence: "1 encounter added, 2 changed (5
/// fields); 1 source changed", or "no differences".
pub fn summary(d: &Diff) -> String {
    // The noun goes with the first count: "1 encounter added, 2 removed".
    let counts = |noun: &str, counts: &[(usize, String)]| {
        let parts: Vec<String> = counts
            .iter()
            .filter(|(n, _)| *n > 0)
            .enumerate()
            .map(|(i, (n, what))| {
                if i == 0 {
                    format!("{} {what}", count(*n, noun))
                } else {
                    format!("{n} {what}")
                }
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    };
    let fields: usize = d.changed.iter().map(|c| c.changes.len()).sum();
    let mut parts: Vec<String> = Vec::new();
    parts.extend(counts(
        "encounter",
        &[
            (d.added.len(), "added".into()),
            (d.removed.len(), "removed".into()),
            (
                d.changed.len(),
                format!("changed ({})", count(fields, "field")),
            ),
        ],
    ));
    parts.extend(counts(
        "source",
        &[
            (d.sources_added.len(), "added".into()),
            (d.sources_removed.len(), "removed".into()),
            (d.sources_changed.len(), "changed".into()),
        ],
    ));
    if !d.context.is_empty() {
        parts.push(format!(
            "{} to context events",
            count(d.context.len(), "change")
        ));
    }
    if !d.dataset.is_empty() {
        let fields: Vec<&str> = d.dataset.iter().map(|c| c.field.as_str()).collect();
        parts.push(format!("the dataset's {} changed", fields.join(", ")));
    }
    if parts.is_empty() {
        "no differences".into()
    } else {
        parts.join("; ")
    }
}

/// The differences as tables: the editions compared, the encounters added
/// and removed, then every changed field with its old and new value.
///
/// # Errors
/// Those of the writer.
pub fn table(
    w: &mut dyn Write,
    d: &Diff,
    old: &Edition,
    new: &Edition,
    opts: &Options,
) -> io::Result<()> {
    for (label, e) in [("old", old), ("new", new)] {
        writeln!(
            w,
            "{} {}: {}, updated {}",
            opts.dim(label),
            e.file,
            count(e.encounters, "encounter"),
            e.updated
        )?;
    }
    for (title, records) in [("Added", &d.added), ("Removed", &d.removed)] {
        if records.is_empty() {
            continue;
        }
        writeln!(w)?;
        writeln!(
            w,
            "{}",
            opts.bold(&format!("{title}: {}", count(records.len(), "encounter")))
        )?;
        write_table(w, &records_table(records, opts))?;
    }
    let mut rows: Vec<(String, &Change)> = Vec::new();
    for c in &d.changed {
        rows.extend(c.changes.iter().map(|x| (c.record.id.clone(), x)));
    }
    for c in &d.sources_changed {
        rows.extend(
            c.changes
                .iter()
                .map(|x| (format!("source {}", c.record.id), x)),
        );
    }
    rows.extend(d.context.iter().map(|x| ("context".to_string(), x)));
    rows.extend(d.dataset.iter().map(|x| ("dataset".to_string(), x)));
    let added: Vec<String> = d
        .sources_added
        .iter()
        .map(|s| format!("{}: {}", s.id, s.title))
        .collect();
    let removed: Vec<String> = d
        .sources_removed
        .iter()
        .map(|s| format!("{}: {}", s.id, s.title))
        .collect();
    let source_changes: Vec<Change> = removed
        .iter()
        .map(|s| Change {
            field: "source".into(),
            old: Some(s.clone()),
            new: None,
        })
        .chain(added.iter().map(|s| Change {
            field: "source".into(),
            old: None,
            new: Some(s.clone()),
        }))
        .collect();
    rows.extend(source_changes.iter().map(|x| ("sources".to_string(), x)));
    if !rows.is_empty() {
        writeln!(w)?;
        writeln!(w, "{}", opts.bold("Changed"))?;
        let mut t = new_table(opts, &["Record", "Field", "Old", "New"]);
        let mut last = String::new();
        for (record, change) in &rows {
            let shown = if *record == last {
                String::new()
            } else {
                record.clone()
            };
            last.clone_from(record);
            let value = |v: &Option<String>| match v {
                Some(v) => v.clone(),
                None => opts.dim("—"),
            };
            t.add_row(vec![
                Cell::new(shown),
                Cell::new(&change.field),
                Cell::new(value(&change.old)),
                Cell::new(value(&change.new)),
            ]);
        }
        fit(
            &mut t,
            opts.width(),
            &[Wrap::Never, Wrap::Never, Wrap::Words(12), Wrap::Words(12)],
            &[],
        );
        write_table(w, &t)?;
    }
    writeln!(w)?;
    writeln!(w, "{}", summary(d))
}

fn records_table(records: &[Record], opts: &Options) -> comfy_table::Table {
    let mut t = new_table(opts, &["ID", "Date", "Title", "Outcome"]);
    for r in records {
        t.add_row(vec![
            Cell::new(&r.id),
            Cell::new(&r.date),
            Cell::new(&r.title),
            Cell::new(&r.outcome),
        ]);
    }
    fit(
        &mut t,
        opts.width(),
        &[Wrap::Never, Wrap::Words(8), Wrap::Words(12), Wrap::Never],
        &[2],
    );
    t
}

/// A change in words for readers: "was X; now Y", "added: Y",
/// "removed: X".
fn in_words(c: &Change) -> String {
    let quote = |s: &str| escape(s);
    match (&c.old, &c.new) {
        (Some(a), Some(b)) => format!("was {}; now {}", quote(a), quote(b)),
        (None, Some(b)) => format!("added: {}", quote(b)),
        (Some(a), None) => format!("removed: {}", quote(a)),
        (None, None) => String::new(),
    }
}

/// The differences as a corrections note in Markdown, for readers.
///
/// # Errors
/// Those of the writer.
pub fn markdown(w: &mut dyn Write, d: &Diff, old: &Edition, new: &Edition) -> io::Result<()> {
    writeln!(w, "# Changes to {}", escape(&new.title))?;
    writeln!(w)?;
    writeln!(
        w,
        "From the edition of {} to the edition of {}: {}.",
        old.updated,
        new.updated,
        summary(d)
    )?;
    let record = |r: &Record| {
        format!(
            "- **{}** (`{}`), {}, {}",
            escape(&r.title),
            r.id,
            escape(&r.date),
            r.outcome
        )
    };
    for (title, records) in [("Added", &d.added), ("Removed", &d.removed)] {
        if records.is_empty() {
            continue;
        }
        writeln!(w, "\n## {title}\n")?;
        for r in records.iter() {
            writeln!(w, "{}", record(r))?;
        }
    }
    if !d.changed.is_empty() {
        writeln!(w, "\n## Corrected and updated")?;
        for c in &d.changed {
            writeln!(w, "\n### {} (`{}`)\n", escape(&c.record.title), c.record.id)?;
            for x in &c.changes {
                writeln!(w, "- {}: {}", x.field.replace('_', " "), in_words(x))?;
            }
        }
    }
    if !(d.sources_added.is_empty() && d.sources_removed.is_empty() && d.sources_changed.is_empty())
    {
        writeln!(w, "\n## Sources\n")?;
        for s in &d.sources_added {
            writeln!(w, "- added `{}`: {}", s.id, escape(&s.title))?;
        }
        for s in &d.sources_removed {
            writeln!(w, "- removed `{}`: {}", s.id, escape(&s.title))?;
        }
        for c in &d.sources_changed {
            for x in &c.changes {
                writeln!(
                    w,
                    "- `{}` {}: {}",
                    c.record.id,
                    x.field.replace('_', " "),
                    in_words(x)
                )?;
            }
        }
    }
    if !d.context.is_empty() {
        writeln!(w, "\n## Context events\n")?;
        for x in &d.context {
            writeln!(w, "- {}", in_words(x))?;
        }
    }
    if !d.dataset.is_empty() {
        writeln!(w, "\n## The dataset\n")?;
        for x in &d.dataset {
            writeln!(w, "- {}: {}", x.field.replace('_', " "), in_words(x))?;
        }
    }
    Ok(())
}
