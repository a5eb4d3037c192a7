//! The fields of an encounter, described once: their names in the format,
//! which a record must have, how they read, and the columns a list of
//! encounters can show. The loader, the importers, the list, search and
//! diff all take the fields from here.

use crate::model::Encounter;

/// One field of an encounter record, in the format's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// A stable handle.
    Id,
    /// A short title.
    Title,
    /// When it happened or was to happen (EDTF).
    Date,
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
    /// The documented length, in minutes.
    DurationMinutes,
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

impl Field {
    /// Every field, in the format's order.
    pub const ALL: [Field; 17] = [
        Field::Id,
        Field::Title,
        Field::Date,
        Field::City,
        Field::Country,
        Field::Venue,
        Field::Coordinates,
        Field::Occasion,
        Field::Outcome,
        Field::DurationMinutes,
        Field::DurationNote,
        Field::Participants,
        Field::Summary,
        Field::Highlights,
        Field::Quotes,
        Field::Topics,
        Field::Sources,
    ];

    /// Every field's name, in the format's order.
    pub const NAMES: [&'static str; 17] = {
        let mut names = [""; 17];
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
            Field::Date => "date",
            Field::City => "city",
            Field::Country => "country",
            Field::Venue => "venue",
            Field::Coordinates => "coordinates",
            Field::Occasion => "occasion",
            Field::Outcome => "outcome",
            Field::DurationMinutes => "duration_minutes",
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

    /// True for the fields every record must fill in.
    pub fn required(self) -> bool {
        matches!(
            self,
            Field::Id
                | Field::Title
                | Field::Date
                | Field::City
                | Field::Country
                | Field::Occasion
                | Field::Outcome
                | Field::Summary
                | Field::Sources
        )
    }

    /// Its name for readers, where the format's would not do:
    /// "duration (minutes)".
    pub fn label(self) -> &'static str {
        match self {
            Field::DurationMinutes => "duration (minutes)",
            Field::DurationNote => "note on the duration",
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
            Field::Participants => ("participants", 5),
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
            Field::Date => f(self.date.as_str()),
            Field::City => f(&self.city),
            Field::Country => f(&self.country),
            Field::Venue => each(&mut self.venue.as_deref().into_iter()),
            Field::Occasion => f(&self.occasion),
            Field::Outcome => f(self.outcome.as_str()),
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
            Field::Coordinates | Field::DurationMinutes => Continue(()),
        }
    }
}

/// One column of an encounter list, in tables, CSV and Markdown: a field,
/// or what is worked out from one (the date's first and last day, the
/// place, the duration in words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// A field as it stands.
    Field(Field),
    /// The date's first day (`YYYY-MM-DD`).
    Start,
    /// The date's last day.
    End,
    /// "City, Country".
    Place,
    /// The documented length, in words ("2 h 15 min").
    Duration,
}

/// How a table treats a column when the terminal is narrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wrap {
    /// Never wrapped: ids, dates and other handles are copied whole.
    Never,
    /// Wrapped at spaces, never inside a word, and given at least this many
    /// columns (or its whole text, if shorter) before others are hidden.
    Words(usize),
}

impl Column {
    /// The columns `--columns` offers, in the order CSV writes them.
    pub const ALL: [Column; 20] = [
        Column::Field(Field::Id),
        Column::Field(Field::Title),
        Column::Field(Field::Date),
        Column::Start,
        Column::End,
        Column::Place,
        Column::Field(Field::City),
        Column::Field(Field::Country),
        Column::Field(Field::Venue),
        Column::Field(Field::Occasion),
        Column::Field(Field::Outcome),
        Column::Duration,
        Column::Field(Field::DurationMinutes),
        Column::Field(Field::DurationNote),
        Column::Field(Field::Participants),
        Column::Field(Field::Summary),
        Column::Field(Field::Highlights),
        Column::Field(Field::Quotes),
        Column::Field(Field::Topics),
        Column::Field(Field::Sources),
    ];

    /// The columns of a table or Markdown list unless `--columns` says.
    pub const TABLE: [Column; 6] = [
        Column::Field(Field::Id),
        Column::Field(Field::Date),
        Column::Place,
        Column::Field(Field::Occasion),
        Column::Field(Field::Outcome),
        Column::Duration,
    ];

    /// The columns of CSV unless `--columns` says: every field of the
    /// format but the coordinates, with the date's first and last day
    /// after it.
    pub fn csv() -> Vec<Column> {
        Field::ALL
            .into_iter()
            .filter(|f| *f != Field::Coordinates)
            .flat_map(|f| match f {
                Field::Date => vec![Column::Field(f), Column::Start, Column::End],
                f => vec![Column::Field(f)],
            })
            .collect()
    }

