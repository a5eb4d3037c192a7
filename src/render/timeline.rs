//! The timeline as text: one line per entry, grouped by year.

use std::io::{self, Write};

use chrono::Datelike;
use unicode_width::UnicodeWidthStr;

use super::{Options, kind_style};
use crate::model::{Encounter, RecordKind};
use crate::timeline::Entry;

/// Marker for a record's kind: distinct shapes, or plain ASCII.
pub fn marker(kind: RecordKind, ascii: bool) -> &'static str {
    match (kind, ascii) {
        (RecordKind::Held, false) => "●",
        (RecordKind::Informal, false) => "◐",
        (RecordKind::Cancelled, false) => "✕",
        (RecordKind::Proposed, false) => "○",
        (RecordKind::Call, false) => "☎",
        (RecordKind::Envoy, false) => "▲",
        (RecordKind::Held, true) => "*",
        (RecordKind::Informal, true) => "~",
        (RecordKind::Cancelled, true) => "x",
        (RecordKind::Proposed, true) => "o",
        (RecordKind::Call, true) => "=",
        (RecordKind::Envoy, true) => "+",
    }
}

/// What the timeline says a record is, after its headline: "held",
/// "call", "envoy meeting", and for a meeting planned, when for:
/// "proposed, for 9 May 2020".
pub fn what(e: &Encounter) -> String {
    what_with(e, |date| date)
}

/// [`what`] with the plan's date kept whole across lines.
fn what_unbroken(e: &Encounter) -> String {
    what_with(e, |date| super::unbroken(&date))
}

fn what_with(e: &Encounter, date: impl Fn(String) -> String) -> String {
    let kind = match e.kind() {
        RecordKind::Envoy => "envoy meeting",
        k => k.as_str(),
    };
    match &e.planned {
        Some(p) => format!("{kind}, for {}", date(p.human())),
        None => kind.to_string(),
    }
}

fn context_marker(ascii: bool) -> &'static str {
    if ascii { "-" } else { "◆" }
}

/// Print the timeline: a legend, then entries under year headings. With
/// `ascii`, every character is ASCII, dates and titles included.
///
/// # Errors
/// Those of the writer.
pub fn text(w: &mut dyn Write, entries: &[Entry], ascii: bool, opts: &Options) -> io::Result<()> {
    if !ascii {
        return draw(w, entries, false, opts);
    }
    let mut drawn = Vec::new();
    draw(&mut drawn, entries, true, opts)?;
    w.write_all(crate::text::to_ascii(&String::from_utf8_lossy(&drawn)).as_bytes())
}

/// `text` wrapped into lines of at most `room` columns, never inside a
/// word.
fn lines_of(text: &str, room: usize) -> Vec<String> {
    textwrap::wrap(text, super::wrapping(room.max(10)))
        .into_iter()
        .map(|l| super::rejoined(&l).into_owned())
        .collect()
}

