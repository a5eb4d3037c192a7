//! What changed between two editions: tables for the terminal, and a
//! corrections note in Markdown for readers.

use std::io::{self, Write};

use comfy_table::Cell;

use super::Options;
use super::table::{count, fit, new_table, write_table};
use crate::diff::{Change, Diff, Record};
use crate::fields::Wrap;
use crate::text::markdown_escape as escape;

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
    /// Its works by id, as readers name them ("Publisher, Title").
    #[serde(skip)]
    pub works: Vec<(String, String)>,
}

/// The differences in a sentence: "1 record added, 2 changed (5
/// fields); 1 source changed", or "no differences".
pub fn summary(d: &Diff) -> String {
    // The noun goes with the first count: "1 record added, 2 removed".
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
        "record",
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
        parts.push(format!("changed in the dataset: {}", fields.join(", ")));
    }
    if parts.is_empty() {
        "no differences".into()
    } else {
        parts.join("; ")
    }
}

/// The differences for reading on a terminal: the editions compared, the
/// encounters added and removed as tables, then each changed record with
/// its fields, the old value after `-` and the new after `+`, wrapped to
/// the width (a long URL is broken rather than let run past it).
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
    let width = opts.width();
    let fill = |text: &str, first: &str, rest: &str| {
        textwrap::fill(
            text,
            textwrap::Options::new(width)
                .initial_indent(first)
                .subsequent_indent(rest)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(true),
        )
    };
    for (label, e) in [("old", old), ("new", new)] {
        let line = format!(
            "{label} {}: {}, updated {}",
            e.file,
            count(e.encounters, "record"),
            e.updated
        );
        let text = fill(&line, "", "    ");
        writeln!(w, "{}", text.replacen(label, &opts.dim(label), 1))?;
    }
    for (title, records) in [("Added", &d.added), ("Removed", &d.removed)] {
        if records.is_empty() {
            continue;
        }
        writeln!(w)?;
        writeln!(
            w,
            "{}",
            opts.bold(&format!("{title}: {}", count(records.len(), "record")))
        )?;
        write_table(w, &records_table(records, opts))?;
    }
    // Every changed record: its heading, then its fields.
    let mut groups: Vec<(String, Vec<Change>)> = Vec::new();
    for c in &d.changed {
        groups.push((
            format!("{} · {}", c.record.id, c.record.title),
            c.changes.clone(),
        ));
    }
    let source_line =
        |s: &crate::diff::SourceRecord| format!("{}: {}, {}", s.id, s.publisher, s.title);
    let mut sources: Vec<Change> = d
        .sources_removed
        .iter()
        .map(|s| Change {
            field: "source".into(),
            old: Some(source_line(s)),
            new: None,
            old_value: None,
            new_value: None,
        })
        .collect();
    sources.extend(d.sources_added.iter().map(|s| Change {
        field: "source".into(),
        old: None,
        new: Some(source_line(s)),
        old_value: None,
        new_value: None,
    }));
    if !sources.is_empty() {
        groups.push(("sources".into(), sources));
    }
    for c in &d.sources_changed {
        groups.push((
            format!("source {} · {}", c.record.id, c.record.publisher),
            c.changes.clone(),
        ));
    }
    if !d.context.is_empty() {
        groups.push(("context events".into(), d.context.clone()));
    }
    if !d.dataset.is_empty() {
        groups.push(("the dataset".into(), d.dataset.clone()));
    }
    if !groups.is_empty() {
        writeln!(w)?;
        writeln!(w, "{}", opts.bold("Changed"))?;
        let label = groups
            .iter()
            .flat_map(|(_, changes)| changes.iter().map(|c| c.field.chars().count()))
            .max()
            .unwrap_or(0)
            .min(width / 3);
        for (heading, changes) in &groups {
            writeln!(w, "{}", fill(heading, "", "  "))?;
            for c in changes {
                let indent = " ".repeat(label + 4);
                // A name wider than the column stands on its own line, so
                // the old and new values start in the same column.
                let name = if c.field.chars().count() > label {
                    writeln!(w, "  {}", c.field)?;
                    indent.clone()
                } else {
                    format!("  {:<label$}  ", c.field)
                };
                let mut first = true;
                for (mark, value) in [("-", &c.old), ("+", &c.new)] {
                    let Some(value) = value else {
                        continue;
                    };
                    let lead = if first { name.clone() } else { indent.clone() };
                    first = false;
                    let text = fill(value, &format!("{lead}{mark} "), &format!("{indent}  "));
                    let text = if mark == "-" {
                        // The old value dimmed, not the name beside it; line
                        // by line, so a pager keeps each line whole.
                        text.lines()
                            .map(|l| {
                                let at =
                                    l.char_indices().nth(label + 4).map_or(l.len(), |(i, _)| i);
                                format!("{}{}", &l[..at], opts.dim(&l[at..]))
                            })
                            .collect::<Vec<_>>()
                            .join("\n")
                    } else {
                        text
                    };
                    writeln!(w, "{text}")?;
                }
            }
        }
    }
    writeln!(w)?;
    writeln!(w, "{}", fill(&summary(d), "", ""))
}

