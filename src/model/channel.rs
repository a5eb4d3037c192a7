//! How a record's contact was made: in person, on the telephone, or
//! through an envoy.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How the two sides were in contact.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// The two leaders in the same place: a meeting, or one planned.
    #[default]
    Meeting,
    /// A telephone or video call between the two leaders.
    Call,
    /// One leader meeting the other's envoy, foreign minister or national
    /// security adviser in person.
    Envoy,
}

impl Channel {
    /// Every channel, in their natural order.
    pub const ALL: [Channel; 3] = [Channel::Meeting, Channel::Call, Channel::Envoy];

    /// The name used in the JSON format and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Meeting => "meeting",
            Channel::Call => "call",
            Channel::Envoy => "envoy",
        }
    }

    /// One sentence saying what the channel means.
    pub fn meaning(self) -> &'static str {
        match self {
            Channel::Meeting => "the two leaders in person (or a meeting planned between them)",
            Channel::Call => "a telephone or video call between the two leaders",
            Channel::Envoy => {
                "one leader meeting the other's envoy, foreign minister or national security adviser"
            }
        }
    }

    /// True when the record has a place: every channel but a call.
    pub fn has_place(self) -> bool {
        self != Channel::Call
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a string that names no channel; suggests the nearest one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownChannel {
    /// What was given.
    pub given: String,
}

impl fmt::Display for UnknownChannel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown channel \"{}\"{}; expected one of meeting, call, envoy",
            self.given,
            crate::suggest::did_you_mean(self.given.trim(), Channel::ALL.map(Channel::as_str))
        )
    }
}

impl std::error::Error for UnknownChannel {}

impl FromStr for Channel {
    type Err = UnknownChannel;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Channel::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| UnknownChannel {
                given: s.to_string(),
            })
    }
}

impl<'de> Deserialize<'de> for Channel {
    /// From its name, with a "did you mean" for a misspelt one.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Name;
        impl serde::de::Visitor<'_> for Name {
            type Value = Channel;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a channel: meeting, call or envoy")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Channel, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Name)
    }
}
