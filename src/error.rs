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
}

impl From<DataError> for Error {
    fn from(e: DataError) -> Self {
        Error::Data(Box::new(e))
    }
}
