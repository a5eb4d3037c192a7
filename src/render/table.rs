//! Terminal tables of encounters, and how every table fits the screen.

use std::io::{self, Write};

use comfy_table::{
    Cell, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle, Width,
};
use unicode_width::UnicodeWidthStr;

use super::Options;
use crate::fields::{Column, Field, Wrap};
use crate::model::{Encounter, Outcome};
use crate::query::{GroupBy, in_groups};

/// Columns sit two spaces apart, under a rule below the header.
const GAP: usize = 2;

/// A table set up for `opts`: the house style, the header in bold when
/// colour is on. Colour is written into the cells' text (comfy-table
/// measures it as such), so comfy-table itself never styles anything.
pub(crate) fn new_table(opts: &Options, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(TableStyle::new().header_separator(LineStyle::none().fill('─')));
    t.force_no_tty();
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.set_width(u16::try_from(opts.width()).unwrap_or(u16::MAX));
    t.set_header(header.iter().map(|h| Cell::new(opts.bold(h))));
    t
}

/// The width of `s` on screen: escape sequences take none.
pub(crate) fn visible_width(s: &str) -> usize {
    if s.contains('\u{1b}') {
        without_escapes(s).width()
    } else {
        s.width()
    }
}

/// `s` without its terminal escape sequences (`ESC [ … letter`).
fn without_escapes(s: &str) -> String {
    let mut plain = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

/// Fit `t` into `width` columns. Each column wraps as `wraps` says: never
/// (ids stay whole) or at spaces only, so no word is ever cut. When even
/// that does not fit, the columns named in `expendable` are hidden, first
/// one first, until the rest fit. Returns the headers of hidden columns.
pub(crate) fn fit(
    t: &mut Table,
    width: usize,
    wraps: &[Wrap],
    expendable: &[usize],
) -> Vec<String> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    if let Some(h) = t.header() {
        rows.push(h.cell_iter().map(Cell::content).collect());
    }
    rows.extend(
        t.row_iter()
            .map(|r| r.cell_iter().map(Cell::content).collect()),
    );
    let columns = wraps.len();
    let whole = |i: usize| {
        rows.iter()
            .filter_map(|r| r.get(i))
            .flat_map(|c| c.lines())
            .map(visible_width)
            .max()
            .unwrap_or(0)
    };
    // Words are split at plain spaces only: no-break spaces hold dates
    // together.
    let longest_word = |i: usize| {
        rows.iter()
            .filter_map(|r| r.get(i))
            .flat_map(|c| c.lines().flat_map(|l| l.split(' ')))
            .map(visible_width)
            .max()
            .unwrap_or(0)
    };
    let least: Vec<usize> = (0..columns)
        .map(|i| match wraps[i] {
            Wrap::Never => whole(i),
            Wrap::Words(room) => longest_word(i).max(room.min(whole(i))),
        })
        .collect();
    let mut shown: Vec<bool> = vec![true; columns];
    let needed = |shown: &[bool]| {
        let n = shown.iter().filter(|s| **s).count();
        (0..columns)
            .filter(|&i| shown[i])
            .map(|i| least[i])
            .sum::<usize>()
            + GAP * n.saturating_sub(1)
    };
    let gaps = |shown: &[bool]| GAP * shown.iter().filter(|s| **s).count().saturating_sub(1);
    let mut hidden = Vec::new();
    for &i in expendable {
        if needed(&shown) <= width {
            break;
        }
        shown[i] = false;
        let header = rows.first().and_then(|h| h.get(i));
        hidden.push(header.map(|h| without_escapes(h)).unwrap_or_default());
    }
    // Widths are decided here, not by comfy-table, so that colour (whose
    // escapes it would count) cannot change the layout. Every column gets
    // its least; then, a few columns at a time, the room left goes where it
    // saves the most lines: first lines of the table, then wrapped lines
    // of any cell. Up to 100 rows are measured, which is plenty to lay out
    // a table of any length.
    let sample: Vec<&Vec<String>> = rows.iter().take(101).collect();
    let mut cache: Vec<std::collections::HashMap<usize, Vec<usize>>> =
        vec![Default::default(); columns];
    let mut heights = |i: usize, w: usize| -> Vec<usize> {
        cache[i]
            .entry(w)
            .or_insert_with(|| {
                sample
                    .iter()
                    .map(|r| r.get(i).map_or(1, |c| wrapped_lines(c, w)))
                    .collect()
            })
            .clone()
    };
    let cost = |heights: &mut dyn FnMut(usize, usize) -> Vec<usize>, widths: &[usize]| {
        let per_column: Vec<Vec<usize>> = (0..columns)
            .filter(|&i| shown[i])
            .map(|i| heights(i, widths[i]))
            .collect();
        let table: usize = (0..sample.len())
            .map(|r| per_column.iter().map(|h| h[r]).max().unwrap_or(1))
            .sum();
        let cells: usize = per_column.iter().flatten().sum();
        (table, cells)
    };
    // Below its wish a column may go, down to its longest word.
    let floor: Vec<usize> = (0..columns)
        .map(|i| match wraps[i] {
            Wrap::Never => whole(i),
            Wrap::Words(_) => longest_word(i),
        })
        .collect();
    let mut widths = floor.clone();
    let used: usize = (0..columns).filter(|&i| shown[i]).map(|i| floor[i]).sum();
    let mut room = width.saturating_sub(used + gaps(&shown));
    let mut now = cost(&mut heights, &widths);
    // The smallest step that saves a line, in whichever column saves most.
    while let Some((i, k, c)) = (1..=room).find_map(|k| {
        (0..columns)
            .filter(|&i| shown[i] && widths[i] + k <= whole(i))
            .map(|i| {
                let mut trial = widths.clone();
                trial[i] += k;
                (i, k, cost(&mut heights, &trial))
            })
            .filter(|(_, _, c)| *c < now)
            .min_by_key(|(_, _, c)| *c)
    }) {
        widths[i] += k;
        room -= k;
        now = c;
    }
    let last = (0..columns).rev().find(|&i| shown[i]);
    for i in 0..columns {
        let Some(c) = t.column_mut(i) else { continue };
        let pad = if Some(i) == last { 0 } else { GAP };
        c.set_padding((0, pad as u16));
        // comfy-table's widths include the padding.
        let width = u16::try_from(widths[i] + pad).unwrap_or(u16::MAX);
        c.set_constraint(if shown[i] {
            ColumnConstraint::Absolute(Width::Fixed(width))
        } else {
            ColumnConstraint::Hidden
        });
    }
    hidden
}

