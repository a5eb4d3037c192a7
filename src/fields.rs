//! The fields of a record, described once: their names in the format,
//! which a record must have, how they read, and the columns a list of
//! records can show (`column.rs`). The loader, the importers, the list,
//! search and diff all take the fields from here.

use crate::model::Encounter;

mod column;

pub use column::Column;
pub(crate) use column::Wrap;

/// One field of a record, in the format's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// A stable handle.
    Id,
    /// A short title.
    Title,
    /// In person, a call, or an envoy's meeting.
    Channel,
    /// The record's day (EDTF): when it took place, or when a meeting
    /// cancelled or proposed was made public.
    Date,
    /// The day or period a meeting cancelled or proposed was planned for.
    Planned,
    /// When it began on the local clock, with the UTC offset.
    Time,
    /// The city.
    City,
    /// The country.
    Country,
    /// The building or site.
    Venue,
    /// Where it was on the map.
    Coordinates,
    /// The event it was part of.
    Occasion,
    /// What became of it.
    Outcome,
    /// The participant whose side sought the contact.
    InitiatedBy,
    /// The documented length, in minutes.
    DurationMinutes,
    /// The shortest and longest lengths sources give, in minutes.
    DurationRangeMinutes,
    /// What the duration covers.
    DurationNote,
    /// Who was there.
    Participants,
    /// Two to four sentences.
    Summary,
    /// Key moments, each with its sources.
    Highlights,
    /// Verbatim quotations.
    Quotes,
    /// Lowercase tags.
    Topics,
    /// The ids of the sources the record rests on.
    Sources,
}

/// What kind of value a field holds, in JSON and in a CSV cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A string.
    Text,
    /// An EDTF date, as a string.
    Date,
    /// A time of day with its UTC offset, as a string.
    Time,
    /// A whole number of minutes.
    Minutes,
    /// Two whole numbers of minutes, shortest first.
    Range,
    /// A list of strings, one per line in a CSV cell.
    List,
    /// Highlights: a string each, or `{text, sources}`.
    Highlights,
    /// Quotes: `{speaker, text, context?, said?, sources?, variants?}`.
    Quotes,
    /// `{latitude, longitude, of, sources}`.
    Coordinates,
}

/// Where a timeline is imported from: each carries some fields of a
/// record, and a base dataset gives back the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Importer {
    /// A TimelineJS sheet.
    TimelineJs,
    /// summit's own CSV (with every column it writes).
    Csv,
    /// A calendar (iCalendar).
    Calendar,
}

impl Field {
    /// Every field, in the format's order.
    pub const ALL: [Field; 22] = [
        Field::Id,
        Field::Title,
        Field::Channel,
        Field::Date,
        Field::Planned,
        Field::Time,
        Field::City,
        Field::Country,
        Field::Venue,
        Field::Coordinates,
        Field::Occasion,
        Field::Outcome,
        Field::InitiatedBy,
        Field::DurationMinutes,
        Field::DurationRangeMinutes,
        Field::DurationNote,
        Field::Participants,
        Field::Summary,
        Field::Highlights,
        Field::Quotes,
        Field::Topics,
        Field::Sources,
    ];

    /// Every field's name, in the format's order.
    pub const NAMES: [&'static str; 22] = {
        let mut names = [""; 22];
        let mut i = 0;
        while i < names.len() {
            names[i] = Field::ALL[i].name();
            i += 1;
        }
        names
    };

