//! A calendar (iCalendar, RFC 5545: what Google Calendar, Apple Calendar,
//! Outlook and Thunderbird export) into a dataset: one encounter per
//! VEVENT.
//!
//! DTSTART and DTEND (or DURATION) give the days, all-day or timed;
//! SUMMARY the title; LOCATION the place, split at its commas into venue,
//! city and country where it has them (a street address too, its postal
//! code and state set aside, with a note); DESCRIPTION the summary; the
//! outcome comes from CATEGORIES when one names it, else STATUS: CANCELLED
//! is cancelled and TENTATIVE proposed. A confirmed event took place, but
//! whether it was held or informal the calendar does not say, so the
//! outcome is left to fill in. The id comes from a UID summit wrote
//! (`<id>@summit`), else from the title and year.

use chrono::{Days, NaiveDate};

mod location;
mod values;

pub use values::unfold_bytes;
use values::{
    Property, day, duration_days, duration_minutes, list, moment, span, split, text, unfold,
};

use super::{Carries, Draft, DraftEncounter, ImportError, Imported, Note, outcome_named, slug};
use crate::Dataset;
use crate::fields::{Field, Importer};

/// A date's days as the calendar import writes them: `2018-09-01`, or
/// `2018-09-01/2018-11-30`.
fn days_of(date: &crate::date::EdtfDate) -> String {
    let (first, last) = crate::export::ics::event_days(date);
    span(first, last)
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
        // The days, and for a timed event its length and time.
        let start = event.get("DTSTART").and_then(day);
        let mut minutes: Option<i64> = None;
        let mut clock: Option<String> = None;
        let date = match start {
            None => {
                pend(
                    Field::Date,
                    "no DTSTART with a date; the date is left empty".into(),
                );
                String::new()
            }
            Some((first, None)) => {
                // All day: it ends the day before DTEND, or fills a
                // DURATION of whole days.
                let last = match (event.get("DTEND").and_then(day), event.get("DURATION")) {
                    (Some((end, _)), _) => end.checked_sub_days(Days::new(1)).unwrap_or(end),
                    (None, Some(d)) => match duration_days(d) {
                        Some(n) if n > 0 => {
                            first.checked_add_days(Days::new(n - 1)).unwrap_or(first)
                        }
                        _ => first,
                    },
                    _ => first,
                }
                .max(first);
                span(first, last)
            }
            Some((first, Some(_))) => {
                // Timed: its day, and its length when it has an end; a
                // meeting of two hours from 23:00 is one day of 120
                // minutes. What runs a day or more spans its days.
                let begins = event.get("DTSTART").and_then(moment);
                let ends = event.get("DTEND").and_then(moment).or_else(|| {
                    Some(
                        begins?
                            + chrono::Duration::minutes(
                                event.get("DURATION").and_then(duration_minutes)?,
                            ),
                    )
                });
                let length = begins.zip(ends).map(|(b, e)| (e - b).num_minutes());
                match length {
                    Some(m) if m >= 24 * 60 => {
                        let last = ends.map_or(first, |e| {
                            let d = e.date();
                            if e.time() == chrono::NaiveTime::MIN && d > first {
                                d.pred_opt().unwrap_or(d)
                            } else {
                                d
                            }
                        });
                        span(first, last.max(first))
                    }
                    Some(m) => {
                        if m > 0 {
                            minutes = Some(m);
                        }
                        span(first, first)
                    }
                    None => span(first, first),
                }
            }
        };
        // The time of day, with its offset: a UTC time as written, or
        // summit's own X-SUMMIT-TIME where it is the same moment.
        if let Some((raw, begins)) = event
            .get("DTSTART")
            .zip(event.get("DTSTART").and_then(moment))
        {
            let own = event
                .get("X-SUMMIT-TIME")
                .and_then(|t| crate::date::ClockTime::parse(text(t).trim()).ok())
                .filter(|t| {
                    raw.ends_with('Z')
                        && begins.time()
                            == t.time
                                - chrono::Duration::seconds(i64::from(t.offset.local_minus_utc()))
                });
            match own {
                Some(t) => clock = Some(t.to_string()),
                None if raw.ends_with('Z') => clock = Some(format!("{}Z", begins.format("%H:%M"))),
                None => note(
                    "is timed without a UTC offset (floating or in a named time zone); its day is kept, not its hour".into(),
                ),
            }
        }
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
        if event.get("RRULE").is_some() {
            note("repeats (RRULE); only its first occurrence is imported".into());
        }
        // The place: "City, Country", "Venue, City, Country", or a street
        // address, its postal code and state set aside.
        let location = event.get("LOCATION").map(text).unwrap_or_default();
        let location::Place {
            venue,
            city,
            country,
            guessed,
        } = location::split(&location);
        if country.is_empty() && !city.is_empty() {
            pend(
                Field::Country,
                format!("LOCATION \"{location}\" names no country; the country is left empty"),
            );
        }
        if !guessed.is_empty() {
            note(format!(
                "LOCATION \"{location}\" read as a street address ({}): venue \"{}\", city \"{city}\", country \"{country}\"; check them",
                guessed.join("; "),
                venue.as_deref().unwrap_or("")
            ));
        }
        // The summary: the description, without the paragraphs summit's
        // own calendar adds (the date's precision, the plan, the outcome
        // and the sources).
        let description = event.get("DESCRIPTION").map(text).unwrap_or_default();
        let mut summary = Vec::new();
        for paragraph in description.split("\n\n").map(str::trim) {
            if paragraph.starts_with("Outcome:")
                || paragraph.starts_with("Made public on this day; ")
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
        // A call or an envoy meeting, when a category says so.
        let channel = categories.iter().find_map(|c| {
            c.trim()
                .to_ascii_lowercase()
                .parse::<crate::model::Channel>()
                .ok()
        });
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
        // summit's own calendar titles an entry "Trump–Putin: Budapest
        // summit (cancelled)": the title is what is left.
        let title = crate::export::ics::title_of(
            &title,
            &city,
            outcome.as_deref().and_then(|o| o.parse().ok()),
        );
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
        let mut e = DraftEncounter::new(at)
            .with(Field::Id, id)
            .with(Field::Title, title)
            .with(Field::Date, date)
            .with(Field::City, city)
            .with(Field::Country, country)
            .with(Field::Venue, venue)
            .with(Field::Outcome, outcome.unwrap_or_default())
            .with(Field::Summary, summary.join(" "))
            .with(Field::Time, clock.unwrap_or_default())
            .with(Field::DurationMinutes, minutes)
            .with(
                Field::Channel,
                channel.map(|c| c.as_str()).unwrap_or_default(),
            );
        e.pending = pending;
        draft.encounters.push(e);
    }
    if events.is_empty() {
        notes.push(Note {
            at: "the calendar".into(),
            message: "has no events (VEVENT)".into(),
        });
    }
    draft.complete(base, &Carries::of(Importer::Calendar), &mut notes);
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
                (
                    e.text(Field::Title),
                    e.text(Field::City),
                    e.text(Field::Country)
                ),
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

    /// A timed event keeps its day, its length and its time: a meeting of
    /// two hours from 23:00 UTC is one day of 120 minutes at 23:00Z; one of
    /// a day or more spans its days (to the day before a midnight end).
    #[test]
    fn a_timed_event_keeps_its_day_length_and_time() {
        let read = |when: &str| {
            let event = format!("UID:a@example.org\r\nSUMMARY:Talks\r\n{when}");
            let imported = import(&calendar(&event), None, today()).unwrap();
            let e = imported.draft.encounters[0].clone();
            (
                e.text(Field::Date).to_string(),
                e.get(Field::DurationMinutes)
                    .and_then(serde_json::Value::as_u64),
                e.text(Field::Time).to_string(),
            )
        };
        let some = |d: &str, m: Option<u64>, t: &str| (d.to_string(), m, t.to_string());
        assert_eq!(
            read("DTSTART:20180716T230000Z\r\nDTEND:20180717T010000Z\r\n"),
            some("2018-07-16", Some(120), "23:00Z")
        );
        assert_eq!(
            read("DTSTART:20180716T100000Z\r\nDTEND:20180717T000000Z\r\n"),
            some("2018-07-16", Some(840), "10:00Z")
        );
        assert_eq!(
            read("DTSTART:20180716T100000Z\r\nDTEND:20180717T120000Z\r\n"),
            some("2018-07-16/2018-07-17", None, "10:00Z")
        );
        assert_eq!(
            read("DTSTART:20180716T100000Z\r\nDTEND:20180718T000000Z\r\n"),
            some("2018-07-16/2018-07-17", None, "10:00Z")
        );
        // By its DURATION: whole days filled when all-day; a timed one of
        // hours keeps its day and its length.
        assert_eq!(
            read("DTSTART;VALUE=DATE:20180716\r\nDURATION:P3D\r\n"),
            some("2018-07-16/2018-07-18", None, "")
        );
        assert_eq!(
            read("DTSTART:20180716T100000Z\r\nDURATION:PT2H30M\r\n"),
            some("2018-07-16", Some(150), "10:00Z")
        );
        assert_eq!(
            read("DTSTART:20180716T100000Z\r\nDURATION:P1D\r\n"),
            some("2018-07-16/2018-07-17", None, "10:00Z")
        );
        assert_eq!(
            read("DTSTART;VALUE=DATE:20180716\r\nDURATION:P0D\r\n"),
            some("2018-07-16", None, "")
        );
        // summit's own time, with the offset it was given in.
        assert_eq!(
            read("DTSTART:20250318T140000Z\r\nDURATION:PT120M\r\nX-SUMMIT-TIME:17:00+03:00\r\n"),
            some("2025-03-18", Some(120), "17:00+03:00")
        );
        // Without a UTC offset the hour is not known: the day is kept.
        let event =
            "UID:a@example.org\r\nSUMMARY:Talks\r\nDTSTART;TZID=Europe/Oslo:20190902T100000\r\n";
        let imported = import(&calendar(event), None, today()).unwrap();
        assert_eq!(imported.draft.encounters[0].text(Field::Time), "");
        assert!(
            imported
                .notes
                .iter()
                .any(|n| n.message.contains("its day is kept, not its hour"))
        );
    }

    #[test]
    fn durations_in_minutes() {
        assert_eq!(duration_minutes("PT2H"), Some(120));
        assert_eq!(duration_minutes("PT90M"), Some(90));
        assert_eq!(duration_minutes("P1DT2H30M"), Some(24 * 60 + 150));
        assert_eq!(duration_minutes("P1W"), Some(7 * 24 * 60));
        assert_eq!(duration_minutes("2H"), None);
        assert_eq!(duration_minutes("PT2X"), None);
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
        // A date known only to the month is an event of its first day.
        let month = "UID:talks-2018@summit\r\nSUMMARY:Talks\r\nX-SUMMIT-DATE:2018-09\r\n";
        let (e, _) = read(&format!(
            "{month}DTSTART;VALUE=DATE:20180901\r\nDTEND;VALUE=DATE:20180902\r\n"
        ));
        assert_eq!((e.id(), e.text(Field::Date)), ("talks-2018", "2018-09"));
        let (e, notes) = read(&format!(
            "{month}DTSTART;VALUE=DATE:20181001\r\nDTEND;VALUE=DATE:20181002\r\n"
        ));
        assert_eq!(e.text(Field::Date), "2018-10-01");
        assert!(
            notes
                .iter()
                .any(|n| n.message.starts_with("X-SUMMIT-DATE 2018-09 is not"))
        );
        let (e, _) = read(
            "UID:@summit\r\nSUMMARY:Harbour walk\r\nDTSTART;VALUE=DATE:20190902\r\n\
             DESCRIPTION:A walk.\\n\\nDate: kept\\, as written.\\n\\nOutcome: informal\r\n",
        );
        assert_eq!(e.id(), "harbour-walk-2019");
        assert_eq!(e.text(Field::Summary), "A walk. Date: kept, as written.");
        let (e, _) =
            read("UID:Not An Id@summit\r\nSUMMARY:Harbour walk\r\nDTSTART;VALUE=DATE:20190902\r\n");
        assert_eq!(e.id(), "harbour-walk-2019");
    }

    #[test]
    fn durations_in_days() {
        assert_eq!(duration_days("P3D"), Some(3));
        assert_eq!(duration_days("P1W"), Some(7));
        assert_eq!(duration_days("PT2H"), None);
    }
}
