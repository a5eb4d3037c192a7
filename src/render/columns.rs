//! The columns an encounter list can show, in tables, CSV and Markdown:
//! one name each, as `--columns` takes them.

use crate::model::Encounter;

/// One column of an encounter list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The record's id.
    Id,
    /// Its title.
    Title,
    /// The date as written in the dataset (EDTF); tables show it in words.
    Date,
    /// The date's first day (`YYYY-MM-DD`).
    Start,
    /// The date's last day (`YYYY-MM-DD`).
    End,
    /// "City, Country".
    Place,
    /// The city.
    City,
    /// The country.
    Country,
    /// The building or site.
    Venue,
    /// The event it was part of.
    Occasion,
    /// What became of it.
    Outcome,
    /// The documented length, in words ("2 h 15 min").
    Duration,
    /// The documented length in minutes.
    DurationMinutes,
    /// What the duration covers.
    DurationNote,
    /// Who was there.
    Participants,
    /// The summary.
    Summary,
    /// The highlights.
    Highlights,
    /// The quotes, as `Speaker: "text" (context)`.
    Quotes,
    /// The topics.
    Topics,
    /// The ids of the sources it rests on.
    Sources,
}

/// How a table treats a column when the terminal is narrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wrap {
    /// Never wrapped: ids and other handles are copied whole.
    Never,
    /// Wrapped at spaces, never inside a word, and given at least this many
    /// columns (or its whole text, if shorter) before others are hidden.
    Words(usize),
}

impl Column {
    /// Every column, in the order CSV writes them.
    pub const ALL: [Column; 20] = [
        Column::Id,
        Column::Title,
        Column::Date,
        Column::Start,
        Column::End,
        Column::Place,
        Column::City,
        Column::Country,
        Column::Venue,
        Column::Occasion,
        Column::Outcome,
        Column::Duration,
        Column::DurationMinutes,
        Column::DurationNote,
        Column::Participants,
        Column::Summary,
        Column::Highlights,
        Column::Quotes,
        Column::Topics,
        Column::Sources,
    ];

    /// The columns of a table or Markdown list unless `--columns` says.
    pub const TABLE: [Column; 6] = [
        Column::Id,
        Column::Date,
        Column::Place,
        Column::Occasion,
        Column::Outcome,
        Column::Duration,
    ];

    /// The columns of CSV unless `--columns` says: every field of the
    /// dataset, with the date's first and last day after it.
    pub const CSV: [Column; 18] = [
        Column::Id,
        Column::Title,
        Column::Date,
        Column::Start,
        Column::End,
        Column::City,
        Column::Country,
        Column::Venue,
        Column::Occasion,
        Column::Outcome,
        Column::DurationMinutes,
        Column::DurationNote,
        Column::Participants,
        Column::Summary,
        Column::Highlights,
        Column::Quotes,
        Column::Topics,
        Column::Sources,
    ];