    /// Its name in the JSON format.
    pub const fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::Channel => "channel",
            Field::Date => "date",
            Field::Planned => "planned",
            Field::Time => "time",
            Field::City => "city",
            Field::Country => "country",
            Field::Venue => "venue",
            Field::Coordinates => "coordinates",
            Field::Occasion => "occasion",
            Field::Outcome => "outcome",
            Field::InitiatedBy => "initiated_by",
            Field::DurationMinutes => "duration_minutes",
            Field::DurationRangeMinutes => "duration_range_minutes",
            Field::DurationNote => "duration_note",
            Field::Participants => "participants",
            Field::Summary => "summary",
            Field::Highlights => "highlights",
            Field::Quotes => "quotes",
            Field::Topics => "topics",
            Field::Sources => "sources",
        }
    }

    /// The field a name in the format stands for.
    pub fn named(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    /// What kind of value it holds.
    pub fn shape(self) -> Shape {
        match self {
            Field::Date | Field::Planned => Shape::Date,
            Field::Time => Shape::Time,
            Field::DurationMinutes => Shape::Minutes,
            Field::DurationRangeMinutes => Shape::Range,
            Field::Participants | Field::Topics | Field::Sources => Shape::List,
            Field::Highlights => Shape::Highlights,
            Field::Quotes => Shape::Quotes,
            Field::Coordinates => Shape::Coordinates,
            _ => Shape::Text,
        }
    }

    /// True for the fields every record must fill in, whatever its
    /// channel.
    pub fn required(self) -> bool {
        matches!(
            self,
            Field::Id
                | Field::Title
                | Field::Date
                | Field::Occasion
                | Field::Outcome
                | Field::Summary
                | Field::Sources
        )
    }

    /// True for the fields a record of `channel` must fill in: a meeting
    /// and an envoy's meeting have a place, a call has none.
    pub fn required_for(self, channel: crate::model::Channel) -> bool {
        self.required() || (matches!(self, Field::City | Field::Country) && channel.has_place())
    }

    /// True for the fields a record of `channel` may hold: a call has no
    /// place, venue or coordinates.
    pub fn allowed_for(self, channel: crate::model::Channel) -> bool {
        channel.has_place()
            || !matches!(
                self,
                Field::City | Field::Country | Field::Venue | Field::Coordinates
            )
    }

    /// Whether a timeline imported from `from` carries the field: then
    /// what it leaves empty is empty. What it does not carry comes from a
    /// base dataset's record of the same id wherever the input gives
    /// nothing. (summit's CSV carries each field it has a column for; this
    /// is what its full header has.)
    pub fn carried_by(self, from: Importer) -> bool {
        match from {
            Importer::TimelineJs => matches!(
                self,
                Field::Id | Field::Title | Field::Date | Field::Outcome | Field::Summary
            ),
            // A calendar may also give a channel (its categories), a time
            // and a length (a timed event); where it does not, the base's
            // stand.
            Importer::Calendar => matches!(
                self,
                Field::Id
                    | Field::Title
                    | Field::Date
                    | Field::City
                    | Field::Country
                    | Field::Venue
                    | Field::Outcome
                    | Field::Summary
            ),
            Importer::Csv => self != Field::Coordinates,
        }
    }

    /// Its name for readers, where the format's would not do:
    /// "duration (minutes)".
    pub fn label(self) -> &'static str {
        match self {
            Field::DurationMinutes => "duration (minutes)",
            Field::DurationRangeMinutes => "range of durations (minutes)",
            Field::DurationNote => "note on the duration",
            Field::InitiatedBy => "initiated by",
            Field::Planned => "planned for",
            Field::Time => "time",
            other => other.name(),
        }
    }

    /// Where `search` looks, and how much a match there counts: the name
    /// of the group it reports (a place is its city, country and venue)
    /// and its weight. `None` for what search does not read.
    pub fn searched(self) -> Option<(&'static str, u32)> {
        Some(match self {
            Field::Title => ("title", 8),
            Field::City | Field::Country | Field::Venue => ("place", 6),
            Field::Participants | Field::InitiatedBy => ("participants", 5),
            Field::Topics => ("topics", 5),
            Field::Occasion => ("occasion", 4),
            Field::Quotes => ("quotes", 3),
            Field::Summary => ("summary", 2),
            Field::Highlights => ("highlights", 2),
            _ => return None,
        })
    }
}

