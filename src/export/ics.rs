//! iCalendar (RFC 5545): one event per record, all day or at its time.

use std::io::{self, Write};

use chrono::NaiveDate;

use super::Selection;
use crate::model::{Channel, Encounter, Outcome};

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

/// The days an event spans: a date known to the day (one or several
/// days) all of them; a month, a season or a year only its first day, so
/// that a calendar shows no weeks-long bar for a date not known (the
/// description says how far it is known).
pub(crate) fn event_days(date: &crate::date::EdtfDate) -> (NaiveDate, NaiveDate) {
    match date.day_span() {
        Some(days) => days,
        None => (date.start(), date.start()),
    }
}

/// Who the record is between, by the surnames of its first two
/// participants ("Trump–Putin"), for a calendar entry's title.
fn between(e: &Encounter) -> Option<String> {
    let surname = |p: &str| p.split_whitespace().last().unwrap_or(p).to_string();
    match e.participants.as_slice() {
        [a, b, ..] => Some(format!("{}–{}", surname(a), surname(b))),
        _ => None,
    }
}

/// A calendar entry's title: who, what and where, and what became of a
/// meeting that did not take place, said once: "Trump–Putin: G20
/// bilateral meeting, Hamburg", "Trump–Putin: Budapest summit
/// (cancelled)".
fn summary(e: &Encounter) -> String {
    let mut what = e.title.to_string();
    if !e.city.trim().is_empty() && !crate::text::contains_folded(&e.title, &e.city) {
        what.push_str(&format!(", {}", e.city));
    }
    let said = |stem: &str| crate::text::contains_folded(&e.title, stem);
    match e.outcome {
        Outcome::Cancelled if !said("cancel") => what.push_str(" (cancelled)"),
        Outcome::Proposed if !said("propos") => what.push_str(" (proposed, never held)"),
        _ => {}
    }
    match between(e) {
        Some(who) => format!("{who}: {what}"),
        None => what,
    }
}

/// The title back from a calendar entry's title made by [`summary`]: the
/// participants, the city and the outcome it adds taken off again; a title
/// written otherwise is kept as it is.
pub fn title_of(summary: &str, city: &str, outcome: Option<Outcome>) -> String {
    let mut what = summary.trim();
    // "Trump–Putin: ", two surnames and a colon.
    if let Some((who, rest)) = what.split_once(": ") {
        let names = who.split('–').collect::<Vec<_>>();
        if names.len() == 2
            && names
                .iter()
                .all(|n| !n.is_empty() && !n.contains(char::is_whitespace))
        {
            what = rest;
        }
    }
    let suffix = match outcome {
        Some(Outcome::Cancelled) => " (cancelled)",
        Some(Outcome::Proposed) => " (proposed, never held)",
        _ => "",
    };
    if !suffix.is_empty() {
        what = what.strip_suffix(suffix).unwrap_or(what);
    }
    let city = city.trim();
    if !city.is_empty() {
        what = what.strip_suffix(&format!(", {city}")).unwrap_or(what);
    }
    what.to_string()
}

/// Every record as an event, as iCalendar text: on its date (a meeting
/// that did not take place, on the day it was made public, its plan in the
/// description), all day, or at its time where one is known. A date not
/// known to the day is an event of its first day; the description says
/// how far it is known, and `X-SUMMIT-DATE` gives it as written.
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
        &format!(
            "X-WR-CALNAME:{}{}",
            calendar_name(&dataset.title),
            if selection.is_partial() {
                " (a selection)"
            } else {
                ""
            }
        ),
    )?;
    let stamp = format!("{}T000000Z", dataset.updated.format("%Y%m%d"));
    for e in selection.encounters {
        let (start, end) = event_days(&e.date);
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
                "Date: {}, known only to {known}{one_end} (from {} to {}); the event is on its first day.\n\n",
                e.date.human(),
                e.date.start().format("%-d %b %Y"),
                e.date.end().format("%-d %b %Y")
            ),
            None => String::new(),
        };
        let plan = match (&e.planned, e.took_place()) {
            (Some(p), _) => format!("Made public on this day; planned for {}.\n\n", p.human()),
            (None, false) => "Made public on this day; no date was set for it.\n\n".to_string(),
            (None, true) => String::new(),
        };
        let kind = e.kind();
        let description = format!(
            "{precision}{plan}{}\n\nOutcome: {} ({}).\n\nSources: {}",
            e.summary,
            kind.noun(1),
            kind.meaning(),
            cited.join(" | ")
        );
        line(w, "BEGIN:VEVENT")?;
        line(w, &format!("UID:{}@summit", e.id))?;
        line(w, &format!("DTSTAMP:{stamp}"))?;
        match (e.time, e.date.day_span()) {
            // At its time, in UTC, for as long as it is known to have
            // lasted.
            (Some(t), Some((day, _))) => {
                let utc = day.and_time(t.time)
                    - chrono::Duration::seconds(i64::from(t.offset.local_minus_utc()));
                line(w, &format!("DTSTART:{}", utc.format("%Y%m%dT%H%M%SZ")))?;
                if let Some(m) = e.duration_minutes {
                    line(w, &format!("DURATION:PT{m}M"))?;
                }
                line(w, &format!("X-SUMMIT-TIME:{t}"))?;
            }
            _ => {
                line(w, &format!("DTSTART;VALUE=DATE:{}", start.format("%Y%m%d")))?;
                line(w, &format!("DTEND;VALUE=DATE:{}", after.format("%Y%m%d")))?;
            }
        }
        line(w, &format!("SUMMARY:{}", escape(&summary(e))))?;
        let place = e.full_place();
        if !place.is_empty() {
            line(w, &format!("LOCATION:{}", escape(&place)))?;
        }
        line(w, &format!("DESCRIPTION:{}", escape(&description)))?;
        match e.channel {
            Channel::Meeting => line(w, &format!("CATEGORIES:{}", e.outcome))?,
            c => line(w, &format!("CATEGORIES:{c},{}", e.outcome))?,
        }
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

    /// Every record's calendar title gives its title back, and a title
    /// written by hand is kept whole.
    #[test]
    fn the_title_comes_back_from_the_calendar_title() {
        let d = crate::testing::record();
        for e in &d.encounters {
            let shown = summary(e);
            assert_ne!(shown, e.title, "{}: the entry says who", e.id);
            assert_eq!(
                title_of(&shown, &e.city, Some(e.outcome)),
                e.title,
                "{shown}"
            );
        }
        assert_eq!(
            title_of("Lunch: talks, Oslo (cancelled)", "Oslo", None),
            "Lunch: talks, Oslo (cancelled)"
        );
        assert_eq!(
            title_of(
                "Talks in Oslo, Oslo (cancelled)",
                "Oslo",
                Some(Outcome::Cancelled)
            ),
            "Talks in Oslo"
        );
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
