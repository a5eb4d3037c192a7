//! Search results and quotes as tables.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use comfy_table::Cell;

use super::Options;
use super::table::{fit, new_table};
use crate::fields::Wrap;
use crate::model::{Encounter, Quote};
use crate::search::{Hit, Record};
use crate::text::find_folded;

/// `text` with every match of the words and phrases of `query`
/// highlighted (when colour is on).
pub(crate) fn highlight(text: &str, query: &str, opts: &Options) -> String {
    if !opts.colour {
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

/// The snippet a table shows: none for a context event, whose title,
/// shown beside it, is all it has.
fn snippet(h: &Hit, query: &str, opts: &Options) -> String {
    match h.record {
        Record::Encounter(_) => highlight(&h.snippet, query, opts),
        Record::Context(_) => String::new(),
    }
}

/// Search results: id, date, title, the fields that matched and a
/// snippet; a context event is marked `context` where an id would be. On
/// a screen too narrow for every column, each result is written as a short
/// block instead, so nothing is left out.
///
/// # Errors
/// Those of the writer.
pub fn hits(w: &mut dyn Write, hits: &[Hit], query: &str, opts: &Options) -> io::Result<()> {
    let mut t = new_table(opts, &["ID", "Date", "Title", "Matched in", "Snippet"]);
    let id = |h: &Hit| match h.record {
        Record::Encounter(e) => e.id.to_string(),
        Record::Context(_) => opts.dim("context"),
    };
    for h in hits {
        t.add_row(vec![
            Cell::new(id(h)),
            Cell::new(h.record.date().human()),
            Cell::new(h.record.title()),
            Cell::new(h.fields.join(", ")),
            Cell::new(snippet(h, query, opts)),
        ]);
    }
    let wraps = [
        Wrap::Never,
        Wrap::Never,
        Wrap::Words(12),
        Wrap::Words(10),
        Wrap::Words(30),
    ];
    let hidden = fit(&mut t, opts.width(), &wraps, &[3, 2, 1]);
    let events = hits
        .iter()
        .filter(|h| h.record.encounter().is_none())
        .count();
    // The matched fields may go; the title and date may not.
    let blocks = hidden.iter().any(|h| h != "Matched in");
    let count = match (hits.len() - events, events) {
        (n, 0) => super::table::count(n, "matching record"),
        (0, c) => super::table::count(c, "matching context event"),
        (n, c) => format!(
            "{} and {}",
            super::table::count(n, "matching record"),
            super::table::count(c, "context event")
        ),
    };
    if !blocks {
        super::table::write_table(w, &t)?;
        return writeln!(w, "{}", super::table::footer(count, &hidden, opts.width()));
    }
    let width = opts.width();
    for (i, h) in hits.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        let head = format!(
            "{} · {} · {}",
            id(h),
            super::unbroken(&h.record.date().human()),
            h.record.title()
        );
        writeln!(w, "{}", super::fill(&head, super::wrapping(width)))?;
        let matched = format!("matched in {}", h.fields.join(", "));
        let options = super::wrapping(width)
            .initial_indent("  ")
            .subsequent_indent("  ");
        writeln!(w, "{}", opts.dim(&super::fill(&matched, options.clone())))?;
        // Wrapped plain, then highlighted line by line, so widths stay right.
        let shown = if h.record.encounter().is_some() {
            h.snippet.as_str()
        } else {
            ""
        };
        for line in textwrap::wrap(shown, options)
            .iter()
            .filter(|l| !l.trim().is_empty())
        {
            writeln!(w, "{}", highlight(&super::rejoined(line), query, opts))?;
        }
    }
    writeln!(w)?;
    writeln!(w, "{count}")
}

/// Every quote with its speaker, record and the day it was said. On a screen too
/// narrow for every column, each quote is written with its attribution
/// under it instead, so nothing is left out.
///
/// # Errors
/// Those of the writer.
pub fn quotes(
    w: &mut dyn Write,
    quotes: &[(&Encounter, &Quote)],
    opts: &Options,
) -> io::Result<()> {
    let mut t = new_table(opts, &["Speaker", "Quote", "Record", "Said"]);
    for (e, q) in quotes {
        t.add_row(vec![
            Cell::new(&q.speaker),
            Cell::new(quoted(q)),
            Cell::new(&e.id),
            Cell::new(e.said(q).human()),
        ]);
    }
    let wraps = [Wrap::Words(8), Wrap::Words(30), Wrap::Never, Wrap::Never];
    let hidden = fit(&mut t, opts.width(), &wraps, &[3, 2]);
    let count = super::table::count(quotes.len(), "quote");
    if hidden.is_empty() {
        super::table::write_table(w, &t)?;
        return writeln!(w, "{count}");
    }
    let width = opts.width();
    for (i, (e, q)) in quotes.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        for (i, line) in quoted(q).lines().enumerate() {
            let indent = if i == 0 { " " } else { "  " };
            writeln!(
                w,
                "{}",
                super::fill(line, super::wrapping(width).subsequent_indent(indent))
            )?;
        }
        let who = format!(
            "— {} · {} · said {}",
            q.speaker,
            e.id,
            super::unbroken(&e.said(q).human())
        );
        let options = super::wrapping(width)
            .initial_indent("  ")
            .subsequent_indent("    ");
        writeln!(w, "{}", opts.dim(&super::fill(&who, options)))?;
    }
    writeln!(w)?;
    writeln!(w, "{count}")
}

/// A quote in quotation marks, then each other rendering of the same
/// remark on a line of its own.
fn quoted(q: &Quote) -> String {
    let mut text = format!("“{}”", q.text);
    for v in &q.variants {
        text.push_str(&format!("\nalso rendered: “{}”", v.text));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match is marked once: each term wherever it is, a term inside
    /// another's match only as part of it; nothing without colour.
    #[test]
    fn matches_are_marked_once() {
        let on = Options {
            colour: true,
            width: None,
        };
        let mark = |s: &str| format!("\u{1b}[1m\u{1b}[33m{s}\u{1b}[0m");
        assert_eq!(
            highlight("Trump met Putin; Putin left", "putin trump", &on),
            format!(
                "{} met {}; {} left",
                mark("Trump"),
                mark("Putin"),
                mark("Putin")
            )
        );
        assert_eq!(
            highlight(
                "the Helsinki summit",
                "helsinki \"helsinki summit\" summit",
                &on
            ),
            format!("the {}", mark("Helsinki summit"))
        );
        assert_eq!(
            highlight("Trump met Putin", "putin", &Options::default()),
            "Trump met Putin"
        );
    }
}
