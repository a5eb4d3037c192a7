//! What became of an encounter.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What became of an encounter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// A planned meeting that took place.
    Held,
    /// The two met or spoke in person without a planned bilateral meeting:
    /// a pull-aside, a dinner conversation, a handshake.
    Informal,
    /// A meeting agreed or scheduled, then called off.
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
            Outcome::Cancelled => "a meeting agreed or scheduled, then called off",
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