    /// The name `--columns` takes, and CSV's header.
    pub fn as_str(self) -> &'static str {
        match self {
            Column::Field(f) => f.name(),
            Column::Start => "start",
            Column::End => "end",
            Column::Place => "place",
            Column::Duration => "duration",
        }
    }

    /// What the column holds, for `--help`.
    pub fn meaning(self) -> &'static str {
        match self {
            Column::Field(Field::Id) => "the record's id",
            Column::Field(Field::Title) => "its title",
            Column::Field(Field::Date) => "the date (in words in tables, EDTF in CSV)",
            Column::Start => "the date's first day",
            Column::End => "the date's last day",
            Column::Place => "city and country",
            Column::Field(Field::City) => "the city",
            Column::Field(Field::Country) => "the country",
            Column::Field(Field::Venue) => "the building or site",
            Column::Field(Field::Occasion) => "the event it was part of",
            Column::Field(Field::Outcome) => "held, informal, cancelled or proposed",
            Column::Duration => "the documented length in words",
            Column::Field(Field::DurationMinutes) => "the documented length in minutes",
            Column::Field(Field::DurationNote) => "what the duration covers",
            Column::Field(Field::Participants) => "who was there",
            Column::Field(Field::Summary) => "the summary",
            Column::Field(Field::Highlights) => "the key moments",
            Column::Field(Field::Quotes) => "the quotes",
            Column::Field(Field::Topics) => "the topics",
            Column::Field(Field::Sources) => "the ids of the sources",
            Column::Field(Field::Coordinates) => "where it was on the map",
        }
    }

    /// The heading a table gives the column.
    pub fn header(self) -> &'static str {
        match self {
            Column::Field(Field::Id) => "ID",
            Column::Field(Field::Title) => "Title",
            Column::Field(Field::Date) => "Date",
            Column::Start => "Start",
            Column::End => "End",
            Column::Place => "Place",
            Column::Field(Field::City) => "City",
            Column::Field(Field::Country) => "Country",
            Column::Field(Field::Venue) => "Venue",
            Column::Field(Field::Occasion) => "Occasion",
            Column::Field(Field::Outcome) => "Outcome",
            Column::Duration => "Duration",
            Column::Field(Field::DurationMinutes) => "Minutes",
            Column::Field(Field::DurationNote) => "Duration note",
            Column::Field(Field::Participants) => "Participants",
            Column::Field(Field::Summary) => "Summary",
            Column::Field(Field::Highlights) => "Highlights",
            Column::Field(Field::Quotes) => "Quotes",
            Column::Field(Field::Topics) => "Topics",
            Column::Field(Field::Sources) => "Sources",
            Column::Field(Field::Coordinates) => "Coordinates",
        }
    }

    /// The value for reading (tables, Markdown): dates in words, list
    /// items joined with "; ".
    pub fn text(self, e: &Encounter) -> String {
        match self {
            Column::Field(Field::Date) => e.date.human(),
            _ => self.joined(e, "; "),
        }
    }

    /// The value as data (CSV): dates as written in the dataset, list items
    /// one per line (no item may hold a line break, so they split back
    /// exactly), a quote as `Speaker: "text"`, then ` (context)` if any.
    pub fn value(self, e: &Encounter) -> String {
        self.joined(e, "\n")
    }

    fn joined(self, e: &Encounter, separator: &str) -> String {
        match self {
            Column::Start => e.date.start().to_string(),
            Column::End => e.date.end().to_string(),
            Column::Place => e.place(),
            Column::Duration => e.duration_text().unwrap_or_default(),
            Column::Field(Field::DurationMinutes) => e
                .duration_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
            Column::Field(Field::Quotes) => e
                .quotes
                .iter()
                .map(crate::model::Quote::line)
                .collect::<Vec<_>>()
                .join(separator),
            Column::Field(Field::Coordinates) => e
                .coordinates
                .as_ref()
                .map(|c| c.human())
                .unwrap_or_default(),
            Column::Field(field) => {
                let mut items = Vec::new();
                let _ = e.texts(field, &mut |t| {
                    items.push(t);
                    std::ops::ControlFlow::Continue(())
                });
                items.join(separator)
            }
        }
    }

    /// How a table wraps the column.
    pub(crate) fn wrap(self) -> Wrap {
        match self {
            Column::Field(
                Field::Id | Field::Date | Field::Outcome | Field::DurationMinutes | Field::Sources,
            )
            | Column::Start
            | Column::End => Wrap::Never,
            Column::Duration | Column::Field(Field::City | Field::Country) => Wrap::Words(8),
            Column::Place => Wrap::Words(17),
            Column::Field(Field::Summary | Field::Highlights | Field::Quotes) => Wrap::Words(30),
            Column::Field(_) => Wrap::Words(16),
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
                "date",
                "start",
                "end",
                "city",
                "country",
                "venue",
                "occasion",
                "outcome",
                "duration_minutes",
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
                "id", "title", "date", "city", "country", "occasion", "outcome", "summary",
                "sources"
            ]
        );
        assert_eq!(Field::DurationMinutes.label(), "duration (minutes)");
        assert_eq!(Field::Title.label(), "title");
    }

    #[test]
    fn texts_of_each_field() {
        let d = crate::testing::record();
        let e = d.encounter("helsinki-2018").unwrap();
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
