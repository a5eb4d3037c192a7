//! The records of a dataset: encounters, quotes, sources and context events.
//!
//! Field names are those of the JSON format; serialising a record gives back
//! the object it was read from.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::date::EdtfDate;

/// What became of an encounter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// A planned meeting that took place.
    Held,
    /// The two met or spoke in person without a planned bilateral meeting:
    /// a pull-aside, a dinner conversation, a handshake.
    Informal,
    /// A scheduled meeting that was called off.
    Cancelled,
    /// An invitation or plan that never became a meeting.
    Proposed,
}

impl Outcome {
    /// Every outcome, in their natural order.
    pub const ALL: [Outcome; 4] = [
        Outcome::Held,
        Outcome::Informal,
        Outcome::Cancelled,
        Outcome::Proposed,
    ];

    /// The name used in the JSON format and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Held => "held",
            Outcome::Informal => "informal",
            Outcome::Cancelled => "cancelled",
            Outcome::Proposed => "proposed",
        }
    }

    /// One sentence saying what the outcome means.
    pub fn meaning(self) -> &'static str {
        match self {
            Outcome::Held => "a planned meeting that took place",
            Outcome::Informal => "met or spoke in person without a planned bilateral meeting",
            Outcome::Cancelled => "a scheduled meeting that was called off",
            Outcome::Proposed => "an invitation or plan that never became a meeting",
        }
    }

    /// True for outcomes where the two were actually together.
    pub fn took_place(self) -> bool {
        matches!(self, Outcome::Held | Outcome::Informal)
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a string that names no outcome; suggests the nearest one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown outcome \"{given}\"{}; expected one of held, informal, cancelled, proposed",
    crate::suggest::did_you_mean(&.given.trim().to_lowercase(), Outcome::ALL.map(Outcome::as_str)))]
pub struct UnknownOutcome {
    /// What was given.
    pub given: String,
}

impl FromStr for Outcome {
    type Err = UnknownOutcome;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim();
        Outcome::ALL
            .into_iter()
            .find(|o| o.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| UnknownOutcome {
                given: s.to_string(),
            })
    }
}

impl<'de> Deserialize<'de> for Outcome {
    /// From its name, with a "did you mean" for a misspelt one.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Name;
        impl serde::de::Visitor<'_> for Name {
            type Value = Outcome;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an outcome: held, informal, cancelled or proposed")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Outcome, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Name)
    }
}

/// A verbatim quotation from a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a quote object")]
pub struct Quote<'a> {
    /// Who said it.
    #[serde(borrow)]
    pub speaker: Cow<'a, str>,
    /// The words, exactly as in the source.
    #[serde(borrow)]
    pub text: Cow<'a, str>,
    /// When, where or to whom it was said.
    #[serde(
        default,
        borrow,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub context: Option<Cow<'a, str>>,
}

impl Quote<'_> {
    /// Who said it, and when or where when that is known:
    /// "Vladimir Putin · In English, joking with Trump".
    pub fn attribution(&self) -> String {
        match &self.context {
            Some(c) => format!("{} · {c}", self.speaker),
            None => self.speaker.to_string(),
        }
    }

    /// The same quote, owning its text.
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            speaker: own(self.speaker),
            text: own(self.text),
            context: self.context.map(own),
        }
    }
}

/// One encounter (or planned encounter) between the two leaders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "an encounter object")]
pub struct Encounter<'a> {
    /// Stable handle: lowercase letters, digits and hyphens, unique.
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    /// Short title, such as "Helsinki summit".
    #[serde(borrow)]
    pub title: Cow<'a, str>,
    /// When it happened or was to happen.
    pub date: EdtfDate,
    /// City where it happened or was to happen.
    #[serde(borrow)]
    pub city: Cow<'a, str>,
    /// Country where it happened or was to happen.
    #[serde(borrow)]
    pub country: Cow<'a, str>,
    /// Building or site, when known.
    #[serde(
        default,
        borrow,
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub venue: Option<Cow<'a, str>>,
    /// The event it was part of, such as "G20 summit".
    #[serde(borrow)]
    pub occasion: Cow<'a, str>,
    /// What became of it.
    pub outcome: Outcome,
    /// Documented length of the talks, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    /// Who was in the room, when documented; for meetings that did not take
    /// place, who they were planned between.
    #[serde(default, borrow, deserialize_with = "text_list")]
    pub participants: Vec<Cow<'a, str>>,
    /// Two to four sentences in the dataset's own words.
    #[serde(borrow)]
    pub summary: Cow<'a, str>,
    /// Key moments, in the dataset's own words.
    #[serde(default, borrow, deserialize_with = "text_list")]
    pub highlights: Vec<Cow<'a, str>>,
    /// Verbatim quotations.
    #[serde(default, borrow)]
    pub quotes: Vec<Quote<'a>>,
    /// Lowercase tags such as "election interference".
    #[serde(default, borrow, deserialize_with = "text_list")]
    pub topics: Vec<Cow<'a, str>>,
    /// Ids of the sources this record rests on; at least one.
    #[serde(borrow, deserialize_with = "text_list")]
    pub sources: Vec<Cow<'a, str>>,
}

