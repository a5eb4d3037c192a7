//! iCalendar (RFC 5545): one all-day event per encounter.

use std::io::{self, Write};

use super::Selection;
use crate::model::Outcome;

/// Escape a TEXT value (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold a content line at 75 octets (RFC 5545 §3.1): continuation lines
/// start with a space, and no UTF-8 character or backslash escape is split.
pub(crate) fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        // An escape is a backslash and the character after it: keep together.
        let mut len = c.len_utf8();
        if c == '\\' {
            len += rest[len..].chars().next().map_or(0, char::len_utf8);
        }
        let (unit, tail) = rest.split_at(len);
        if width + unit.len() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push_str(unit);
        width += unit.len();
        rest = tail;
    }
    out.push_str("\r\n");
    out
}

/// Every encounter as an all-day event, as iCalendar text. A date not
/// known to the day (a month, a season) spans all of it; the description
/// says how far it is known, and `X-SUMMIT-DATE` gives it as written.
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let dataset = selection.dataset;
    let line = |w: &mut dyn Write, s: &str| w.write_all(fold(s).as_bytes());
    line(w, "BEGIN:VCALENDAR")?;
    line(w, "VERSION:2.0")?;
    line(
        w,
        &format!("PRODID:-//summit//summit {}//EN", env!("CARGO_PKG_VERSION")),
    )?;
    line(w, "CALSCALE:GREGORIAN")?;
    line(w, "METHOD:PUBLISH")?;
    line(
        w,
        &format!("X-WR-CALNAME:{}", calendar_name(&dataset.title)),
    )?;
    let stamp = format!("{}T000000Z", dataset.updated.format("%Y%m%d"));
    for e in selection.encounters {
        let (start, end) = (e.date.start(), e.date.end());
        let after = end.succ_opt().unwrap_or(end);
        let cited: Vec<String> = dataset
            .cited(e.cited())
            .iter()
            .map(|s| s.citation())
            .collect();
        // A day to a month (17 Oct – Nov 2025) is known to the month at
        // one end only.
        let (a, b) = e.date.precisions();
        let one_end = if a == b { "" } else { " at one end" };
        let precision = match e.date.known_only_to() {
            Some(known) => format!(
                "Date: {}, known only to {known}{one_end}; the event spans all of it ({} to {}).\n\n",
                e.date.human(),
                start.format("%-d %b %Y"),
                end.format("%-d %b %Y")
            ),
            None => String::new(),
        };
        let description = format!(
            "{precision}{}\n\nOutcome: {} ({}).\n\nSources: {}",
            e.summary,
            e.outcome,
            e.outcome.meaning(),
            cited.join(" | ")
        );
        let summary = match e.outcome {
            Outcome::Held | Outcome::Informal => e.title.to_string(),
            Outcome::Cancelled => format!("Cancelled: {}", e.title),
            Outcome::Proposed => format!("Proposed, never held: {}", e.title),
        };
        line(w, "BEGIN:VEVENT")?;
        line(w, &format!("UID:{}@summit", e.id))?;
        line(w, &format!("DTSTAMP:{stamp}"))?;
        line(w, &format!("DTSTART;VALUE=DATE:{}", start.format("%Y%m%d")))?;
        line(w, &format!("DTEND;VALUE=DATE:{}", after.format("%Y%m%d")))?;
        line(w, &format!("SUMMARY:{}", escape(&summary)))?;
        line(w, &format!("LOCATION:{}", escape(&e.full_place())))?;
        line(w, &format!("DESCRIPTION:{}", escape(&description)))?;
        line(w, &format!("CATEGORIES:{}", e.outcome))?;
        if e.date.known_only_to().is_some() {
            // The date as summit has it, for `summit import --from ics`;
            // calendars ignore X- properties.
            line(w, &format!("X-SUMMIT-DATE:{}", e.date))?;
        }
        line(w, "TRANSP:TRANSPARENT")?;
        line(
            w,
            match e.outcome {
                Outcome::Held | Outcome::Informal => "STATUS:CONFIRMED",
                Outcome::Cancelled => "STATUS:CANCELLED",
                // Planned, never confirmed: tentative, as calendars say.
                Outcome::Proposed => "STATUS:TENTATIVE",
            },
        )?;
        line(w, "END:VEVENT")?;
    }
    line(w, "END:VCALENDAR")?;
    Ok(())
}

/// The calendar's name: the dataset's title without the characters that
/// would need escaping (several clients show `X-WR-CALNAME` escapes raw).
fn calendar_name(title: &str) -> String {
    let plain: String = title
        .chars()
        .map(|c| {
            if matches!(c, ',' | ';' | '\\') {
                ' '
            } else {
                c
            }
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting() {
        let long = format!("DESCRIPTION:{}", "é".repeat(60));
        let folded = fold(&long);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded: String = folded.trim_end().replace("\r\n ", "");
        assert_eq!(unfolded, long);

        let escapes = format!("X:{}", "\\,".repeat(50));
        let folded = fold(&escapes);
        for l in folded.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            // A continuation never starts in the middle of an escape.
            assert!(l.starts_with(" \\"), "{l:?}");
        }
    }

    #[test]
    fn a_line_of_exactly_75_octets_stays_whole() {
        let line = "X".repeat(75);
        assert_eq!(fold(&line), format!("{line}\r\n"));
        let longer = "X".repeat(76);
        assert_eq!(fold(&longer), format!("{}\r\n X\r\n", "X".repeat(75)));
        // Continuation lines hold 74 octets after their leading space.
        let two = "Y".repeat(75 + 74 + 1);
        assert_eq!(
            fold(&two),
            format!("{}\r\n {}\r\n Y\r\n", "Y".repeat(75), "Y".repeat(74))
        );
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
