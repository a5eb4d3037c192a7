//! Search results and quotes as tables.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use comfy_table::Cell;

use super::Options;
use super::columns::Wrap;
use super::table::{fit, footer, new_table};
use crate::model::{Encounter, Quote};
use crate::search::Hit;
use crate::text::find_folded;

/// `text` with every match of the words and phrases of `query`
/// highlighted (when colour is on).
pub(crate) fn highlight(text: &str, query: &str, opts: &Options) -> String {
    if !opts.color {
        return text.to_string();
    }
    let style = Style::new().bold().fg_color(Some(AnsiColor::Yellow.into()));
    let mut ranges: Vec<std::ops::Range<usize>> = crate::search::terms(query)
        .iter()
        .flat_map(|t| find_folded(text, t))
        .collect();
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out = String::new();
    let mut last = 0;
    for r in ranges {
        if r.start < last {
            // Inside a match already painted (one term within another).
            continue;
        }
        out.push_str(&text[last..r.start]);
        out.push_str(&opts.paint(style, &text[r.clone()]));
        last = r.end;
    }
    out.push_str(&text[last..]);
    out
}

/// Search results: id, date, title, the fields that matched and a snippet.
///
/// # Errors
/// Those of the writer.
pub fn hits(w: &mut dyn Write, hits: &[Hit], query: &str, opts: &Options) -> io::Result<()> {
    let mut t = new_table(opts, &["ID", "Date", "Title", "Matched in", "Snippet"]);
    for h in hits {
        let e = h.encounter;
        t.add_row(vec![
            Cell::new(&e.id),
            Cell::new(e.date.human()),
            Cell::new(&e.title),
            Cell::new(h.fields.join(", ")),
            Cell::new(highlight(&h.snippet, query, opts)),
        ]);
    }
    let wraps = [
        Wrap::Never,
        Wrap::Words(8),
        Wrap::Words(12),
        Wrap::Words(10),
        Wrap::Words(30),
    ];
    let hidden = fit(&mut t, opts.width(), &wraps, &[3, 2, 1]);
    super::table::write_table(w, &t)?;
    let count = super::table::count(hits.len(), "matching encounter");
    writeln!(w, "{}", footer(count, &hidden, opts.width()))
}

/// Every quote with its speaker, encounter and date.
///
/// # Errors
/// Those of the writer.
pub fn quotes(
    w: &mut dyn Write,
    quotes: &[(&Encounter, &Quote)],
    opts: &Options,
) -> io::Result<()> {
    let mut t = new_table(opts, &["Speaker", "Quote", "Encounter", "Date"]);
    for (e, q) in quotes {
        t.add_row(vec![
            Cell::new(&q.speaker),
            Cell::new(format!("“{}”", q.text)),
            Cell::new(&e.id),
            Cell::new(e.date.human()),
        ]);
    }
    let wraps = [Wrap::Words(8), Wrap::Words(30), Wrap::Never, Wrap::Words(8)];
    let hidden = fit(&mut t, opts.width(), &wraps, &[3, 2]);
    super::table::write_table(w, &t)?;
    let count = super::table::count(quotes.len(), "quote");
    writeln!(w, "{}", footer(count, &hidden, opts.width()))
}
