//! What a record is, in words every count and heading uses: a meeting
//! held, an informal encounter, a cancelled meeting, a proposal, a call,
//! an envoy meeting. "Encounter" alone means a meeting in person that
//! took place (held or informal); "record" means anything in the dataset.

use std::fmt;

use serde::Serialize;

use super::{Channel, Encounter, Outcome};

/// What a record is: its channel and, for a meeting, its outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    /// A planned meeting in person that took place.
    Held,
    /// A meeting in person without a planned bilateral meeting.
    Informal,
    /// A meeting agreed or scheduled, then called off.
    Cancelled,
    /// An invitation or plan that never became a meeting.
    Proposed,
    /// A call between the two leaders.
    Call,
    /// One leader meeting the other's envoy.
    Envoy,
}

impl RecordKind {
    /// Every kind, in the order counts list them.
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Held,
        RecordKind::Informal,
        RecordKind::Cancelled,
        RecordKind::Proposed,
        RecordKind::Call,
        RecordKind::Envoy,
    ];

    /// The short name a table's Kind column shows: the outcome for a
    /// meeting, the channel otherwise.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Held => "held",
            RecordKind::Informal => "informal",
            RecordKind::Cancelled => "cancelled",
            RecordKind::Proposed => "proposed",
            RecordKind::Call => "call",
            RecordKind::Envoy => "envoy",
        }
    }

    /// One sentence saying what it means.
    pub fn meaning(self) -> &'static str {
        match self {
            RecordKind::Held => Outcome::Held.meaning(),
            RecordKind::Informal => Outcome::Informal.meaning(),
            RecordKind::Cancelled => Outcome::Cancelled.meaning(),
            RecordKind::Proposed => Outcome::Proposed.meaning(),
            RecordKind::Call => Channel::Call.meaning(),
            RecordKind::Envoy => Channel::Envoy.meaning(),
        }
    }

    /// The noun for one or many: "1 meeting held", "2 informal
    /// encounters", "7 proposals".
    pub fn noun(self, n: usize) -> &'static str {
        let one = n == 1;
        match self {
            RecordKind::Held if one => "meeting held",
            RecordKind::Held => "meetings held",
            RecordKind::Informal if one => "informal encounter",
            RecordKind::Informal => "informal encounters",
            RecordKind::Cancelled if one => "cancelled meeting",
            RecordKind::Cancelled => "cancelled meetings",
            RecordKind::Proposed if one => "proposal",
            RecordKind::Proposed => "proposals",
            RecordKind::Call if one => "call",
            RecordKind::Call => "calls",
            RecordKind::Envoy if one => "envoy meeting",
            RecordKind::Envoy => "envoy meetings",
        }
    }

    /// "1 call", "3 meetings held".
    pub fn count(self, n: usize) -> String {
        format!("{n} {}", self.noun(n))
    }
}

impl From<Outcome> for RecordKind {
    /// A meeting's kind by its outcome.
    fn from(o: Outcome) -> RecordKind {
        match o {
            Outcome::Held => RecordKind::Held,
            Outcome::Informal => RecordKind::Informal,
            Outcome::Cancelled => RecordKind::Cancelled,
            Outcome::Proposed => RecordKind::Proposed,
        }
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Encounter<'_> {
    /// What the record is.
    pub fn kind(&self) -> RecordKind {
        match (self.channel, self.outcome) {
            (Channel::Call, _) => RecordKind::Call,
            (Channel::Envoy, _) => RecordKind::Envoy,
            (Channel::Meeting, Outcome::Held) => RecordKind::Held,
            (Channel::Meeting, Outcome::Informal) => RecordKind::Informal,
            (Channel::Meeting, Outcome::Cancelled) => RecordKind::Cancelled,
            (Channel::Meeting, Outcome::Proposed) => RecordKind::Proposed,
        }
    }

    /// True for an encounter: the two leaders met in person (a meeting
    /// held or informal). Gaps "without meeting in person" run between
    /// these.
    pub fn met_in_person(&self) -> bool {
        self.channel == Channel::Meeting && self.outcome.took_place()
    }

    /// True when the contact took place, on whatever channel.
    pub fn took_place(&self) -> bool {
        self.outcome.took_place()
    }
}

/// How many records of each kind: what every count line says.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    counts: [usize; 6],
}

impl Tally {
    /// The tally of `records`.
    pub fn of<'e, 'a: 'e>(records: impl IntoIterator<Item = &'e Encounter<'a>>) -> Tally {
        let mut t = Tally::default();
        for e in records {
            t.add(e.kind());
        }
        t
    }

    /// Count one more of `kind`.
    pub fn add(&mut self, kind: RecordKind) {
        self.counts[kind as usize] += 1;
    }

    /// How many of `kind`.
    pub fn get(&self, kind: RecordKind) -> usize {
        self.counts[kind as usize]
    }

    /// How many in all.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// How many encounters: meetings in person that took place.
    pub fn encounters(&self) -> usize {
        self.get(RecordKind::Held) + self.get(RecordKind::Informal)
    }

    /// The kinds present, in order, with their counts.
    pub fn present(&self) -> impl Iterator<Item = (RecordKind, usize)> + '_ {
        RecordKind::ALL
            .into_iter()
            .map(|k| (k, self.get(k)))
            .filter(|(_, n)| *n > 0)
    }

    /// Every kind present in words: "4 meetings held, 4 informal
    /// encounters, 2 cancelled meetings, 7 proposals"; "nothing" for
    /// none.
    pub fn words(&self) -> String {
        let parts: Vec<String> = self.present().map(|(k, n)| k.count(n)).collect();
        if parts.is_empty() {
            "nothing".to_string()
        } else {
            parts.join(", ")
        }
    }
}

/// "1 record", "17 records".
pub fn records(n: usize) -> String {
    format!("{n} record{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_noun_for_one_and_many() {
        let words: Vec<(String, String)> = RecordKind::ALL
            .into_iter()
            .map(|k| (k.count(1), k.count(2)))
            .collect();
        let expected = [
            ("1 meeting held", "2 meetings held"),
            ("1 informal encounter", "2 informal encounters"),
            ("1 cancelled meeting", "2 cancelled meetings"),
            ("1 proposal", "2 proposals"),
            ("1 call", "2 calls"),
            ("1 envoy meeting", "2 envoy meetings"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(words, expected);
        assert_eq!(
            (records(1), records(0)),
            ("1 record".into(), "0 records".into())
        );
    }

    #[test]
    fn a_tally_names_only_the_kinds_present_in_order() {
        let mut t = Tally::default();
        assert_eq!(t.words(), "nothing");
        for k in [
            RecordKind::Call,
            RecordKind::Held,
            RecordKind::Call,
            RecordKind::Proposed,
        ] {
            t.add(k);
        }
        assert_eq!(t.words(), "1 meeting held, 1 proposal, 2 calls");
        assert_eq!(
            (t.total(), t.encounters(), t.get(RecordKind::Call)),
            (4, 1, 2)
        );
    }
}
