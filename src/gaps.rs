//! Time between meetings: the gaps between encounters that took place (held
//! or informal), and an encounter's neighbours in time.
//!
//! Proposed and cancelled records keep their place in the order, but they
//! neither open nor close a gap: "six years without meeting" counts from
//! the last time the two were together.

use serde::Serialize;

use crate::Dataset;
use crate::date::Span;
use crate::model::Encounter;

/// The stretch between two consecutive encounters that took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap<'a> {
    /// The meeting before the gap.
    pub from: &'a Encounter<'a>,
    /// The meeting after it.
    pub to: &'a Encounter<'a>,
}

impl Gap<'_> {
    /// From the last day of `from` to the first day of `to`; zero when they
    /// fall on the same day or overlap.
    pub fn span(&self) -> Span {
        Span::between(self.from.date.end(), self.to.date.start())
    }

    /// The same length in days.
    pub fn days(&self) -> i64 {
        (self.to.date.start() - self.from.date.end())
            .num_days()
            .max(0)
    }
}

/// A gap as the machine formats give it: the meetings on either side, by
/// id, and its length.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapRecord {
    /// Id of the meeting before the gap.
    pub from: String,
    /// Id of the meeting after it.
    pub to: String,
    /// Its length in days.
    pub days: i64,
    /// Its length in words, e.g. "6 years 1 month 18 days".
    pub text: String,
}

impl From<&Gap<'_>> for GapRecord {
    fn from(g: &Gap<'_>) -> Self {
        GapRecord {
            from: g.from.id.to_string(),
            to: g.to.id.to_string(),
            days: g.days(),
            text: g.span().to_string(),
        }
    }
}

/// The gaps between consecutive meetings among `encounters` (in any
/// order), oldest first.
pub fn between_meetings<'a>(encounters: &[&'a Encounter<'a>]) -> Vec<Gap<'a>> {
    let mut met: Vec<&'a Encounter<'a>> = encounters
        .iter()
        .copied()
        .filter(|e| e.outcome.took_place())
        .collect();
    met.sort_by(|a, b| a.date.cmp(&b.date));
    met.windows(2)
        .map(|pair| Gap {
            from: pair[0],
            to: pair[1],
        })
        .collect()
}

/// The records and the meetings just before and after an encounter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Neighbours<'a> {
    /// The record just before, whatever its outcome.
    pub previous_record: Option<&'a Encounter<'a>>,
    /// The record just after.
    pub next_record: Option<&'a Encounter<'a>>,
    /// The last meeting that took place before it.
    pub previous_meeting: Option<&'a Encounter<'a>>,
    /// The first meeting that took place after it.
    pub next_meeting: Option<&'a Encounter<'a>>,
}

/// The neighbours of `e` in `dataset`, in chronological order.
pub fn neighbours<'a>(dataset: &'a Dataset<'a>, e: &Encounter) -> Neighbours<'a> {
    neighbours_in(&dataset.chronological(), e)
}

/// The neighbours of `e` among `all`, which are in chronological order:
/// for a caller that keeps that order rather than sorting at every call.
pub fn neighbours_in<'a>(all: &[&'a Encounter<'a>], e: &Encounter) -> Neighbours<'a> {
    // By address first: a record of the dataset is found without
    // comparing ids.
    let Some(i) = all
        .iter()
        .position(|x| std::ptr::eq(*x, e))
        .or_else(|| all.iter().position(|x| x.id == e.id))
    else {
        return Neighbours::default();
    };
    let met = |x: &&&Encounter| x.outcome.took_place();
    Neighbours {
        previous_record: i.checked_sub(1).map(|p| all[p]),
        next_record: all.get(i + 1).copied(),
        previous_meeting: all[..i].iter().rev().find(met).copied(),
        next_meeting: all[i + 1..].iter().find(met).copied(),
    }
}

/// How far apart two encounters are, `earlier` then `later`: the span from
/// the end of one to the start of the other, or `None` when they fall on
/// the same day or overlap.
pub fn distance(earlier: &Encounter, later: &Encounter) -> Option<Span> {
    let (end, start) = (earlier.date.end(), later.date.start());
    (start > end).then(|| Span::between(end, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids<'a>(e: Option<&'a Encounter<'a>>) -> Option<&'a str> {
        e.map(|e| e.id.as_ref())
    }

    #[test]
    fn gaps_only_between_meetings_that_took_place() {
        let d = crate::testing::record();
        let all: Vec<&Encounter> = d.encounters.iter().collect();
        let gaps: Vec<(String, String, i64)> = between_meetings(&all)
            .iter()
            .map(|g| (g.from.id.to_string(), g.to.id.to_string(), g.days()))
            .collect();
        let expected = [
            ("hamburg-2017", "hamburg-2017-dinner", 0),
            ("hamburg-2017-dinner", "da-nang-2017", 126),
            ("da-nang-2017", "helsinki-2018", 247),
            ("helsinki-2018", "paris-2018", 118),
            ("paris-2018", "buenos-aires-2018-dinner", 19),
            ("buenos-aires-2018-dinner", "osaka-2019", 210),
            ("osaka-2019", "alaska-2025", 2240),
        ];
        let expected: Vec<(String, String, i64)> = expected
            .iter()
            .map(|(a, b, n)| (a.to_string(), b.to_string(), *n))
            .collect();
        assert_eq!(gaps, expected);
        let last = between_meetings(&all).pop().unwrap();
        assert_eq!(last.span().to_string(), "6 years 1 month 18 days");
        assert!(between_meetings(&all[..1]).is_empty());
    }

    /// A record that is not the dataset's own (a copy) is found by its id.
    #[test]
    fn a_copy_of_a_record_has_the_same_neighbours() {
        let d = crate::testing::record();
        let all = d.chronological();
        let copy = d.encounter("osaka-2019").unwrap().clone();
        let n = neighbours_in(&all, &copy);
        assert_eq!(ids(n.previous_meeting), Some("buenos-aires-2018-dinner"));
        assert_eq!(ids(n.next_meeting), Some("alaska-2025"));
    }

    #[test]
    fn neighbours_tell_records_from_meetings() {
        let d = crate::testing::record();
        let n = neighbours(&d, d.encounter("alaska-2025").unwrap());
        assert_eq!(ids(n.previous_record), Some("istanbul-2025"));
        assert_eq!(ids(n.previous_meeting), Some("osaka-2019"));
        assert_eq!(ids(n.next_record), Some("moscow-2025"));
        assert_eq!(ids(n.next_meeting), None);
        let n = neighbours(&d, d.encounter("washington-2018").unwrap());
        assert_eq!(ids(n.previous_record), Some("moscow-2018"));
        assert_eq!(ids(n.previous_meeting), Some("helsinki-2018"));
        assert_eq!(ids(n.next_record), Some("paris-2018"));
        assert_eq!(ids(n.next_meeting), Some("paris-2018"));
        let n = neighbours(&d, d.encounter("osaka-2019").unwrap());
        assert_eq!(ids(n.next_record), Some("moscow-2020"));
        assert_eq!(ids(n.next_meeting), Some("alaska-2025"));
    }

    #[test]
    fn distance_is_none_on_the_same_day() {
        let d = crate::testing::record();
        let e = |id| d.encounter(id).unwrap();
        assert_eq!(distance(e("hamburg-2017"), e("hamburg-2017-dinner")), None);
        assert_eq!(
            distance(e("osaka-2019"), e("alaska-2025")).map(|s| s.to_string()),
            Some("6 years 1 month 18 days".to_string())
        );
    }
}
