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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownOutcome {
    /// What was given.
    pub given: String,
}

impl fmt::Display for UnknownOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.given.trim().is_empty() {
            // Left empty, as an import leaves what its input does not say.
            return f.write_str(
                "no outcome given; expected one of held, informal, cancelled, proposed",
            );
        }
        write!(
            f,
            "unknown outcome \"{}\"{}; expected one of held, informal, cancelled, proposed",
            self.given,
            crate::suggest::did_you_mean(self.given.trim(), Outcome::ALL.map(Outcome::as_str))
        )
    }
}

impl std::error::Error for UnknownOutcome {}

impl FromStr for Outcome {
    type Err = UnknownOutcome;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // Exactly as written in the format, as the schema says: "Held" is
        // a mistake, with a suggestion.
        Outcome::ALL
            .into_iter()
            .find(|o| o.as_str() == s)
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
    /// Ids of the sources that report the quote, word for word.
    #[serde(
        default,
        borrow,
        deserialize_with = "text_list",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub sources: Vec<Cow<'a, str>>,
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
            sources: owned(self.sources),
        }
    }
}

/// A key moment of an encounter, in the dataset's own words, with the ids
/// of the sources that support it.
///
/// In JSON a highlight is either a plain string (no sources of its own)
/// or an object `{"text": ..., "sources": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight<'a> {
    /// What happened.
    pub text: Cow<'a, str>,
    /// Ids of the sources that support it.
    pub sources: Vec<Cow<'a, str>>,
}

impl Highlight<'_> {
    /// The same highlight, owning its text.
    pub fn into_owned(self) -> Highlight<'static> {
        Highlight {
            text: own(self.text),
            sources: owned(self.sources),
        }
    }
}

impl AsRef<str> for Highlight<'_> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Highlight<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Highlight<'_> {
    /// A plain string when no sources are cited, so a dataset written
    /// with plain strings is written back the same.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        if self.sources.is_empty() {
            return s.serialize_str(&self.text);
        }
        let mut object = s.serialize_struct("Highlight", 2)?;
        object.serialize_field("text", &self.text)?;
        object.serialize_field("sources", &self.sources)?;
        object.end()
    }
}

/// The object form of a highlight.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a highlight object")]
struct CitedHighlight<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(default, borrow, deserialize_with = "text_list")]
    sources: Vec<Cow<'a, str>>,
}

impl<'de: 'a, 'a> Deserialize<'de> for Highlight<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Either<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for Either<'a> {
            type Value = Highlight<'a>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a highlight: a string, or an object with text and sources")
            }
            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                v: &'de str,
            ) -> Result<Self::Value, E> {
                Ok(Highlight {
                    text: Cow::Borrowed(v),
                    sources: Vec::new(),
                })
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Highlight {
                    text: Cow::Owned(v.to_string()),
                    sources: Vec::new(),
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                let cited =
                    CitedHighlight::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Highlight {
                    text: cited.text,
                    sources: cited.sources,
                })
            }
        }
        d.deserialize_any(Either(std::marker::PhantomData))
    }
}

impl JsonSchema for Highlight<'_> {
    fn schema_name() -> Cow<'static, str> {
        "Highlight".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A key moment in the dataset's own words: a string, or an object naming the sources that support it.",
            "oneOf": [
                { "type": "string", "minLength": 1 },
                {
                    "type": "object",
                    "properties": {
                        "text": { "type": "string", "minLength": 1 },
                        "sources": {
                            "type": "array",
                            "items": { "type": "string" },
                            "description": "Ids of the sources that support the highlight."
                        }
                    },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

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
    /// Where it was on the map, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    /// The event it was part of, such as "G20 summit".
    #[serde(borrow)]
    pub occasion: Cow<'a, str>,
    /// What became of it.
    pub outcome: Outcome,
    /// Documented length of the talks, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
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

/// A string read from JSON: borrowed from the input unless it has escapes.
/// Large datasets are mostly text, so this saves a copy of nearly all of it.
#[derive(Deserialize)]
#[serde(transparent)]
struct Text<'a>(#[serde(borrow)] Cow<'a, str>);

/// A list as long as it needs to be. A list read into a `Vec` grows as it
/// is read (room for 4, then 8, ... items), and most lists here are short:
/// one or two sources would keep room for four, and over a large dataset
/// the spare room costs a fifth of the records' memory. Up to eight items
/// are read onto the stack first, then given one allocation of their size.
struct Exact<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Exact<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        const FIRST: usize = 8;
        let mut first: [Option<T>; FIRST] = [const { None }; FIRST];
        let mut n = 0;
        while n < FIRST {
            match seq.next_element()? {
                Some(item) => first[n] = Some(item),
                None => break,
            }
            n += 1;
        }
        let mut list = Vec::with_capacity(if n < FIRST { n } else { 2 * FIRST });
        list.extend(first.into_iter().flatten());
        if n == FIRST {
            while let Some(item) = seq.next_element()? {
                list.push(item);
            }
            list.shrink_to_fit();
        }
        Ok(list)
    }
}

fn exact<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    d.deserialize_seq(Exact(std::marker::PhantomData))
}

