//! Terminal tables of encounters.

use std::io::{self, Write};

use comfy_table::{Cell, Color, ContentArrangement, Table, presets};

use super::Options;
use crate::model::{Encounter, Outcome};
use crate::query::{GroupBy, group};

/// A comfy-table set up for `opts`: borders, width and colour decided here
/// once (comfy-table itself ignores `NO_COLOR`, so styling is forced either
/// way).
pub(crate) fn new_table(opts: &Options, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    if opts.color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    match opts.width {
        Some(w) => {
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_width(u16::try_from(w).unwrap_or(u16::MAX));
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(header.iter().map(|h| {
        let c = Cell::new(h);
        if opts.color {
            c.add_attribute(comfy_table::Attribute::Bold)
        } else {
            c
        }
    }));
    t
}

/// Stop the given columns from wrapping when the table must shrink, as long
/// as that leaves the other columns at least 12 characters; on a narrower
/// screen every column wraps.
pub(crate) fn keep_width(t: &mut Table, columns: &[usize], width: Option<usize>) {
    let Some(width) = width else { return };
    let widths = t.column_max_content_widths();
    let fixed: usize = columns
        .iter()
        .filter_map(|&i| widths.get(i))
        .map(|&w| usize::from(w) + 3)
        .sum();
    let others = widths.len().saturating_sub(columns.len());
    if fixed + others * (12 + 3) + 1 > width {
        return;
    }
    for &i in columns {
        if let Some(c) = t.column_mut(i) {
            c.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
        }
    }
}

/// A cell holding an outcome, coloured when colour is on.
pub(crate) fn outcome_cell(opts: &Options, outcome: Outcome) -> Cell {
    let cell = Cell::new(outcome.as_str());
    if !opts.color {
        return cell;
    }
    cell.fg(match outcome {
        Outcome::Held => Color::Green,
        Outcome::Informal => Color::Cyan,
        Outcome::Cancelled => Color::Red,
        Outcome::Proposed => Color::Yellow,
    })
}

fn encounter_table(opts: &Options, encounters: &[&Encounter]) -> Table {
    let mut t = new_table(
        opts,
        &["ID", "Date", "Place", "Occasion", "Outcome", "Duration"],
    );
    for e in encounters {
        t.add_row(vec![
            Cell::new(&e.id),
            Cell::new(e.date.human()),
            Cell::new(e.place()),
            Cell::new(&e.occasion),
            outcome_cell(opts, e.outcome),
            Cell::new(e.duration_text().unwrap_or_default()),
        ]);
    }
    // Short, structured columns keep their width; prose columns wrap.
    keep_width(&mut t, &[0, 1, 4, 5], opts.width);
    t
}

/// The list table: one row per encounter, then "N of M encounters".
/// With `group_by`, one titled table per group.
///
/// # Errors
/// Only those of the writer.
pub fn list(
    w: &mut dyn Write,
    encounters: &[&Encounter],
    total: usize,
    group_by: Option<GroupBy>,
    reverse: bool,
    opts: &Options,
) -> io::Result<()> {
    match group_by {
        None => writeln!(w, "{}", encounter_table(opts, encounters))?,
        Some(by) => {
            for (i, (title, members)) in group(encounters, by, reverse).iter().enumerate() {
                if i > 0 {
                    writeln!(w)?;
                }
                let heading = format!("{title} ({})", count(members.len(), "encounter"));
                writeln!(w, "{}", opts.bold(&heading))?;
                writeln!(w, "{}", encounter_table(opts, members))?;
            }
        }
    }
    writeln!(w, "{} of {}", encounters.len(), count(total, "encounter"))
}

/// "1 encounter", "3 encounters".
pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
