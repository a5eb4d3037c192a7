//! The timeline: encounters and context events in date order, with the long
//! gaps between encounters made explicit.

use serde::Serialize;

use crate::date::Span;
use crate::model::{ContextEvent, Encounter};

/// Gaps of at least this many months between consecutive encounters are
/// shown on the timeline.
pub const LONG_GAP_MONTHS: u32 = 6;

/// One line of the timeline.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Entry<'a> {
    /// An encounter.
    Encounter {
        /// The record.
        #[serde(flatten)]
        encounter: &'a Encounter<'a>,
    },
    /// A context event.
    Context {
        /// The event.
        #[serde(flatten)]
        event: &'a ContextEvent,
    },
    /// A long stretch without an encounter.
    Gap {
        /// Id of the encounter before the gap.
        after: &'a str,
        /// Id of the encounter after the gap.
        before: &'a str,
        /// Length of the gap.
        span: Span,
        /// The length in words, e.g. "6 years 1 month".
        text: String,
    },
}

impl Entry<'_> {
    /// The first day of the entry, for ordering.
    fn start(&self) -> chrono::NaiveDate {
        match self {
            Entry::Encounter { encounter } => encounter.date.start(),
            Entry::Context { event } => event.date.start(),
            Entry::Gap { .. } => chrono::NaiveDate::MIN,
        }
    }
}

/// Build the timeline from encounters (any order) and context events: all in
/// date order, a [`Entry::Gap`] between consecutive encounters that are at
/// least [`LONG_GAP_MONTHS`] apart.
pub fn build<'a>(encounters: &[&'a Encounter<'a>], context: &[&'a ContextEvent]) -> Vec<Entry<'a>> {
    let mut sorted = encounters.to_vec();
    sorted.sort_by(|a, b| a.date.cmp(&b.date));
    let mut items: Vec<Entry<'a>> = sorted
        .iter()
        .map(|e| Entry::Encounter { encounter: e })
        .collect();
    // Context goes before encounters that start the same day (stable sort).
    let mut all: Vec<Entry<'a>> = context
        .iter()
        .map(|c| Entry::Context { event: c })
        .collect();
    all.append(&mut items);
    all.sort_by_key(Entry::start);

    let mut out = Vec::with_capacity(all.len() + 4);
    let mut previous: Option<&'a Encounter<'a>> = None;
    for entry in all {
        if let Entry::Encounter { encounter } = &entry {
            if let Some(p) = previous {
                if encounter.date.start() > p.date.end() {
                    let span = Span::between(p.date.end(), encounter.date.start());
                    if span.total_months() >= LONG_GAP_MONTHS {
                        // The gap goes right after the earlier encounter,
                        // before any context events inside it.
                        let at = out
                            .iter()
                            .rposition(|e| matches!(e, Entry::Encounter { encounter } if encounter.id == p.id))
                            .map_or(out.len(), |i| i + 1);
                        out.insert(
                            at,
                            Entry::Gap {
                                after: &p.id,
                                before: &encounter.id,
                                text: span.to_string(),
                                span,
                            },
                        );
                    }
                }
            }
            previous = Some(encounter);
        }
        out.push(entry);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dataset;

    #[test]
    fn gaps_and_context_interleave() {
        let d = Dataset::bundled().unwrap();
        let encounters: Vec<&Encounter> = d.encounters.iter().collect();
        let context: Vec<&ContextEvent> = d.context.iter().collect();
        let t = build(&encounters, &context);
        let gaps: Vec<(&str, &str, String)> = t
            .iter()
            .filter_map(|e| match e {
                Entry::Gap {
                    after,
                    before,
                    text,
                    ..
                } => Some((*after, *before, text.clone())),
                _ => None,
            })
            .collect();
        let expect = |a: &'static str, b: &'static str, t: &str| (a, b, t.to_string());
        assert_eq!(
            gaps,
            [
                expect("da-nang-2017", "helsinki-2018", "8 months 5 days"),
                expect("buenos-aires-2018", "osaka-2019", "6 months 27 days"),
                expect("osaka-2019", "moscow-2020", "10 months 11 days"),
                expect("moscow-2020", "alaska-2025", "5 years 3 months 6 days"),
            ]
        );
        // The first entries are the 2014 and 2016 context events.
        assert!(matches!(t[0], Entry::Context { event } if event.date.as_str() == "2014"));
        // The Mueller report (April 2019) sits inside the gap before Osaka.
        let pos = |pred: &dyn Fn(&Entry) -> bool| t.iter().position(pred).unwrap();
        let gap = pos(&|e| matches!(e, Entry::Gap { before, .. } if *before == "osaka-2019"));
        let mueller =
            pos(&|e| matches!(e, Entry::Context { event } if event.title.contains("Mueller")));
        let osaka =
            pos(&|e| matches!(e, Entry::Encounter { encounter } if encounter.id == "osaka-2019"));
        assert!(gap < mueller && mueller < osaka);
    }
}
