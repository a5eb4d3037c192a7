//! The records of a dataset: encounters, quotes, sources and context events.
//!
//! Field names are those of the JSON format; serialising a record gives back
//! the object it was read from.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::{ClockTime, EdtfDate};

mod channel;
mod cited;
mod kind;
mod outcome;
mod read;
mod source;

pub use channel::{Channel, UnknownChannel};
pub use cited::{Highlight, Quote, SAID, VARIANT, Variant};
pub use kind::{RecordKind, Tally, records};
pub use outcome::{Outcome, UnknownOutcome};
use read::{highlights, optional_text, own, owned, quotes, strings, text_list};
pub use source::{ContextEvent, Source};

/// What a pair of coordinates marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Point {
    /// The building or site named in `venue`.
    Venue,
    /// The city, as its usual coordinates give it (its centre).
    City,
}

/// Where an encounter took place (or was to) on the map: WGS 84 latitude
/// and longitude in decimal degrees, as GeoJSON and schema.org use them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a coordinates object")]
pub struct Coordinates {
    /// Degrees north of the equator (south is negative), -90 to 90.
    #[schemars(range(min = -90.0, max = 90.0))]
    pub latitude: f64,
    /// Degrees east of Greenwich (west is negative), -180 to 180.
    #[schemars(range(min = -180.0, max = 180.0))]
    pub longitude: f64,
    /// Whether the point is the venue's or the city's.
    pub of: Point,
    /// Ids of the sources that give these coordinates.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "strings"
    )]
    pub sources: Vec<String>,
}

impl Coordinates {
    /// "61.2514° N, 149.8064° W".
    pub fn human(&self) -> String {
        let (ns, ew) = (
            if self.latitude < 0.0 { 'S' } else { 'N' },
            if self.longitude < 0.0 { 'W' } else { 'E' },
        );
        format!(
            "{:.4}° {ns}, {:.4}° {ew}",
            self.latitude.abs(),
            self.longitude.abs()
        )
    }
}

// JSON has no NaN, and `validate` keeps both numbers in range, so equality
// of coordinates is an equivalence.
impl Eq for Coordinates {}

/// One record: a contact between the two sides (a meeting in person, a
/// call, an envoy's meeting with the other leader), or a meeting between
/// the leaders that was planned and never took place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a record object")]
pub struct Encounter<'a> {
    /// Stable handle: lowercase letters, digits and hyphens, unique.
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    /// Short title, such as "Helsinki summit".
    #[serde(borrow)]
    pub title: Cow<'a, str>,
    /// How the contact was made: in person (the default), a call, or an
    /// envoy's meeting.
    #[serde(default)]
    pub channel: Channel,
    /// The record's day, which orders and filters it: when a contact took
    /// place; for a meeting cancelled or proposed, the day it was made
    /// public.
    pub date: EdtfDate,
    /// For a meeting cancelled or proposed, the day or period it was
    /// planned for, when one was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned: Option<EdtfDate>,
    /// When it began on the local clock, where reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<ClockTime>,
    /// City where it happened or was to happen; a call has none.
    #[serde(default, borrow, skip_serializing_if = "str_is_empty")]
    pub city: Cow<'a, str>,
    /// Country where it happened or was to happen; a call has none.
    #[serde(default, borrow, skip_serializing_if = "str_is_empty")]
    pub country: Cow<'a, str>,
    /// Building or site, when known.
    #[serde(
        default,
        borrow,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub venue: Option<Cow<'a, str>>,
    /// Where it was on the map, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    /// The event it was part of, such as "G20 summit".
    #[serde(borrow)]
    pub occasion: Cow<'a, str>,
    /// What became of it.
    pub outcome: Outcome,
    /// The participant whose side sought the contact, where the readouts
    /// say.
    #[serde(
        default,
        borrow,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub initiated_by: Option<Cow<'a, str>>,
    /// Documented length of the talks, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    /// Where sources give different lengths: the shortest and the longest,
    /// in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_range_minutes: Option<[u32; 2]>,
    /// What the duration covers and who gives it, when that needs saying
    /// (only part of the talks, or sources that differ).
    #[serde(
        default,
        borrow,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub duration_note: Option<Cow<'a, str>>,
    /// Who was in the room, when documented; for meetings that did not take
    /// place, who they were planned between.
    #[serde(default, borrow, deserialize_with = "text_list")]
    pub participants: Vec<Cow<'a, str>>,
    /// Two to four sentences in the dataset's own words.
    #[serde(borrow)]
    pub summary: Cow<'a, str>,
    /// Key moments, in the dataset's own words, each with the sources
    /// that support it.
    #[serde(default, borrow, deserialize_with = "highlights")]
    pub highlights: Vec<Highlight<'a>>,
    /// Verbatim quotations.
    #[serde(default, borrow, deserialize_with = "quotes")]
    pub quotes: Vec<Quote<'a>>,
    /// Lowercase tags such as "election interference".
    #[serde(default, borrow, deserialize_with = "text_list")]
    pub topics: Vec<Cow<'a, str>>,
    /// Ids of the sources this record rests on; at least one.
    #[serde(borrow, deserialize_with = "text_list")]
    pub sources: Vec<Cow<'a, str>>,
}