fn records_table(records: &[Record], opts: &Options) -> comfy_table::Table {
    let mut t = new_table(opts, &["ID", "Date", "Title", "Kind"]);
    for r in records {
        t.add_row(vec![
            Cell::new(&r.id),
            Cell::new(&r.date),
            Cell::new(&r.title),
            Cell::new(&r.kind),
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

/// A field's name for readers: an encounter's as the fields say
/// ("duration (minutes)"), a source's or the dataset's in words.
fn field_name(field: &str) -> String {
    if let Some(f) = crate::fields::Field::named(field) {
        return f.label().replace('_', " ");
    }
    match field {
        "checked_through" => "checked through".into(),
        "archive_url" => "archived copy".into(),
        "print_only" => "print only".into(),
        "url" => "URL".into(),
        other => other.replace('_', " "),
    }
}

/// A day in words: "29 November 2026" (as written when it is not a day).
fn day_in_words(day: &str) -> String {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map_or_else(|_| day.to_string(), |d| d.format("%-d %B %Y").to_string())
}

/// A value for readers: a date in words, and the works it cites by
/// publisher and title rather than by id.
fn for_readers(field: &str, value: &str, works: &[(String, String)]) -> String {
    let work = |id: &str| works.iter().find(|(i, _)| i == id).map(|(_, l)| l.as_str());
    if matches!(field, "date" | "updated" | "checked_through") {
        if let Ok(d) = value.parse::<crate::EdtfDate>() {
            return if d.day_span().is_some_and(|(a, b)| a == b) {
                day_in_words(value)
            } else {
                d.human()
            };
        }
    }
    if field == "sources" {
        if let Some(label) = work(value) {
            return label.to_string();
        }
    }
    // Coordinates end with the works that give them.
    if field == "coordinates" {
        if let Some((point, ids)) = value.split_once(", sources ") {
            let named: Vec<&str> = ids.split(", ").map(|id| work(id).unwrap_or(id)).collect();
            return format!("{point}, from {}", named.join("; "));
        }
    }
    // A context event, "date title [sources]": its date in words.
    if field == "context" {
        if let Some((date, rest)) = value.split_once(' ') {
            if let Ok(d) = date.parse::<crate::EdtfDate>() {
                return for_readers("", &format!("{}: {rest}", d.human()), works);
            }
        }
    }
    // A cited list, "[id, id]", at the end of a highlight or a quote.
    let mut out = String::new();
    let mut rest = value;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        let inside = &rest[open + 1..open + close];
        let labels: Option<Vec<&str>> = inside.split(", ").map(work).collect();
        out.push_str(&rest[..open]);
        match labels {
            Some(labels) => {
                out.push_str(&format!("({})", labels.join("; ")));
            }
            _ => out.push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// A change in words for readers: "was X; now Y", "added: Y",
/// "removed: X", dates in words and works by their titles.
fn in_words_for(c: &Change, works: &[(String, String)]) -> String {
    let readable = |s: &String| for_readers(&c.field, s, works);
    in_words(&Change {
        old: c.old.as_ref().map(readable),
        new: c.new.as_ref().map(readable),
        ..c.clone()
    })
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
    // Works both editions name, the newer's naming first.
    let works: Vec<(String, String)> = new.works.iter().chain(&old.works).cloned().collect();
    if old.updated == new.updated {
        writeln!(
            w,
            "Between two editions both dated {}: {}.",
            day_in_words(&new.updated),
            summary(d)
        )?;
    } else {
        writeln!(
            w,
            "From the edition of {} to the edition of {}: {}.",
            day_in_words(&old.updated),
            day_in_words(&new.updated),
            summary(d)
        )?;
    }
    let record = |r: &Record| {
        format!(
            "- **{}** (`{}`), {}, {}",
            escape(&r.title),
            r.id,
            escape(&r.date),
            r.kind
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
                writeln!(w, "- {}: {}", field_name(&x.field), in_words_for(x, &works))?;
            }
        }
    }
    if !(d.sources_added.is_empty() && d.sources_removed.is_empty() && d.sources_changed.is_empty())
    {
        writeln!(w, "\n## Sources\n")?;
        for s in &d.sources_added {
            writeln!(
                w,
                "- added: {}, *{}* (`{}`)",
                escape(&s.publisher),
                escape(&s.title),
                s.id
            )?;
        }
        for s in &d.sources_removed {
            writeln!(
                w,
                "- removed: {}, *{}* (`{}`)",
                escape(&s.publisher),
                escape(&s.title),
                s.id
            )?;
        }
        for c in &d.sources_changed {
            for x in &c.changes {
                writeln!(
                    w,
                    "- {}, *{}*, {}: {}",
                    escape(&c.record.publisher),
                    escape(&c.record.title),
                    field_name(&x.field),
                    in_words(x)
                )?;
            }
        }
    }
    if !d.context.is_empty() {
        writeln!(w, "\n## Context events\n")?;
        for x in &d.context {
            writeln!(w, "- {}", in_words_for(x, &works))?;
        }
    }
    if !d.dataset.is_empty() {
        writeln!(w, "\n## The dataset\n")?;
        for x in &d.dataset {
            writeln!(w, "- {}: {}", field_name(&x.field), in_words_for(x, &works))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
