//! Errors raised while loading, validating and rendering datasets.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::path::JsonPath;

/// A `Result` whose error is [`enum@Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Where a dataset came from, used to prefix every message about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The dataset compiled into the library.
    Bundled,
    /// Standard input (`-`).
    Stdin,
    /// A file on disk.
    Path(PathBuf),
    /// Any other named text (tests, embedding programs).
    Named(String),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Bundled => f.write_str("<bundled>"),
            Origin::Stdin => f.write_str("<stdin>"),
            Origin::Path(p) => write!(f, "{}", p.display()),
            Origin::Named(n) => f.write_str(n),
        }
    }
}

/// What kind of problem a dataset has: the rules' problems by name, the
/// rest by what stopped the document from loading.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// Not UTF-8, not JSON, or JSON of another shape: a value of the
    /// wrong type, a field missing or unknown, a date or outcome that is
    /// not one.
    Format,
    /// An id that is not lowercase letters, digits and hyphens.
    BadId,
    /// An id used twice.
    DuplicateId,
    /// Text that must not be empty.
    Empty,
    /// A list item with a line break in it.
    LineBreak,
    /// A URL that is not an absolute http(s) URL.
    BadUrl,
    /// Coordinates out of range, or a venue's point without a venue.
    Coordinates,
    /// What a record's channel or outcome rules out: a call with a place,
    /// a call that did not take place, a plan for a meeting that did, an
    /// initiator who is not a participant.
    Channel,
    /// A record that cites no source.
    NoSource,
    /// A citation of a source the dataset does not list: its id.
    UnknownSource(Box<str>),
    /// For publication (`--strict`): a highlight or quote without a source,
    /// or a source without a URL that is not marked print-only.
    Uncited,
    /// For publication: a source on a mirror, aggregator or machine
    /// translation of the work rather than the work itself.
    NotTheWork,
    /// For publication: a date left unspecified (`XXXX`).
    PlaceholderDate,
}

/// One problem found in a dataset, with everything known about where it is.
///
/// Displays as `origin:line:column: path: message`, leaving out the parts
/// that are not known, for example
/// `data.json:41:18: encounters[3].outcome: unknown outcome "helds" (did you mean "held"?); expected one of held, informal, cancelled, proposed`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// Where the dataset came from.
    pub origin: Origin,
    /// 1-based line and column of the offending text, when known.
    pub position: Option<(usize, usize)>,
    /// JSON path of the offending value, such as `encounters[3].outcome`.
    pub path: Option<JsonPath>,
    /// What kind of problem it is, for a program that acts on it.
    pub kind: Kind,
    /// What is wrong, and what would be right.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(path) = self.path.as_ref().filter(|p| !p.is_empty()) {
            write!(f, ": {path}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}

/// Everything that can go wrong in this library. Writers report their
/// failures as the `std::io::Error` of the writer they were given.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A dataset could not be read. The message names the dataset and
    /// what was being done; the cause is its source.
    #[error("{origin}: {action}")]
    Io {
        /// What was being read.
        origin: Origin,
        /// What was being done, such as "cannot read".
        action: &'static str,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// A dataset was read but is not valid: the first problem (boxed, so
    /// that a `Result` stays small).
    #[error(transparent)]
    Data(Box<DataError>),
    /// A text that is not an EDTF date.
    #[error(transparent)]
    Date(#[from] crate::date::DateError),
    /// A text that is not a time with its UTC offset.
    #[error(transparent)]
    Time(#[from] crate::date::TimeError),
    /// A text that is not a year or a range of years.
    #[error(transparent)]
    Years(#[from] YearsError),
    /// A file that could not be imported.
    #[error(transparent)]
    Import(#[from] ImportError),
}

impl From<DataError> for Error {
    fn from(e: DataError) -> Self {
        Error::Data(Box::new(e))
    }
}

/// Why a text is not a year or a range of years.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum YearsError {
    /// Not a number.
    #[error("\"{0}\" is not a year; expected e.g. 2018 or 2017..2019")]
    NotAYear(String),
    /// A year before 1 or after 9999.
    #[error("year {0} is out of range (1 to 9999)")]
    OutOfRange(i32),
    /// `..` alone.
    #[error("\"{0}\" is not a range of years; expected e.g. 2017..2019, 2018.. or ..2019")]
    Empty(String),
    /// A range whose first year is after its last.
    #[error("the range {text} runs backwards; write {to}..{from}")]
    Backwards {
        /// The range as written.
        text: String,
        /// Its first year.
        from: i32,
        /// Its last year.
        to: i32,
    },
}

/// Why an input could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Nothing in it.
    #[error("the file is empty")]
    Empty,
    /// JSON where a sheet was expected.
    #[error(
        "this is JSON, not a sheet: download the sheet as CSV (File > Download > Comma-separated values)"
    )]
    Json,
    /// Not CSV.
    #[error("not CSV: {0}")]
    NotCsv(String),
    /// A row that cannot be read.
    #[error("row {row}: {message}")]
    Row {
        /// Its number in the file (the header is row 1).
        row: usize,
        /// What is wrong.
        message: String,
    },
    /// A header without the columns the format needs.
    #[error("the header has no {} column ({expected}); its columns are {}", missing.join(" or "), found.join(", "))]
    Columns {
        /// The columns it lacks.
        missing: Vec<&'static str>,
        /// What the format's header is.
        expected: String,
        /// The header's columns.
        found: Vec<String>,
    },
    /// Not a calendar.
    #[error("not a calendar: no BEGIN:VCALENDAR line")]
    NotCalendar,
}
