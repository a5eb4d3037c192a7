//! A calendar (iCalendar, RFC 5545: what Google Calendar, Apple Calendar,
//! Outlook and Thunderbird export) into a dataset: one encounter per
//! VEVENT.
//!
//! DTSTART and DTEND (or DURATION) give the days, all-day or timed;
//! SUMMARY the title; LOCATION the place, split at its commas into venue,
//! city and country where it has them; DESCRIPTION the summary; the
//! outcome comes from CATEGORIES when one names it, else STATUS: CANCELLED
//! is cancelled and TENTATIVE proposed. A confirmed event took place, but
//! whether it was held or informal the calendar does not say, so the
//! outcome is left to fill in. The id comes from a UID summit wrote
//! (`<id>@summit`), else from the title and year.

use chrono::{Days, NaiveDate};

use super::{Carries, Draft, DraftEncounter, ImportError, Imported, Note, outcome_named, slug};
use crate::Dataset;
use crate::fields::Field;

/// The calendar's bytes with folded lines joined, before they are read as
/// UTF-8: a generator may fold inside a character (RFC 5545 §3.1 says to
/// unfold first).
pub fn unfold_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match rest {
            [b'\r', b'\n', b' ' | b'\t', tail @ ..] | [b'\n', b' ' | b'\t', tail @ ..] => {
                rest = tail
            }
            [b, tail @ ..] => {
                out.push(*b);
                rest = tail;
            }
            [] => break out,
        }
    }
}

/// A date's days as the calendar import writes them: `2018-09-01`, or
/// `2018-09-01/2018-11-30`.
fn days_of(date: &crate::date::EdtfDate) -> String {
    let (first, last) = (date.start(), date.end());
    if first == last {
        first.format("%Y-%m-%d").to_string()
    } else {
        format!("{}/{}", first.format("%Y-%m-%d"), last.format("%Y-%m-%d"))
    }
}

/// Content lines with their continuations joined (RFC 5545 §3.1).
fn unfold(text: &str) -> Vec<(usize, String)> {
    // Each logical line with the number of the file's line it starts on.
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (n, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match raw.chars().next() {
            Some(' ' | '\t') if !lines.is_empty() => {
                if let Some((_, last)) = lines.last_mut() {
                    last.push_str(&raw[1..]);
                }
            }
            _ => lines.push((n + 1, raw.to_string())),
        }
    }
    lines
}

/// A content line: its name (upper case), parameters and value.
type Property = (String, Vec<(String, String)>, String);

/// A content line's name (upper case), parameters and value.
fn split(line: &str) -> Option<Property> {
    // The value starts at the first colon outside a quoted parameter.
    let mut quoted = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            quoted = !quoted;
            None
        }
        ':' if !quoted => Some(i),
        _ => None,
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let name = parts.next()?.trim().to_ascii_uppercase();
    let params = parts
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| {
            (
                k.trim().to_ascii_uppercase(),
                v.trim_matches('"').to_string(),
            )
        })
        .collect();
    Some((name, params, value.to_string()))
}

/// A TEXT value unescaped (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The items of a list value (CATEGORIES), split at unescaped commas.
fn list(value: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(item)) = (chars.next(), items.last_mut()) {
                    item.push(next);
                }
            }
            ',' => items.push(String::new()),
            c => {
                if let Some(item) = items.last_mut() {
                    item.push(c);
                }
            }
        }
    }
    items.into_iter().map(|s| s.trim().to_string()).collect()
}

/// A DATE or DATE-TIME value's day, and whether it had a time.
fn day(value: &str) -> Option<(NaiveDate, Option<&str>)> {
    let digits = value.get(..8)?;
    let date = NaiveDate::parse_from_str(digits, "%Y%m%d").ok()?;
    let time = value.get(8..).and_then(|t| t.strip_prefix('T'));
    Some((date, time))
}

/// A DURATION of whole days or weeks (`P3D`, `P1W`), in days.
fn duration_days(value: &str) -> Option<u64> {
    let v = value.strip_prefix('P')?;
    if let Some(d) = v.strip_suffix('D') {
        return d.parse().ok();
    }
    if let Some(w) = v.strip_suffix('W') {
        return w.parse::<u64>().ok().map(|w| w * 7);
    }
    None
}

