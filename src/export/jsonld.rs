//! JSON-LD with schema.org's vocabulary: an `Event` per record, to embed
//! in a web page (the HTML export does) so that search engines and other
//! readers of structured data know what the page describes.

use std::io::{self, Write};

use serde::Serialize;

use super::Selection;
use crate::model::{Channel, Encounter, Outcome, Source};

#[derive(Serialize)]
struct Document<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Event<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Event<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    identifier: &'a str,
    name: &'a str,
    description: &'a str,
    /// The first and last day the date allows; for a meeting that did not
    /// take place, those of its plan, when it had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<String>,
    event_status: &'static str,
    event_attendance_mode: &'static str,
    location: Location<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attendee: Vec<Person<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<&'a str>,
    citation: Vec<Work<'a>>,
}

/// A place on the map, or, for a call, the telephone.
#[derive(Serialize)]
#[serde(untagged)]
enum Location<'a> {
    Place(Place<'a>),
    Virtual {
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'static str,
    },
}

#[derive(Serialize)]
struct Place<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: String,
    address: Address<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    geo: Option<Geo>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Address<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    address_locality: &'a str,
    address_country: &'a str,
}

#[derive(Serialize)]
struct Geo {
    #[serde(rename = "@type")]
    kind: &'static str,
    latitude: f64,
    longitude: f64,
}

#[derive(Serialize)]
struct Person<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Work<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    publisher: Organization<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<Person<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct Organization<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

fn work(s: &Source) -> Work<'_> {
    let date = s.date.as_ref().map(ToString::to_string).unwrap_or_default();
    Work {
        kind: "CreativeWork",
        name: &s.title,
        publisher: Organization {
            kind: "Organization",
            name: &s.publisher,
        },
        author: s
            .authors
            .iter()
            .map(|a| Person {
                kind: "Person",
                name: a,
            })
            .collect(),
        // ISO 8601 only when the date is one (not a season, not uncertain).
        date_published: (!date.is_empty()
            && date.len() <= 10
            && date.chars().all(|c| c.is_ascii_digit() || c == '-')
            && !matches!(date.get(5..7), Some(m) if m > "12"))
        .then_some(date),
        url: s.link(),
    }
}

fn event<'a>(e: &'a Encounter<'a>, sources: Vec<&'a Source>) -> Event<'a> {
    // When it was, or was to be: a plan has no day when none was set.
    let days = if e.took_place() {
        Some(&e.date)
    } else {
        e.planned.as_ref()
    };
    Event {
        kind: "Event",
        identifier: &e.id,
        name: &e.title,
        description: &e.summary,
        start_date: days.map(|d| d.start().to_string()),
        end_date: days.map(|d| d.end().to_string()),
        // What took place was scheduled and held; a meeting cancelled, or
        // proposed and never held, is published as one that did not take
        // place: never as scheduled.
        event_status: match e.outcome {
            Outcome::Held | Outcome::Informal => "https://schema.org/EventScheduled",
            Outcome::Cancelled | Outcome::Proposed => "https://schema.org/EventCancelled",
        },
        event_attendance_mode: match e.channel {
            Channel::Call => "https://schema.org/OnlineEventAttendanceMode",
            Channel::Meeting | Channel::Envoy => "https://schema.org/OfflineEventAttendanceMode",
        },
        location: if e.channel.has_place() {
            Location::Place(Place {
                kind: "Place",
                name: e.full_place(),
                address: Address {
                    kind: "PostalAddress",
                    address_locality: &e.city,
                    address_country: &e.country,
                },
                geo: e.coordinates.as_ref().map(|c| Geo {
                    kind: "GeoCoordinates",
                    latitude: c.latitude,
                    longitude: c.longitude,
                }),
            })
        } else {
            Location::Virtual {
                kind: "VirtualLocation",
                name: "telephone",
            }
        },
        attendee: e
            .participants
            .iter()
            .map(|p| Person {
                kind: "Person",
                name: p,
            })
            .collect(),
        keywords: e.topics.iter().map(AsRef::as_ref).collect(),
        citation: sources.into_iter().map(work).collect(),
    }
}

/// The encounters as a JSON-LD document.
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, &document(selection)).map_err(io::Error::from)?;
    writeln!(w)
}

fn document<'a>(selection: &Selection<'a>) -> Document<'a> {
    let dataset = selection.dataset;
    Document {
        context: "https://schema.org",
        graph: selection
            .encounters
            .iter()
            .map(|e| event(e, dataset.cited(e.cited())))
            .collect(),
    }
}

/// The same document on one line, safe inside an HTML `<script>` element:
/// `<` is written `\u003c`, so no `</script>` can end it early.
pub fn for_html(selection: &Selection) -> String {
    serde_json::to_string(&document(selection))
        .unwrap_or_default()
        .replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `datePublished` is given only for a date ISO 8601 can say: a day, a
    /// month or a year; not a season, an uncertain date, an interval or
    /// none.
    #[test]
    fn a_work_is_dated_only_in_iso_8601() {
        let published = |date: Option<&str>| {
            let date = date.map_or(String::new(), |d| format!(r#", "date": "{d}""#));
            let json = format!(r#"{{"id": "s", "title": "T", "publisher": "P"{date}}}"#);
            let source: Source = serde_json::from_str(&json).unwrap();
            work(&source).date_published
        };
        for iso in ["2018-07-16", "2018-07", "2018"] {
            assert_eq!(published(Some(iso)).as_deref(), Some(iso));
        }
        for other in [
            None,
            Some("2018-21"),
            Some("2018-07?"),
            Some("2018-07/2018-09"),
        ] {
            assert_eq!(published(other), None, "{other:?}");
        }
    }
}