impl Encounter<'_> {
    /// The same encounter, owning all its text: for keeping it after the
    /// text it was read from is gone.
    pub fn into_owned(self) -> Encounter<'static> {
        Encounter {
            id: own(self.id),
            title: own(self.title),
            channel: self.channel,
            date: self.date,
            planned: self.planned,
            time: self.time,
            city: own(self.city),
            country: own(self.country),
            venue: self.venue.map(own),
            coordinates: self.coordinates,
            occasion: own(self.occasion),
            outcome: self.outcome,
            initiated_by: self.initiated_by.map(own),
            duration_minutes: self.duration_minutes,
            duration_range_minutes: self.duration_range_minutes,
            duration_note: self.duration_note.map(own),
            participants: owned(self.participants),
            summary: own(self.summary),
            highlights: self
                .highlights
                .into_iter()
                .map(Highlight::into_owned)
                .collect(),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            topics: owned(self.topics),
            sources: owned(self.sources),
        }
    }

    /// The ids of every source the record cites: its own, then its
    /// highlights' and quotes' (an id may come more than once).
    pub fn cited(&self) -> impl Iterator<Item = &str> {
        self.sources
            .iter()
            .chain(self.highlights.iter().flat_map(|h| &h.sources))
            .chain(self.quotes.iter().flat_map(|q| {
                q.sources
                    .iter()
                    .chain(q.variants.iter().flat_map(|v| &v.sources))
            }))
            .map(AsRef::as_ref)
            .chain(
                self.coordinates
                    .iter()
                    .flat_map(|c| c.sources.iter().map(String::as_str)),
            )
    }

    /// "City, Country"; empty for a call, which has no place.
    pub fn place(&self) -> String {
        match (self.city.is_empty(), self.country.is_empty()) {
            (true, true) => String::new(),
            (false, true) => self.city.to_string(),
            (true, false) => self.country.to_string(),
            (false, false) => format!("{}, {}", self.city, self.country),
        }
    }

    /// The record's date in words, with what was planned after it where a
    /// plan was set: "28 Jun 2019, for 9 May 2020", "16 Jul 2018".
    pub fn date_text(&self) -> String {
        match &self.planned {
            Some(p) => format!("{}, for {}", self.date.human(), p.human()),
            None => self.date.human(),
        }
    }

    /// The day a quote was said: its own `said`, else the record's date.
    pub fn said<'q>(&'q self, quote: &'q Quote) -> &'q EdtfDate {
        quote.said.as_ref().unwrap_or(&self.date)
    }

    /// What a heading calls it: "Osaka: G20 bilateral meeting", or the
    /// title alone when it names the city already ("Helsinki summit") or
    /// there is no city (a call).
    pub fn headline(&self) -> String {
        if self.title_names_city() || self.city.trim().is_empty() {
            self.title.to_string()
        } else {
            format!("{}: {}", self.city, self.title)
        }
    }

    /// The headline with the country: "Osaka, Japan: G20 bilateral
    /// meeting", "Helsinki summit, Finland".
    pub fn headline_with_country(&self) -> String {
        if self.city.trim().is_empty() && self.country.trim().is_empty() {
            self.title.to_string()
        } else if self.title_names_city() {
            format!("{}, {}", self.title, self.country)
        } else {
            format!("{}: {}", self.place(), self.title)
        }
    }

    fn title_names_city(&self) -> bool {
        !self.city.trim().is_empty() && crate::text::contains_folded(&self.title, &self.city)
    }

    /// "Venue, City, Country", or "City, Country" when the venue is not
    /// known; empty for a call.
    pub fn full_place(&self) -> String {
        match &self.venue {
            Some(venue) if !self.place().is_empty() => format!("{venue}, {}", self.place()),
            Some(venue) => venue.to_string(),
            None => self.place(),
        }
    }

    /// The duration with its note, for reading: "2 h 15 min (Tillerson's
    /// figure)"; `None` when undocumented.
    pub fn duration_with_note(&self) -> Option<String> {
        let text = self.duration_text()?;
        Some(match &self.duration_note {
            Some(note) => format!("{text} ({note})"),
            None => text,
        })
    }

    /// Duration as "2 h 15 min", "45 min", "2 h"; `None` when undocumented.
    pub fn duration_text(&self) -> Option<String> {
        self.duration_minutes.map(|m| minutes_text(u64::from(m)))
    }
}

#[allow(clippy::ptr_arg)] // serde hands the field itself
fn str_is_empty(s: &Cow<'_, str>) -> bool {
    s.is_empty()
}

/// A length of time as every view writes it: "2 h 15 min", "45 min", "2 h".
pub fn minutes_text(minutes: u64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, min) => format!("{min} min"),
        (h, 0) => format!("{h} h"),
        (h, min) => format!("{h} h {min} min"),
    }
}

#[cfg(test)]
mod tests;