    /// The name `--columns` takes, and CSV's header.
    pub fn as_str(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Title => "title",
            Column::Date => "date",
            Column::Start => "start",
            Column::End => "end",
            Column::Place => "place",
            Column::City => "city",
            Column::Country => "country",
            Column::Venue => "venue",
            Column::Occasion => "occasion",
            Column::Outcome => "outcome",
            Column::Duration => "duration",
            Column::DurationMinutes => "duration_minutes",
            Column::DurationNote => "duration_note",
            Column::Participants => "participants",
            Column::Summary => "summary",
            Column::Highlights => "highlights",
            Column::Quotes => "quotes",
            Column::Topics => "topics",
            Column::Sources => "sources",
        }
    }

    /// What the column holds, for `--help`.
    pub fn meaning(self) -> &'static str {
        match self {
            Column::Id => "the record's id",
            Column::Title => "its title",
            Column::Date => "the date (in words in tables, EDTF in CSV)",
            Column::Start => "the date's first day",
            Column::End => "the date's last day",
            Column::Place => "city and country",
            Column::City => "the city",
            Column::Country => "the country",
            Column::Venue => "the building or site",
            Column::Occasion => "the event it was part of",
            Column::Outcome => "held, informal, cancelled or proposed",
            Column::Duration => "the documented length in words",
            Column::DurationMinutes => "the documented length in minutes",
            Column::DurationNote => "what the duration covers",
            Column::Participants => "who was there",
            Column::Summary => "the summary",
            Column::Highlights => "the key moments",
            Column::Quotes => "the quotes",
            Column::Topics => "the topics",
            Column::Sources => "the ids of the sources",
        }
    }

    /// The heading a table gives the column.
    pub fn header(self) -> &'static str {
        match self {
            Column::Id => "ID",
            Column::Title => "Title",
            Column::Date => "Date",
            Column::Start => "Start",
            Column::End => "End",
            Column::Place => "Place",
            Column::City => "City",
            Column::Country => "Country",
            Column::Venue => "Venue",
            Column::Occasion => "Occasion",
            Column::Outcome => "Outcome",
            Column::Duration => "Duration",
            Column::DurationMinutes => "Minutes",
            Column::DurationNote => "Duration note",
            Column::Participants => "Participants",
            Column::Summary => "Summary",
            Column::Highlights => "Highlights",
            Column::Quotes => "Quotes",
            Column::Topics => "Topics",
            Column::Sources => "Sources",
        }
    }

    /// The value for reading (tables, Markdown): dates in words, list
    /// items joined with "; ".
    pub fn text(self, e: &Encounter) -> String {
        match self {
            Column::Date => e.date.human(),
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
        let join =
            |items: &mut dyn Iterator<Item = &str>| items.collect::<Vec<_>>().join(separator);
        match self {
            Column::Id => e.id.to_string(),
            Column::Title => e.title.to_string(),
            Column::Date => e.date.as_str().to_string(),
            Column::Start => e.date.start().to_string(),
            Column::End => e.date.end().to_string(),
            Column::Place => e.place(),
            Column::City => e.city.to_string(),
            Column::Country => e.country.to_string(),
            Column::Venue => e.venue.as_deref().unwrap_or_default().to_string(),
            Column::Occasion => e.occasion.to_string(),
            Column::Outcome => e.outcome.as_str().to_string(),
            Column::Duration => e.duration_text().unwrap_or_default(),
            Column::DurationMinutes => e
                .duration_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
            Column::DurationNote => e.duration_note.as_deref().unwrap_or_default().to_string(),
            Column::Participants => join(&mut e.participants.iter().map(AsRef::as_ref)),
            Column::Summary => e.summary.to_string(),
            Column::Highlights => join(&mut e.highlights.iter().map(|h| h.text.as_ref())),
            Column::Quotes => e
                .quotes
                .iter()
                .map(|q| match &q.context {
                    Some(context) => format!("{}: \"{}\" ({context})", q.speaker, q.text),
                    None => format!("{}: \"{}\"", q.speaker, q.text),
                })
                .collect::<Vec<_>>()
                .join(separator),
            Column::Topics => join(&mut e.topics.iter().map(AsRef::as_ref)),
            Column::Sources => join(&mut e.sources.iter().map(AsRef::as_ref)),
        }
    }

    /// How a table wraps the column.
    pub(crate) fn wrap(self) -> Wrap {
        match self {
            Column::Id
            | Column::Date
            | Column::Start
            | Column::End
            | Column::Outcome
            | Column::DurationMinutes
            | Column::Sources => Wrap::Never,
            Column::Duration | Column::City | Column::Country => Wrap::Words(8),
            Column::Place => Wrap::Words(17),
            Column::Title | Column::Occasion | Column::Venue => Wrap::Words(16),
            Column::Participants | Column::Topics | Column::DurationNote => Wrap::Words(16),
            Column::Summary | Column::Highlights | Column::Quotes => Wrap::Words(30),
        }
    }
}

impl std::fmt::Display for Column {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