/// A string read from JSON: borrowed from the input unless it has escapes.
/// Large datasets are mostly text, so this saves a copy of nearly all of it.
#[derive(Deserialize)]
#[serde(transparent)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

fn text_list<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Vec<Cow<'a, str>>, D::Error> {
    let list: Vec<Text<'de>> = Vec::deserialize(d)?;
    Ok(list.into_iter().map(|t| t.0).collect())
}

fn optional_text<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Cow<'a, str>>, D::Error> {
    Ok(Option::<Text<'de>>::deserialize(d)?.map(|t| t.0))
}

fn own(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

fn owned(list: Vec<Cow<'_, str>>) -> Vec<Cow<'static, str>> {
    list.into_iter().map(own).collect()
}

impl Encounter<'_> {
    /// The same encounter, owning all its text: for keeping it after the
    /// text it was read from is gone.
    pub fn into_owned(self) -> Encounter<'static> {
        Encounter {
            id: own(self.id),
            title: own(self.title),
            date: self.date,
            city: own(self.city),
            country: own(self.country),
            venue: self.venue.map(own),
            occasion: own(self.occasion),
            outcome: self.outcome,
            duration_minutes: self.duration_minutes,
            participants: owned(self.participants),
            summary: own(self.summary),
            highlights: owned(self.highlights),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            topics: owned(self.topics),
            sources: owned(self.sources),
        }
    }

    /// "City, Country".
    pub fn place(&self) -> String {
        format!("{}, {}", self.city, self.country)
    }

    /// "Venue, City, Country", or "City, Country" when the venue is not
    /// known.
    pub fn full_place(&self) -> String {
        match &self.venue {
            Some(venue) => format!("{venue}, {}, {}", self.city, self.country),
            None => self.place(),
        }
    }

    /// Duration as "2 h 15 min", "45 min", "2 h"; `None` when undocumented.
    pub fn duration_text(&self) -> Option<String> {
        self.duration_minutes.map(|m| match (m / 60, m % 60) {
            (0, min) => format!("{min} min"),
            (h, 0) => format!("{h} h"),
            (h, min) => format!("{h} h {min} min"),
        })
    }
}

/// A work that records are drawn from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a source object")]
pub struct Source {
    /// Handle that records cite.
    pub id: String,
    /// Title of the work.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Its authors, if any are named.
    #[serde(default)]
    pub authors: Vec<String>,
    /// When it was published.
    pub date: EdtfDate,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Anything a reader should know about the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// A one-line citation: `Authors. "Title". Publisher, date. Note URL`.
    pub fn citation(&self) -> String {
        let mut s = String::new();
        if !self.authors.is_empty() {
            s.push_str(&self.authors.join(", "));
            s.push_str(". ");
        }
        s.push_str(&format!(
            "\"{}\". {}, {}.",
            self.title,
            self.publisher,
            self.date.human()
        ));
        if let Some(note) = &self.note {
            s.push(' ');
            s.push_str(note);
        }
        if let Some(url) = &self.url {
            s.push(' ');
            s.push_str(url);
        }
        s
    }
}

/// A dated event that is not an encounter but gives the timeline context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a context event object")]
pub struct ContextEvent {
    /// When it happened.
    pub date: EdtfDate,
    /// What happened.
    pub title: String,
    /// Ids of the sources it rests on.
    pub sources: Vec<String>,
}