/// The properties of one VEVENT, by name (the first of each).
#[derive(Default)]
struct Event {
    props: Vec<Property>,
    /// Its first line in the file.
    line: usize,
    /// Whether its END:VEVENT was read.
    ended: bool,
}

impl Event {
    fn get(&self, name: &str) -> Option<&str> {
        self.props
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, _, v)| v.as_str())
    }
}

/// Read a calendar.
///
/// # Errors
/// Text that is not a calendar: no BEGIN:VCALENDAR.
pub fn import(
    input: &str,
    base: Option<&Dataset>,
    today: NaiveDate,
) -> Result<Imported, ImportError> {
    let lines = unfold(input);
    let last_line = input.lines().count();
    if !lines
        .iter()
        .any(|(_, l)| l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return Err(ImportError::NotCalendar);
    }
    let mut draft = Draft::new(base, today);
    let mut notes = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    // Components open, innermost last; VALARMs inside an event are skipped.
    let mut open: Vec<String> = Vec::new();
    for (number, line) in &lines {
        let Some((name, params, value)) = split(line) else {
            continue;
        };
        match name.as_str() {
            "BEGIN" => {
                let component = value.trim().to_ascii_uppercase();
                if component == "VEVENT" {
                    events.push(Event {
                        line: *number,
                        ..Event::default()
                    });
                }
                open.push(component);
            }
            "END" => {
                if open.last().is_some_and(|c| c == "VEVENT") {
                    if let Some(e) = events.last_mut() {
                        e.ended = true;
                    }
                }
                open.pop();
            }
            _ => match open.last().map(String::as_str) {
                Some("VEVENT") => {
                    if let Some(e) = events.last_mut() {
                        e.props.push((name, params, value));
                    }
                }
                Some("VCALENDAR") if base.is_none() || draft.title.is_empty() => {
                    match name.as_str() {
                        "X-WR-CALNAME" => draft.title = text(&value),
                        "X-WR-CALDESC" => draft.description = text(&value),
                        _ => {}
                    }
                }
                _ => {}
            },
        }
    }
    for event in &events {
        let uid = event.get("UID").map(text);
        let at = match &uid {
            Some(u) => format!("event UID {u}"),
            None => format!("event at line {}", event.line),
        };
        let mut note = |message: String| {
            notes.push(Note {
                at: at.clone(),
                message,
            });
        };
        // Notes on a field left empty: said only if the base does not
        // fill it.
        let mut pending: Vec<(Field, Note)> = Vec::new();
        let mut pend = |field: Field, message: String| {
            pending.push((
                field,
                Note {
                    at: at.clone(),
                    message,
                },
            ));
        };
        if !event.ended {
            note(format!(
                "has no END:VEVENT (the file may be cut short after line {}); what it has is imported",
                last_line
            ));
        }
        let title = event.get("SUMMARY").map(text).unwrap_or_default();
        if title.trim().is_empty() {
            pend(
                Field::Title,
                "has no SUMMARY; the title is left empty".into(),
            );
        }
        // The days.
        let start = event.get("DTSTART").and_then(day);
        let date = match start {
            None => {
                pend(
                    Field::Date,
                    "no DTSTART with a date; the date is left empty".into(),
                );
                String::new()
            }
            Some((first, start_time)) => {
                let last = match (event.get("DTEND").and_then(day), event.get("DURATION")) {
                    // An all-day event ends the day before DTEND.
                    (Some((end, None)), _) => end.checked_sub_days(Days::new(1)).unwrap_or(end),
                    // A timed one on the day it ends, unless at midnight.
                    (Some((end, Some(t))), _) if t.starts_with("000000") && end > first => {
                        end.checked_sub_days(Days::new(1)).unwrap_or(end)
                    }
                    (Some((end, Some(_))), _) => end,
                    // A duration of whole days: an all-day event fills
                    // them; a timed one ends that many days on.
                    (None, Some(d)) => match duration_days(d) {
                        Some(n) if n > 0 => {
                            let on = if start_time.is_none() { n - 1 } else { n };
                            first.checked_add_days(Days::new(on)).unwrap_or(first)
                        }
                        _ => first,
                    },
                    _ => first,
                }
                .max(first);
                if first == last {
                    first.format("%Y-%m-%d").to_string()
                } else {
                    format!("{}/{}", first.format("%Y-%m-%d"), last.format("%Y-%m-%d"))
                }
            }
        };
        // summit's own calendar gives a date not known to the day as
        // written; it stands while the event still spans just those days.
        let date = match event
            .get("X-SUMMIT-DATE")
            .map(|d| text(d).trim().to_string())
        {
            Some(given) => match crate::date::EdtfDate::parse(&given) {
                Ok(d) if date == days_of(&d) => given,
                _ => {
                    note(format!(
                        "X-SUMMIT-DATE {given} is not the event's days (was it moved?); its days are kept"
                    ));
                    date
                }
            },
            None => date,
        };
        if start.is_some_and(|(_, time)| time.is_some()) {
            note("is timed; summit keeps its days, not its hours".into());
        }
        if event.get("RRULE").is_some() {
            note("repeats (RRULE); only its first occurrence is imported".into());
        }
        // The place: "City, Country" or "Venue, City, Country".
        let location = event.get("LOCATION").map(text).unwrap_or_default();
        let parts: Vec<&str> = location
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let (venue, city, country) = match parts.as_slice() {
            [] => (None, String::new(), String::new()),
            [city] => {
                pend(
                    Field::Country,
                    format!("LOCATION \"{location}\" names no country; the country is left empty"),
                );
                (None, (*city).to_string(), String::new())
            }
            [city, country] => (None, (*city).to_string(), (*country).to_string()),
            [venue @ .., city, country] => (
                Some(venue.join(", ")),
                (*city).to_string(),
                (*country).to_string(),
            ),
        };
        // The summary: the description, without the outcome and sources
        // paragraphs summit's own calendar adds.
        let description = event.get("DESCRIPTION").map(text).unwrap_or_default();
        let mut summary = Vec::new();
        for paragraph in description.split("\n\n").map(str::trim) {
            if paragraph.starts_with("Outcome:")
                || (paragraph.starts_with("Date:") && paragraph.contains(", known only to "))
            {
                continue;
            }
            if paragraph.starts_with("Sources:") {
                let known = uid
                    .as_deref()
                    .and_then(|u| u.strip_suffix("@summit"))
                    .is_some_and(|id| base.is_some_and(|b| b.encounter(id).is_some()));
                if !known {
                    note("its description lists sources: add them to the dataset's sources and cite their ids".into());
                }
                continue;
            }
            if !paragraph.is_empty() {
                summary.push(paragraph.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
        // The outcome.
        let categories: Vec<String> = event
            .props
            .iter()
            .filter(|(n, _, _)| n == "CATEGORIES")
            .flat_map(|(_, _, v)| list(v))
            .collect();
        let status = event.get("STATUS").map(|s| s.trim().to_ascii_uppercase());
        let outcome = categories
            .iter()
            .find_map(|c| outcome_named(c))
            .map(|o| o.as_str().to_string())
            .or_else(|| match status.as_deref() {
                Some("CANCELLED") => Some("cancelled".into()),
                Some("TENTATIVE") => Some("proposed".into()),
                _ => None,
            });
        if outcome.is_none() {
            pend(
                Field::Outcome,
                format!(
                    "STATUS {} does not say whether it was held or informal; the outcome is left empty",
                    status.as_deref().unwrap_or("(none)")
                ),
            );
        }
        // summit's own calendar heads a cancelled meeting "Cancelled: "
        // and an invitation "Proposed, never held: ".
        let title = match outcome.as_deref() {
            Some("cancelled") => title.strip_prefix("Cancelled: "),
            Some("proposed") => title.strip_prefix("Proposed, never held: "),
            _ => None,
        }
        .map_or(title.clone(), String::from);
        let year = date.get(..4).and_then(|y| y.parse().ok());
        let id = uid
            .as_deref()
            .and_then(|u| u.strip_suffix("@summit"))
            .filter(|id| {
                !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .map_or_else(|| slug(&title, year), String::from);
        draft.encounters.push(DraftEncounter {
            id,
            title,
            date,
            city,
            country,
            venue,
            outcome: outcome.unwrap_or_default(),
            summary: summary.join(" "),
            origin: at,
            pending,
            ..DraftEncounter::default()
        });
    }
    if events.is_empty() {
        notes.push(Note {
            at: "the calendar".into(),
            message: "has no events (VEVENT)".into(),
        });
    }
    draft.complete(base, Carries::default(), &mut notes);
    Ok(Imported { draft, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_unfold_and_values_unescape() {
        let lines = unfold("SUMMARY:Talks\\, then\r\n  lunch\r\nLOCATION:Oslo\\, Norway\r\n");
        assert_eq!(lines[0], (1, "SUMMARY:Talks\\, then lunch".to_string()));
        // The line after a folded one keeps its number in the file.
        assert_eq!(lines[1].0, 3);
        let (name, _, value) = split(&lines[1].1).unwrap();
        assert_eq!(
            (name.as_str(), text(&value).as_str()),
            ("LOCATION", "Oslo, Norway")
        );
        let (_, params, value) = split("DTSTART;TZID=\"Europe/Oslo\":20190902T100000").unwrap();
        assert_eq!(params, [("TZID".to_string(), "Europe/Oslo".to_string())]);
        assert_eq!(value, "20190902T100000");
        assert_eq!(list("held,Trips\\, abroad"), ["held", "Trips, abroad"]);
    }

    #[test]
    fn folds_inside_a_character_unfold_before_decoding() {
        let bytes = "SUMMARY:Élysée\r\n".as_bytes();
        // Fold between the two bytes of "É".
        let folded = [&bytes[..9], b"\r\n ", &bytes[9..]].concat();
        assert!(std::str::from_utf8(&folded).is_err());
        assert_eq!(unfold_bytes(&folded), bytes);
    }

    #[test]
    fn a_tab_folds_as_a_space_does() {
        // As Outlook writes: the continuation starts with a TAB.
        let calendar = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:walk@example.org\r\n\
                        DTSTART;VALUE=DATE:20190902\r\nSUMMARY:Walk in\r\n\t Oslo and\r\n\
                        \t Bergen\r\nLOCATION:Oslo\\, Nor\r\n\tway\r\nCATEGORIES:informal\r\n\
                        END:VEVENT\r\nEND:VCALENDAR\r\n";
        for bytes in [
            calendar.as_bytes().to_vec(),
            calendar.replace("\r\n", "\n").into_bytes(),
        ] {
            let unfolded = String::from_utf8(unfold_bytes(&bytes)).unwrap();
            assert!(
                unfolded.contains("SUMMARY:Walk in Oslo and Bergen"),
                "{unfolded:?}"
            );
            assert!(!unfolded.contains('\t'), "{unfolded:?}");
            let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
            let imported = import(&unfolded, None, today).unwrap();
            let e = &imported.draft.encounters[0];
            assert_eq!(
                (e.title.as_str(), e.city.as_str(), e.country.as_str()),
                ("Walk in Oslo and Bergen", "Oslo", "Norway")
            );
        }
        let lines = unfold("SUMMARY:Walk\r\n\t in Oslo\r\n");
        assert_eq!(lines[0].1, "SUMMARY:Walk in Oslo");
        // A first line that starts with a space has nothing to continue.
        assert_eq!(
            unfold(" X:1\nY:2"),
            [(1, " X:1".to_string()), (2, "Y:2".to_string())]
        );
    }

    /// A colon inside a quoted parameter value does not start the value.
    #[test]
    fn a_quoted_parameter_may_hold_a_colon() {
        let (name, params, value) =
            split(r#"ATTENDEE;CN="Lavrov: minister";ROLE=CHAIR:mailto:x@example.org"#).unwrap();
        assert_eq!(name, "ATTENDEE");
        assert_eq!(
            params,
            [
                ("CN".to_string(), "Lavrov: minister".to_string()),
                ("ROLE".to_string(), "CHAIR".to_string())
            ]
        );
        assert_eq!(value, "mailto:x@example.org");
    }

    fn calendar(event: &str) -> String {
        format!(
            "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Trips\r\nBEGIN:VEVENT\r\n{event}END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    /// A timed event ends on the day of its DTEND, or the day before when
    /// it ends at midnight.
    #[test]
    fn a_timed_event_ends_on_the_day_it_ends() {
        let date = |end: &str| {
            let event = format!(
                "UID:a@example.org\r\nSUMMARY:Talks\r\nDTSTART:20180716T100000Z\r\nDTEND:{end}\r\n"
            );
            let imported = import(&calendar(&event), None, today()).unwrap();
            imported.draft.encounters[0].date.clone()
        };
        assert_eq!(date("20180717T120000Z"), "2018-07-16/2018-07-17");
        assert_eq!(date("20180717T000000Z"), "2018-07-16");
        assert_eq!(date("20180716T120000Z"), "2018-07-16");
        // Or by its DURATION in days: filled when all-day, ended that many
        // days on when timed; hours stay within the day.
        let lasting = |start: &str, duration: &str| {
            let event = format!(
                "UID:a@example.org\r\nSUMMARY:Talks\r\nDTSTART{start}\r\nDURATION:{duration}\r\n"
            );
            let imported = import(&calendar(&event), None, today()).unwrap();
            imported.draft.encounters[0].date.clone()
        };
        assert_eq!(
            lasting(";VALUE=DATE:20180716", "P3D"),
            "2018-07-16/2018-07-18"
        );
        assert_eq!(lasting(":20180716T100000Z", "P1D"), "2018-07-16/2018-07-17");
        assert_eq!(lasting(":20180716T100000Z", "PT2H"), "2018-07-16");
        assert_eq!(lasting(";VALUE=DATE:20180716", "P0D"), "2018-07-16");
    }

    /// An event without a UID is named by the line it begins on; a base's
    /// title is kept over the calendar's name, which names a new dataset.
    #[test]
    fn events_are_named_by_their_line_and_a_base_keeps_its_title() {
        let imported = import(&calendar("SUMMARY:Talks\r\n"), None, today()).unwrap();
        assert_eq!(imported.draft.title, "Trips");
        let note = imported
            .notes
            .iter()
            .find(|n| n.message.contains("DTSTART"))
            .unwrap();
        assert_eq!(note.at, "event at line 3");
        let base = crate::testing::record();
        let imported = import(&calendar("SUMMARY:Talks\r\n"), Some(&base), today()).unwrap();
        assert_eq!(imported.draft.title, base.title);
    }

    /// summit's own calendar: a date known only to the month stands while
    /// the event keeps its days, and is noted and dropped when moved; the
    /// paragraphs summit adds leave the summary, others stay; an id comes
    /// from a UID summit wrote, else from the title.
    #[test]
    fn summits_own_calendar_reads_back() {
        let read = |event: &str| {
            let imported = import(&calendar(event), None, today()).unwrap();
            let e = imported.draft.encounters[0].clone();
            (e, imported.notes)
        };
        let month = "UID:talks-2018@summit\r\nSUMMARY:Talks\r\nX-SUMMIT-DATE:2018-09\r\n";
        let (e, _) = read(&format!(
            "{month}DTSTART;VALUE=DATE:20180901\r\nDTEND;VALUE=DATE:20181001\r\n"
        ));
        assert_eq!((e.id.as_str(), e.date.as_str()), ("talks-2018", "2018-09"));
        let (e, notes) = read(&format!(
            "{month}DTSTART;VALUE=DATE:20181001\r\nDTEND;VALUE=DATE:20181002\r\n"
        ));
        assert_eq!(e.date, "2018-10-01");
        assert!(
            notes
                .iter()
                .any(|n| n.message.starts_with("X-SUMMIT-DATE 2018-09 is not"))
        );
        let (e, _) = read(
            "UID:@summit\r\nSUMMARY:Harbour walk\r\nDTSTART;VALUE=DATE:20190902\r\n\
             DESCRIPTION:A walk.\\n\\nDate: kept\\, as written.\\n\\nOutcome: informal\r\n",
        );
        assert_eq!(e.id, "harbour-walk-2019");
        assert_eq!(e.summary, "A walk. Date: kept, as written.");
        let (e, _) =
            read("UID:Not An Id@summit\r\nSUMMARY:Harbour walk\r\nDTSTART;VALUE=DATE:20190902\r\n");
        assert_eq!(e.id, "harbour-walk-2019");
    }

    #[test]
    fn durations_in_days() {
        assert_eq!(duration_days("P3D"), Some(3));
        assert_eq!(duration_days("P1W"), Some(7));
        assert_eq!(duration_days("PT2H"), None);
    }
}