/// How many lines `text` takes wrapped at `width` between words (a word
/// longer than the width has a line to itself).
fn wrapped_lines(text: &str, width: usize) -> usize {
    textwrap::wrap(text, super::wrapping(width)).len().max(1)
}

/// Write `t`, each line without the spaces that pad its last cell.
pub(crate) fn write_table(w: &mut dyn Write, t: &Table) -> io::Result<()> {
    for line in t.lines() {
        writeln!(w, "{}", super::rejoined(line.trim_end()))?;
    }
    Ok(())
}

/// A cell holding an outcome, in its colour when colour is on.
pub(crate) fn outcome_cell(opts: &Options, outcome: Outcome) -> Cell {
    Cell::new(opts.outcome(outcome))
}

/// The list table of `columns`; the headers of columns too wide to show
/// are added to `hidden`. `None` when the width would hide what says where
/// and what (the place, the title): then the list is written as blocks.
fn encounter_table(
    opts: &Options,
    encounters: &[&Encounter],
    columns: &[Column],
    hidden: &mut Vec<String>,
) -> Option<Table> {
    let headers: Vec<&str> = columns.iter().map(|c| c.header()).collect();
    let mut t = new_table(opts, &headers);
    for e in encounters {
        t.add_row(columns.iter().map(|c| match c {
            Column::Field(Field::Outcome) => outcome_cell(opts, e.outcome),
            Column::Kind => Cell::new(opts.kind(e.kind())),
            // What was planned under the day it was made public.
            Column::Field(Field::Date) => Cell::new(c.text(e).replacen(", for ", "\nfor ", 1)),
            c => Cell::new(c.text(e)),
        }));
    }
    let wraps: Vec<Wrap> = columns.iter().map(|c| c.wrap()).collect();
    // Prose goes first, from the right; ids, dates and outcomes stay.
    let mut expendable: Vec<usize> = (0..columns.len())
        .filter(|&i| {
            !matches!(
                columns[i],
                Column::Field(Field::Id | Field::Date | Field::Outcome) | Column::Kind
            )
        })
        .collect();
    expendable.reverse();
    let gone = fit(&mut t, opts.width(), &wraps, &expendable);
    let essential = [
        Column::Place,
        Column::Field(Field::Title),
        Column::Field(Field::City),
        Column::Field(Field::Country),
    ];
    if columns
        .iter()
        .any(|c| essential.contains(c) && gone.iter().any(|h| h == c.header()))
    {
        return None;
    }
    for h in gone {
        if !hidden.contains(&h) {
            hidden.push(h);
        }
    }
    Some(t)
}