impl Encounter<'_> {
    /// Call `f` with each text `field` holds, in order, until it says to
    /// stop: a list's items, a quote's words, speaker and context, a
    /// highlight's text. Nothing is allocated, so reading many records
    /// costs only the reading. Fields that hold no text (coordinates, the
    /// duration in minutes) give none; the outcome its name.
    pub fn texts<'e>(
        &'e self,
        field: Field,
        f: &mut dyn FnMut(&'e str) -> std::ops::ControlFlow<()>,
    ) -> std::ops::ControlFlow<()> {
        use std::ops::ControlFlow::Continue;
        let mut each = |items: &mut dyn Iterator<Item = &'e str>| {
            for item in items {
                f(item)?;
            }
            Continue(())
        };
        match field {
            Field::Id => f(&self.id),
            Field::Title => f(&self.title),
            Field::Channel => f(self.channel.as_str()),
            Field::Date => f(self.date.as_str()),
            Field::Planned => each(&mut self.planned.as_ref().map(|d| d.as_str()).into_iter()),
            Field::City => each(
                &mut Some(self.city.as_ref())
                    .filter(|c| !c.is_empty())
                    .into_iter(),
            ),
            Field::Country => each(
                &mut Some(self.country.as_ref())
                    .filter(|c| !c.is_empty())
                    .into_iter(),
            ),
            Field::Venue => each(&mut self.venue.as_deref().into_iter()),
            Field::Occasion => f(&self.occasion),
            Field::Outcome => f(self.outcome.as_str()),
            Field::InitiatedBy => each(&mut self.initiated_by.as_deref().into_iter()),
            Field::DurationNote => each(&mut self.duration_note.as_deref().into_iter()),
            Field::Participants => each(&mut self.participants.iter().map(AsRef::as_ref)),
            Field::Summary => f(&self.summary),
            Field::Highlights => each(&mut self.highlights.iter().map(|h| h.text.as_ref())),
            Field::Quotes => each(&mut self.quotes.iter().flat_map(|q| {
                [q.text.as_ref(), q.speaker.as_ref()]
                    .into_iter()
                    .chain(q.context.as_deref())
                    .chain(q.variants.iter().map(|v| v.text.as_ref()))
            })),
            Field::Topics => each(&mut self.topics.iter().map(AsRef::as_ref)),
            Field::Sources => each(&mut self.sources.iter().map(AsRef::as_ref)),
            Field::Coordinates
            | Field::DurationMinutes
            | Field::DurationRangeMinutes
            | Field::Time => Continue(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csv_columns_are_the_fields_with_the_days_after_the_date() {
        let names: Vec<&str> = Column::csv().iter().map(|c| c.as_str()).collect();
        assert_eq!(
            names,
            [
                "id",
                "title",
                "channel",
                "date",
                "start",
                "end",
                "planned",
                "time",
                "city",
                "country",
                "venue",
                "occasion",
                "outcome",
                "initiated_by",
                "duration_minutes",
                "duration_range_minutes",
                "duration_note",
                "participants",
                "summary",
                "highlights",
                "quotes",
                "topics",
                "sources"
            ]
        );
        for c in Column::csv() {
            assert!(Column::ALL.contains(&c), "{c:?}");
        }
    }

    #[test]
    fn fields_know_their_names_and_what_is_required() {
        for f in Field::ALL {
            assert_eq!(Field::named(f.name()), Some(f));
        }
        assert_eq!(Field::named("sumary"), None);
        let required: Vec<&str> = Field::ALL
            .into_iter()
            .filter(|f| f.required())
            .map(Field::name)
            .collect();
        assert_eq!(
            required,
            [
                "id", "title", "date", "occasion", "outcome", "summary", "sources"
            ]
        );
        // A place for a meeting and an envoy's meeting; none for a call.
        use crate::model::Channel;
        for channel in Channel::ALL {
            let place = channel != Channel::Call;
            for f in [Field::City, Field::Country] {
                assert_eq!(f.required_for(channel), place, "{f:?} {channel}");
            }
            for f in [
                Field::City,
                Field::Country,
                Field::Venue,
                Field::Coordinates,
            ] {
                assert_eq!(f.allowed_for(channel), place, "{f:?} {channel}");
            }
            assert!(Field::Title.required_for(channel) && Field::Time.allowed_for(channel));
            assert!(!Field::Planned.required_for(channel));
        }
        assert_eq!(Field::DurationMinutes.label(), "duration (minutes)");
        assert_eq!(Field::Title.label(), "title");
    }

    #[test]
    fn texts_of_each_field() {
        let d = crate::testing::record();
        let e = d.encounter("2018-helsinki").unwrap();
        let texts = |field| {
            let mut out = Vec::new();
            let _ = e.texts(field, &mut |t| {
                out.push(t.to_string());
                std::ops::ControlFlow::Continue(())
            });
            out
        };
        assert_eq!(texts(Field::Venue), ["Presidential Palace"]);
        assert_eq!(texts(Field::Outcome), ["held"]);
        assert_eq!(texts(Field::Date), ["2018-07-16"]);
        assert!(texts(Field::Coordinates).is_empty());
        let quotes = texts(Field::Quotes);
        assert_eq!(quotes[1], e.quotes[0].speaker);
        // Reading stops when asked.
        let mut seen = 0;
        let _ = e.texts(Field::Highlights, &mut |_| {
            seen += 1;
            std::ops::ControlFlow::Break(())
        });
        assert_eq!(seen, 1);
    }
}
