//! Search results and quotes as tables.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use comfy_table::Cell;

use super::Options;
use super::table::{keep_width, new_table};
use crate::model::{Encounter, Quote};
use crate::search::Hit;
use crate::text::find_folded;

/// `text` with every match of `query` highlighted (when colour is on).
pub(crate) fn highlight(text: &str, query: &str, opts: &Options) -> String {
    if !opts.color {
        return text.to_string();
    }
    let style = Style::new().bold().fg_color(Some(AnsiColor::Yellow.into()));
    let mut out = String::new();
    let mut last = 0;
    for r in find_folded(text, query) {
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
    keep_width(&mut t, &[0, 1], opts.width);
    writeln!(w, "{t}")?;
    writeln!(
        w,
        "{}",
        super::table::count(hits.len(), "matching encounter")
    )
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
    keep_width(&mut t, &[2, 3], opts.width);
    writeln!(w, "{t}")?;
    writeln!(w, "{}", super::table::count(quotes.len(), "quote"))
}