/// The list as blocks, for a screen too narrow for its table: a record's
/// handles on one line (id, date, outcome: never broken), then the rest of
/// its columns, " · " between them, wrapped under it.
fn blocks(
    w: &mut dyn Write,
    encounters: &[&Encounter],
    columns: &[Column],
    opts: &Options,
) -> io::Result<()> {
    let width = opts.width();
    for e in encounters {
        let (handles, rest): (Vec<&Column>, Vec<&Column>) =
            columns.iter().partition(|c| c.wrap() == Wrap::Never);
        let head: Vec<String> = handles
            .iter()
            .map(|c| match c {
                Column::Field(Field::Outcome) => opts.outcome(e.outcome),
                Column::Kind => opts.kind(e.kind()),
                // The day alone: what was planned goes with the rest.
                Column::Field(Field::Date) => e.date.human(),
                c => c.text(e),
            })
            .filter(|t| !t.is_empty())
            .collect();
        writeln!(w, "{}", head.join(" · "))?;
        // A duration is short: kept on one line.
        let planned = columns
            .contains(&Column::Field(Field::Date))
            .then(|| e.planned.as_ref().map(|p| format!("for {}", p.human())))
            .flatten();
        let body: Vec<String> = planned
            .into_iter()
            .chain(rest.iter().map(|c| match c {
                Column::Duration => super::unbroken(&c.text(e)),
                c => c.text(e),
            }))
            .filter(|t| !t.is_empty())
            .collect();
        if !body.is_empty() {
            let options = super::wrapping(width)
                .initial_indent("  ")
                .subsequent_indent("  ");
            writeln!(w, "{}", super::fill(&body.join(" · "), options))?;
        }
    }
    Ok(())
}

/// The list table: one row per encounter, in `columns`. With `group_by`,
/// one titled table per group. Returns the headers of the columns the
/// width left out.
///
/// # Errors
/// Only those of the writer.
pub fn list(
    w: &mut dyn Write,
    encounters: &[&Encounter],
    columns: &[Column],
    group_by: Option<GroupBy>,
    reverse: bool,
    opts: &Options,
) -> io::Result<Vec<String>> {
    let mut hidden = Vec::new();
    let one = |w: &mut dyn Write, members: &[&Encounter], hidden: &mut Vec<String>| {
        match encounter_table(opts, members, columns, hidden) {
            Some(t) => write_table(w, &t),
            None => blocks(w, members, columns, opts),
        }
    };
    in_groups(
        w,
        encounters,
        group_by,
        reverse,
        |title, n| opts.bold(&format!("{title} ({})", count(n, "record"))),
        |w, members| one(w, members, &mut hidden),
    )?;
    Ok(hidden)
}

/// A table's closing line: `text`, and which columns were hidden to fit
/// the width, if any; wrapped to `width`.
pub fn footer(text: String, hidden: &[String], width: usize) -> String {
    let line = match hidden {
        [] => text,
        [one] => format!("{text} ({one} hidden to fit the width)"),
        [rest @ .., last] => format!(
            "{text} ({} and {last} hidden to fit the width)",
            rest.join(", ")
        ),
    };
    super::fill(&line, super::wrapping(width))
}

/// "1 encounter", "3 encounters".
pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
