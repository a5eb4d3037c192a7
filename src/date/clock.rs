//! A time of day with its offset from UTC, as readouts give a call's
//! start: "17:00 Moscow time" is `17:00+03:00`.

use std::fmt;

use chrono::{FixedOffset, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A local time of day and its UTC offset, written `HH:MM` then `Z` or
/// `±HH:MM` (ISO 8601): `17:00+03:00`, `15:00Z`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockTime {
    /// The time on the local clock.
    pub time: NaiveTime,
    /// The local clock's offset from UTC.
    pub offset: FixedOffset,
}

/// A text that is not a time with its UTC offset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid time \"{0}\"; expected a time with its UTC offset, HH:MM then Z or +HH:MM or -HH:MM (17:00+03:00 for 17:00 Moscow time)"
)]
pub struct TimeError(pub String);

impl ClockTime {
    /// Parse `HH:MM` followed by `Z` or `±HH:MM`.
    ///
    /// # Errors
    /// A message saying what is wrong and what is expected.
    pub fn parse(text: &str) -> Result<ClockTime, TimeError> {
        let fail = || TimeError(text.to_string());
        let (clock, zone) = text.split_at_checked(5).ok_or_else(fail)?;
        let time = NaiveTime::parse_from_str(clock, "%H:%M").map_err(|_| fail())?;
        let seconds = match zone {
            "Z" => 0,
            _ => {
                let sign = match zone.as_bytes().first() {
                    Some(b'+') => 1,
                    Some(b'-') => -1,
                    _ => return Err(fail()),
                };
                let off = NaiveTime::parse_from_str(&zone[1..], "%H:%M").map_err(|_| fail())?;
                if zone.len() != 6 {
                    return Err(fail());
                }
                let minutes = chrono::Timelike::hour(&off) * 60 + chrono::Timelike::minute(&off);
                sign * i32::try_from(minutes).map_err(|_| fail())? * 60
            }
        };
        let offset = FixedOffset::east_opt(seconds).ok_or_else(fail)?;
        Ok(ClockTime { time, offset })
    }

    /// For reading: "17:00 (UTC+3)", "10:00 (UTC−4)", "15:30 (UTC)".
    pub fn human(&self) -> String {
        let seconds = self.offset.local_minus_utc();
        let zone = if seconds == 0 {
            "UTC".to_string()
        } else {
            let sign = if seconds < 0 { '−' } else { '+' };
            let (h, m) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
            if m == 0 {
                format!("UTC{sign}{h}")
            } else {
                format!("UTC{sign}{h}:{m:02}")
            }
        };
        format!("{} ({zone})", self.time.format("%H:%M"))
    }
}

impl fmt::Display for ClockTime {
    /// As written in the format.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.offset.local_minus_utc();
        write!(f, "{}", self.time.format("%H:%M"))?;
        if seconds == 0 {
            return f.write_str("Z");
        }
        let sign = if seconds < 0 { '-' } else { '+' };
        write!(
            f,
            "{sign}{:02}:{:02}",
            seconds.abs() / 3600,
            seconds.abs() % 3600 / 60
        )
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        ClockTime::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for ClockTime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ClockTime".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A local time of day and its offset from UTC: HH:MM then Z or ±HH:MM (17:00+03:00).",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9](Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{ClockTime, TimeError};

    #[test]
    fn times_read_and_write_back_with_their_offset() {
        for (text, human) in [
            ("17:00+03:00", "17:00 (UTC+3)"),
            ("10:00-04:00", "10:00 (UTC−4)"),
            ("15:30Z", "15:30 (UTC)"),
            ("09:05+05:30", "09:05 (UTC+5:30)"),
        ] {
            let t = ClockTime::parse(text).unwrap();
            assert_eq!((t.to_string().as_str(), t.human().as_str()), (text, human));
        }
        for bad in [
            "17:00",
            "7:00+03:00",
            "24:00+03:00",
            "17:00+3",
            "17:00 MSK",
            "17:00+03:00x",
            "",
        ] {
            let e = ClockTime::parse(bad).unwrap_err();
            assert_eq!(e, TimeError(bad.to_string()));
            assert!(
                e.to_string()
                    .contains("expected a time with its UTC offset"),
                "{bad}: {e}"
            );
        }
    }
}
