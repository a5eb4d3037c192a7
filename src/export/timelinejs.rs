//! The JSON that Knight Lab's TimelineJS3 loads.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use edtf_core::Precision;
use serde::Serialize;

use super::{Selection, xml_escape};
use crate::date::EdtfDate;

/// A TimelineJS date, to the precision of the source date.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub(crate) struct TjsDate {
    /// Year.
    pub year: i32,
    /// Month, when the date is given to the month or day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// Day, when the date is given to the day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
}

impl TjsDate {
    fn of(d: NaiveDate, p: Precision) -> TjsDate {
        TjsDate {
            year: d.year(),
            month: matches!(p, Precision::Month | Precision::Day).then(|| d.month()),
            day: (p == Precision::Day).then(|| d.day()),
        }
    }
}

#[derive(Debug, Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Debug, Serialize)]
struct Event {
    unique_id: String,
    start_date: TjsDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<TjsDate>,
    display_date: String,
    text: Text,
    group: String,
}

#[derive(Debug, Serialize)]
struct Era {
    start_date: TjsDate,
    end_date: TjsDate,
    text: Text,
}

#[derive(Debug, Serialize)]
struct Document {
    title: Title,
    events: Vec<Event>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    eras: Vec<Era>,
}

#[derive(Debug, Serialize)]
struct Title {
    text: Text,
}

/// Start date and, for an interval or a date wider than a day, end date.
fn dates(d: &EdtfDate) -> (TjsDate, Option<TjsDate>) {
    let (ps, pe) = d.precisions();
    let start = TjsDate::of(d.start(), ps);
    let end = d.is_interval().then(|| TjsDate::of(d.end(), pe));
    (start, end)
}

/// Write the TimelineJS document for `encounters`, with `context` events
/// that span a period as eras.
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let dataset = selection.dataset;
    let events = selection
        .encounters
        .iter()
        .map(|e| {
            let (start_date, end_date) = dates(&e.date);
            let sources: Vec<String> = dataset
                .cited(e.cited())
                .iter()
                .map(|s| xml_escape(&s.citation()))
                .collect();
            Event {
                unique_id: e.id.to_string(),
                start_date,
                end_date,
                display_date: e.date.human(),
                text: Text {
                    headline: xml_escape(&e.title),
                    text: format!(
                        "<p>{}</p><p>{}: {}</p><p>Sources: {}</p>",
                        xml_escape(&e.summary),
                        xml_escape(&e.place()),
                        e.outcome,
                        sources.join("; ")
                    ),
                },
                group: e.outcome.to_string(),
            }
        })
        .collect();
    let eras = selection
        .context
        .iter()
        .filter(|c| c.date.is_interval())
        .map(|c| {
            let (start_date, end) = dates(&c.date);
            Era {
                start_date,
                end_date: end.unwrap_or_else(|| TjsDate::of(c.date.end(), Precision::Day)),
                text: Text {
                    headline: xml_escape(&c.title),
                    text: String::new(),
                },
            }
        })
        .collect();
    let doc = Document {
        title: Title {
            text: Text {
                headline: xml_escape(&dataset.title),
                text: format!("<p>{}</p>", xml_escape(&dataset.description)),
            },
        },
        events,
        eras,
    };
    crate::render::json::write(w, &doc)
}