fn text_list<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Vec<Cow<'a, str>>, D::Error> {
    let list: Vec<Text<'de>> = exact(d)?;
    // Collected in place: the same allocation.
    Ok(list.into_iter().map(|t| t.0).collect())
}

fn strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    exact(d)
}

fn highlights<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Vec<Highlight<'a>>, D::Error> {
    exact(d)
}

fn quotes<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Vec<Quote<'a>>, D::Error> {
    exact(d)
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
            coordinates: self.coordinates,
            occasion: own(self.occasion),
            outcome: self.outcome,
            duration_minutes: self.duration_minutes,
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
            .chain(self.quotes.iter().flat_map(|q| &q.sources))
            .map(AsRef::as_ref)
            .chain(
                self.coordinates
                    .iter()
                    .flat_map(|c| c.sources.iter().map(String::as_str)),
            )
    }

    /// "City, Country".
    pub fn place(&self) -> String {
        format!("{}, {}", self.city, self.country)
    }

    /// What a heading calls it: "Osaka: G20 bilateral meeting", or the
    /// title alone when it names the city already ("Helsinki summit").
    pub fn headline(&self) -> String {
        if self.title_names_city() {
            self.title.to_string()
        } else {
            format!("{}: {}", self.city, self.title)
        }
    }

    /// The headline with the country: "Osaka, Japan: G20 bilateral
    /// meeting", "Helsinki summit, Finland".
    pub fn headline_with_country(&self) -> String {
        if self.title_names_city() {
            format!("{}, {}", self.title, self.country)
        } else {
            format!("{}: {}", self.place(), self.title)
        }
    }

    fn title_names_city(&self) -> bool {
        !self.city.trim().is_empty() && crate::text::contains_folded(&self.title, &self.city)
    }

    /// "Venue, City, Country", or "City, Country" when the venue is not
    /// known.
    pub fn full_place(&self) -> String {
        match &self.venue {
            Some(venue) => format!("{venue}, {}, {}", self.city, self.country),
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

/// A length of time as every view writes it: "2 h 15 min", "45 min", "2 h".
pub fn minutes_text(minutes: u64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, min) => format!("{min} min"),
        (h, 0) => format!("{h} h"),
        (h, min) => format!("{h} h {min} min"),
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
    /// Where to read it: an absolute http(s) URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A copy kept by an archive, should the page change or go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_url: Option<String>,
    /// The work exists only on paper (or otherwise offline), so it has no
    /// URL; strict validation accepts it without one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub print_only: bool,
    /// Anything a reader should know about the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// A one-line citation: `Authors. "Title". Publisher, date. Note URL`,
    /// with the archived copy after the URL when there is one.
    pub fn citation(&self) -> String {
        let mut s = self.reference();
        if let Some(url) = &self.url {
            s.push(' ');
            s.push_str(url);
        }
        if let Some(url) = &self.archive_url {
            s.push_str(&format!(" (archived: {url})"));
        }
        s
    }

    /// The citation without its URLs: `Authors. "Title". Publisher, date.
    /// Note`.
    pub fn reference(&self) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Lists read from JSON hold no spare room: a large dataset would
    /// keep room for four sources where one is given.
    #[test]
    fn lists_are_read_to_their_exact_length() {
        let ids: Vec<String> = (0..20).map(|i| format!("\"s{i}\"")).collect();
        for n in [0, 1, 2, 7, 8, 9, 20] {
            let sources = ids[..n].join(", ");
            let json = format!(
                r#"{{"id": "a", "title": "T", "date": "2019", "city": "C", "country": "K",
                   "occasion": "O", "outcome": "held", "summary": "S.",
                   "participants": [{sources}], "topics": [{sources}],
                   "highlights": [{}], "quotes": [{}],
                   "coordinates": {{"latitude": 1, "longitude": 2, "of": "city", "sources": [{sources}]}},
                   "sources": [{sources}]}}"#,
                vec![format!(r#"{{"text": "h", "sources": [{sources}]}}"#); n].join(", "),
                vec![format!(r#"{{"speaker": "A", "text": "q", "sources": [{sources}]}}"#); n]
                    .join(", "),
            );
            let e: Encounter = serde_json::from_str(&json).unwrap();
            let exact = |len: usize, cap: usize| len == n && cap == n;
            assert!(exact(e.sources.len(), e.sources.capacity()), "{n}");
            assert!(
                exact(e.participants.len(), e.participants.capacity()),
                "{n}"
            );
            assert!(exact(e.topics.len(), e.topics.capacity()), "{n}");
            assert!(exact(e.highlights.len(), e.highlights.capacity()), "{n}");
            assert!(exact(e.quotes.len(), e.quotes.capacity()), "{n}");
            let c = e.coordinates.unwrap();
            assert!(exact(c.sources.len(), c.sources.capacity()), "{n}");
            for h in &e.highlights {
                assert!(exact(h.sources.len(), h.sources.capacity()), "{n}");
            }
            for q in &e.quotes {
                assert!(exact(q.sources.len(), q.sources.capacity()), "{n}");
            }
            // In order, and all of them.
            assert_eq!(
                e.sources
                    .iter()
                    .map(|s| format!("\"{s}\""))
                    .collect::<Vec<_>>(),
                ids[..n]
            );
        }
    }
}
