//! The markwhen text format (<https://markwhen.com>): one event per
//! encounter and context event, for the markwhen editor, its VS Code
//! extension and the tools built on its parser.
//!
//! Each event is a date or a range of whole days (`2018-07-16`,
//! `2018-09-01/2018-11-30`: markwhen takes both ends as included), then
//! the title with the place, and the outcome as a tag (`#held`). Its `id`
//! and `outcome` follow as properties, then, indented, the date in words,
//! the summary, the highlights, the quotes and the sources as links.
//! Context events carry the tag `#context`.

use std::io::{self, Write};

use super::Selection;
use crate::date::EdtfDate;
use crate::model::{ContextEvent, Encounter, Source};

/// What the document lists.
enum Item<'a> {
    Context(&'a ContextEvent),
    Encounter(&'a Encounter<'a>),
}

/// The date as markwhen reads it: one day, or the first and last day.
fn range(date: &EdtfDate) -> String {
    let (start, end) = (date.start(), date.end());
    if start == end {
        start.format("%Y-%m-%d").to_string()
    } else {
        format!("{}/{}", start.format("%Y-%m-%d"), end.format("%Y-%m-%d"))
    }
}

/// Text as markwhen shows it: one line, and no `#word` read as a tag (a
/// zero-width space after the `#` keeps the text as it reads).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\r' => out.push(' '),
            '#' if chars.peek().is_some_and(|n| n.is_alphabetic()) => {
                out.push_str("#\u{200b}");
            }
            c => out.push(c),
        }
    }
    out
}

/// A source as a Markdown link when it has an address.
fn link(s: &Source) -> String {
    let label = text(&format!("{}, {}", s.publisher, s.title));
    match s.link() {
        Some(url) => format!("[{label}]({url})"),
        None => label,
    }
}

/// The selection as a markwhen document.
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let dataset = selection.dataset;
    writeln!(w, "---")?;
    // Header values are YAML: quoted, so that colons and the like stay text.
    let yaml = |s: &str| format!("\"{}\"", text(s).replace('\\', "\\\\").replace('"', "\\\""));
    writeln!(w, "title: {}", yaml(&dataset.title))?;
    writeln!(w, "description: {}", yaml(&dataset.description))?;
    writeln!(w, "timezone: UTC")?;
    writeln!(w, "---")?;
    let sources = |ids: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        let ids: Vec<&str> = ids.collect();
        dataset.cited(ids).into_iter().map(link).collect()
    };
    // Context events and encounters in one chronological run, a context
    // event before an encounter of the same day.
    let mut items: Vec<(chrono::NaiveDate, Item)> = selection
        .context
        .iter()
        .map(|c| (c.date.start(), Item::Context(c)))
        .chain(
            selection
                .encounters
                .iter()
                .map(|e| (e.date.start(), Item::Encounter(e))),
        )
        .collect();
    items.sort_by_key(|(day, item)| (*day, matches!(item, Item::Encounter(_))));
    for (_, item) in items {
        writeln!(w)?;
        match item {
            Item::Context(c) => {
                writeln!(w, "{}: {} #context", range(&c.date), text(&c.title))?;
                writeln!(w, "  {}", c.date.human())?;
                for s in sources(&mut c.sources.iter().map(String::as_str)) {
                    writeln!(w, "  Source: {s}")?;
                }
            }
            Item::Encounter(e) => {
                // A meeting's tag is its outcome; a call's and an envoy
                // meeting's, its channel.
                let place = e.place();
                let title = if place.is_empty() {
                    text(&e.title)
                } else {
                    format!("{} · {}", text(&e.title), text(&place))
                };
                writeln!(w, "{}: {title} #{}", range(&e.date), e.kind())?;
                writeln!(w, "id: {}", e.id)?;
                writeln!(w, "channel: {}", e.channel)?;
                writeln!(w, "outcome: {}", e.outcome)?;
                if let Some(p) = &e.planned {
                    writeln!(w, "planned: {p}")?;
                }
                writeln!(w)?;
                let full = e.full_place();
                if full.is_empty() {
                    writeln!(w, "  {}", text(&e.date_text()))?;
                } else {
                    writeln!(w, "  {} · {}", text(&e.date_text()), text(&full))?;
                }
                writeln!(w, "  {}", text(&e.summary))?;
                for h in &e.highlights {
                    writeln!(w, "  - {}", text(&h.text))?;
                }
                for q in &e.quotes {
                    let context = q
                        .context
                        .as_deref()
                        .map(|c| format!(" ({})", text(c)))
                        .unwrap_or_default();
                    let said = q
                        .said
                        .as_ref()
                        .map(|d| format!(", said {}", d.human()))
                        .unwrap_or_default();
                    writeln!(
                        w,
                        "  > {}: “{}”{context}{said}",
                        text(&q.speaker),
                        text(&q.text)
                    )?;
                    for v in &q.variants {
                        writeln!(w, "  > Also rendered: “{}”", text(&v.text))?;
                    }
                }
                for s in sources(&mut e.cited()) {
                    writeln!(w, "  Source: {s}")?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_before_letters_are_not_tags() {
        assert_eq!(text("#MeToo and #1\nnext"), "#\u{200b}MeToo and #1 next");
    }

    #[test]
    fn dates_are_days_or_ranges_of_days() {
        let d = |s: &str| range(&s.parse::<EdtfDate>().unwrap());
        assert_eq!(d("2018-07-16"), "2018-07-16");
        assert_eq!(d("2018-11-30/2018-12-01"), "2018-11-30/2018-12-01");
        assert_eq!(d("2018-23"), "2018-09-01/2018-11-30");
        assert_eq!(d("2019"), "2019-01-01/2019-12-31");
    }
}
