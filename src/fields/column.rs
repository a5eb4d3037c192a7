//! The columns of a list of records, in tables, CSV and Markdown.

use super::Field;
use crate::model::Encounter;

/// One column of a list of records, in tables, CSV and Markdown: a field,
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
    /// What the record is: the outcome of a meeting, else the channel
    /// (held, informal, cancelled, proposed, call, envoy).
    Kind,
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
    pub const ALL: [Column; 26] = [
        Column::Field(Field::Id),
        Column::Field(Field::Title),
        Column::Field(Field::Channel),
        Column::Kind,
        Column::Field(Field::Date),
        Column::Start,
        Column::End,
        Column::Field(Field::Planned),
        Column::Field(Field::Time),
        Column::Place,
        Column::Field(Field::City),
        Column::Field(Field::Country),
        Column::Field(Field::Venue),
        Column::Field(Field::Occasion),
        Column::Field(Field::Outcome),
        Column::Field(Field::InitiatedBy),
        Column::Duration,
        Column::Field(Field::DurationMinutes),
        Column::Field(Field::DurationRangeMinutes),
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
        Column::Field(Field::Title),
        Column::Kind,
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
            Column::Kind => "kind",
        }
    }

    /// What the column holds, for `--help`.
    pub fn meaning(self) -> &'static str {
        match self {
            Column::Field(Field::Id) => "the record's id",
            Column::Field(Field::Title) => "its title",
            Column::Field(Field::Channel) => "meeting, call or envoy",
            Column::Kind => "held, informal, cancelled, proposed, call or envoy",
            Column::Field(Field::Date) => {
                "the record's day: when it took place, or when a meeting cancelled or proposed was made public (in words in tables, EDTF in CSV)"
            }
            Column::Field(Field::Planned) => {
                "the day or period a meeting cancelled or proposed was planned for"
            }
            Column::Field(Field::Time) => "when it began on the local clock, with the UTC offset",
            Column::Field(Field::InitiatedBy) => "whose side sought the contact",
            Column::Field(Field::DurationRangeMinutes) => {
                "the shortest and longest lengths the sources give, in minutes"
            }
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
            Column::Field(Field::Channel) => "Channel",
            Column::Kind => "Kind",
            Column::Field(Field::Date) => "Date",
            Column::Field(Field::Planned) => "Planned",
            Column::Field(Field::Time) => "Time",
            Column::Field(Field::InitiatedBy) => "Initiated by",
            Column::Field(Field::DurationRangeMinutes) => "Range (min)",
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

    /// The value for reading (tables, Markdown): dates in words (a
    /// proposal's plan after its day: "28 Jun 2019, for 9 May 2020"), a
    /// call's place "by telephone", list items joined with "; ".
    pub fn text(self, e: &Encounter) -> String {
        match self {
            Column::Field(Field::Date) => e.date_text(),
            // A call's place is the line between them.
            Column::Place if !e.channel.has_place() => "by telephone".to_string(),
            Column::Field(Field::Planned) => {
                e.planned.as_ref().map(|p| p.human()).unwrap_or_default()
            }
            Column::Field(Field::Time) => e.time.map(|t| t.human()).unwrap_or_default(),
            Column::Field(Field::DurationRangeMinutes) => e
                .duration_range_minutes
                .map(|[a, b]| format!("{a}–{b} min"))
                .unwrap_or_default(),
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
            Column::Kind => e.kind().as_str().to_string(),
            Column::Field(Field::Time) => e.time.map(|t| t.to_string()).unwrap_or_default(),
            Column::Field(Field::DurationRangeMinutes) => e
                .duration_range_minutes
                .map(|[a, b]| format!("{a}-{b}"))
                .unwrap_or_default(),
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
                Field::Id
                | Field::Date
                | Field::Outcome
                | Field::Channel
                | Field::Time
                | Field::DurationMinutes
                | Field::DurationRangeMinutes
                | Field::Sources,
            )
            | Column::Kind
            | Column::Start
            | Column::End => Wrap::Never,
            // A length reads whole: "1 h 30 min".
            Column::Duration => Wrap::Never,
            Column::Field(Field::City | Field::Country) => Wrap::Words(8),
            Column::Place => Wrap::Words(17),
            Column::Field(Field::Summary | Field::Highlights | Field::Quotes) => Wrap::Words(30),
            Column::Field(_) => Wrap::Words(16),
        }
    }
}