fn draw(w: &mut dyn Write, entries: &[Entry], ascii: bool, opts: &Options) -> io::Result<()> {
    // The meetings' four always; a call and an envoy meeting when shown.
    let shown = |k: RecordKind| {
        entries
            .iter()
            .any(|e| matches!(e, Entry::Encounter { encounter } if encounter.kind() == k))
    };
    // Each item with the width it takes on screen, colour aside.
    let mut legend: Vec<(usize, String)> = RecordKind::ALL
        .into_iter()
        .filter(|k| !matches!(k, RecordKind::Call | RecordKind::Envoy) || shown(*k))
        .map(|k| {
            let name = match k {
                RecordKind::Envoy => "envoy meeting",
                k => k.as_str(),
            };
            (
                name.width() + 2,
                format!("{} {name}", opts.paint(kind_style(k), marker(k, ascii))),
            )
        })
        .collect();
    if entries.iter().any(|e| matches!(e, Entry::Context { .. })) {
        legend.push((9, format!("{} context", opts.dim(context_marker(ascii)))));
    }
    let width = opts.width.unwrap_or(usize::MAX / 2);
    // The legend wraps between its items.
    let mut line = String::new();
    let mut used = 0;
    for (item_width, item) in legend {
        if used > 0 && used + 3 + item_width > width {
            writeln!(w, "{line}")?;
            (line, used) = (String::new(), 0);
        }
        if used > 0 {
            line.push_str("   ");
            used += 3;
        }
        line.push_str(&item);
        used += item_width;
    }
    writeln!(w, "{line}")?;

    // Two spaces, the marker, two spaces, the date column, two spaces,
    // then the words, wrapped under themselves. The date column is as wide
    // as the widest date that leaves the words three fifths of the line; a
    // longer date (a term of office, or any date on a very narrow screen)
    // stands on its own line, its words beneath. A gap's words start under
    // the date.
    let indent_after = |date: usize| date + 7;
    let date_width = entries
        .iter()
        .filter_map(|e| match e {
            Entry::Encounter { encounter } => Some(encounter.date.human().width()),
            Entry::Context { event } => Some(event.date.human().width()),
            Entry::Gap { .. } => None,
        })
        .filter(|&date| width.saturating_sub(indent_after(date)) >= width / 5 * 3)
        .max()
        .unwrap_or(0);
    let bar = if ascii { "|" } else { "│" };
    let indent = indent_after(date_width);
    let mut year = None;
    for entry in entries {
        let start_year = match entry {
            Entry::Encounter { encounter } => Some(encounter.date.start().year()),
            Entry::Context { event } => Some(event.date.start().year()),
            Entry::Gap { .. } => None,
        };
        if start_year.is_some() && start_year != year {
            year = start_year;
            writeln!(w)?;
            writeln!(w, "{}", opts.bold(&year.unwrap_or_default().to_string()))?;
        }
        let (head, date, words, dim) = match entry {
            Entry::Encounter { encounter: e } => {
                let m = opts.paint(kind_style(e.kind()), marker(e.kind(), ascii));
                let date = e.date.human();
                (
                    format!("  {m}  {date:<date_width$}"),
                    date,
                    format!("{} ({})", e.headline_with_country(), what_unbroken(e)),
                    false,
                )
            }
            Entry::Context { event } => {
                let m = opts.dim(context_marker(ascii));
                let date = event.date.human();
                let head = format!("  {m}  {}", opts.dim(&format!("{date:<date_width$}")));
                (head, date, event.title.clone(), true)
            }
            Entry::Gap { text, .. } => {
                let bar = format!("  {}", opts.dim(bar));
                let words = format!("{text} without meeting in person");
                for line in lines_of(&words, width.saturating_sub(5)) {
                    writeln!(w, "{bar}  {}", opts.dim(&line))?;
                }
                continue;
            }
        };
        let paint = |line: &str| {
            if dim {
                opts.dim(line)
            } else {
                line.to_string()
            }
        };
        let lines = lines_of(&words, width.saturating_sub(indent));
        let mut lines = lines.iter();
        if date.width() <= date_width {
            if let Some(first) = lines.next() {
                writeln!(w, "{head}  {}", paint(first))?;
            }
        } else {
            writeln!(w, "{}", head.trim_end())?;
        }
        for line in lines {
            writeln!(w, "{}{}", " ".repeat(indent), paint(line))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without a width (a library caller's), nothing wraps: each entry is
    /// one line, its date in a column as wide as the widest date.
    #[test]
    fn without_a_width_each_entry_is_one_line() {
        let d = crate::testing::record();
        let encounters: Vec<_> = d.encounters.iter().collect();
        let context: Vec<_> = d.context.iter().collect();
        let entries = crate::timeline::build(
            &crate::gaps::between_meetings(&encounters),
            &encounters,
            &context,
        );
        let mut out = Vec::new();
        text(&mut out, &entries, false, &Options::default()).unwrap();
        let out = String::from_utf8(out).unwrap();
        let crimea = out.lines().find(|l| l.contains("Crimea")).unwrap();
        assert!(crimea.ends_with("\"Why would you need Alaska?\""), "{out}");
        let term = out.lines().find(|l| l.contains("20 Jan 2021")).unwrap();
        assert!(term.ends_with("20 Jan 2021  Trump's first term"), "{out}");
        let column = |line: &str, word: &str| line[..line.find(word).unwrap()].chars().count();
        let helsinki = out.lines().find(|l| l.contains("Helsinki")).unwrap();
        assert_eq!(
            column(helsinki, "Helsinki"),
            column(term, "Trump's"),
            "{out}"
        );
    }

    /// A date stands beside its words while they keep three fifths of the
    /// line: "16 Jul 2018" (11 columns, 18 with the marker and spaces) at
    /// 45 columns leaves 27 of 27; at 41, 23 of 24, so it stands above.
    #[test]
    fn a_date_stands_beside_its_words_while_they_keep_three_fifths() {
        let d = crate::testing::record();
        let helsinki = [d.encounter("2018-helsinki").unwrap()];
        let entries =
            crate::timeline::build(&crate::gaps::between_meetings(&helsinki), &helsinki, &[]);
        let drawn = |width: usize| {
            let mut out = Vec::new();
            let opts = Options {
                width: Some(width),
                ..Options::default()
            };
            text(&mut out, &entries, false, &opts).unwrap();
            String::from_utf8(out).unwrap()
        };
        let beside = |out: &str| {
            let line = out.lines().find(|l| l.contains("16 Jul 2018")).unwrap();
            line.contains("Helsinki")
        };
        assert!(beside(&drawn(45)), "{}", drawn(45));
        let narrow = drawn(41);
        assert!(!beside(&narrow), "{narrow}");
        let words = narrow.lines().find(|l| l.contains("Helsinki")).unwrap();
        assert!(words.starts_with(&" ".repeat(7)), "{narrow}");
    }
}
