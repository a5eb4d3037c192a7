//! The rules a record's channel sets: what a meeting, a call and an envoy
//! meeting each must have and cannot have, and what their dates and
//! figures must say.

use super::placeholder;
use crate::error::Kind;
use crate::model::Encounter;
use crate::path::JsonPath;

/// What the field list and a record's channel ask of it: each required
/// text filled in (a meeting's place, not a call's), nothing a call cannot
/// have, a plan only for a meeting that did not take place, a call or an
/// envoy meeting that took place, an initiator among the participants,
/// a range of durations that holds the duration.
pub(super) fn channel_rules(
    say: &mut dyn FnMut(JsonPath, Kind, String),
    e: &Encounter,
    at: &dyn Fn(&str) -> JsonPath,
    strict: bool,
) {
    use crate::fields::{Field, Shape};
    use crate::model::Channel;
    for field in Field::ALL {
        if field == Field::Id || field.shape() != Shape::Text {
            continue;
        }
        let mut text = None;
        let _ = e.texts(field, &mut |t| {
            text = Some(t);
            std::ops::ControlFlow::Break(())
        });
        let blank = text.unwrap_or_default().trim().is_empty();
        if field.required_for(e.channel) && blank {
            let message = if field.required() {
                "must not be empty".to_string()
            } else {
                format!(
                    "missing {}: a {} has a place (only a call has none)",
                    field.name(),
                    e.channel.as_str()
                )
            };
            say(at(field.name()), Kind::Empty, message);
        }
    }
    let name = e.channel.as_str();
    let has = |field: crate::fields::Field| match field {
        Field::City => !e.city.trim().is_empty(),
        Field::Country => !e.country.trim().is_empty(),
        Field::Venue => e.venue.is_some(),
        Field::Coordinates => e.coordinates.is_some(),
        _ => false,
    };
    for field in Field::ALL {
        if !field.allowed_for(e.channel) && has(field) {
            say(
                at(field.name()),
                Kind::Channel,
                format!("a {name} has no {}; leave it out", field.label()),
            );
        }
    }
    if e.channel != Channel::Meeting && !e.outcome.took_place() {
        say(
            at("outcome"),
            Kind::Channel,
            format!(
                "a {name} record is a contact that took place, so its outcome is held; a {name} that never happened is not a record"
            ),
        );
    }
    if let Some(planned) = &e.planned {
        if e.outcome.took_place() {
            say(
                at("planned"),
                Kind::Channel,
                format!(
                    "only a meeting cancelled or proposed has a plan; this one is {}, and its date is when it took place",
                    e.outcome
                ),
            );
        }
        if planned.is_ongoing() {
            say(
                at("planned"),
                Kind::Format,
                format!("\"{}\" has no last day; a plan ends", planned.as_str()),
            );
        }
        if strict {
            placeholder(
                say,
                planned,
                Some("give the day or period that was planned, or leave it out when none was set"),
                || at("planned"),
            );
        }
    }
    if let Some(who) = &e.initiated_by {
        if !e.participants.iter().any(|p| p == who) {
            say(
                at("initiated_by"),
                Kind::Channel,
                format!("\"{who}\" is not one of the participants; name one of them"),
            );
        }
    }
    if let Some([low, high]) = e.duration_range_minutes {
        let holds = e
            .duration_minutes
            .is_some_and(|d| (low..=high).contains(&d));
        if low > high || !holds {
            say(
                at("duration_range_minutes"),
                Kind::Format,
                format!(
                    "[{low}, {high}] must run from the shortest length to the longest, and hold duration_minutes"
                ),
            );
        }
    }
    for (j, q) in e.quotes.iter().enumerate() {
        if let Some(said) = &q.said {
            let path = || at("quotes").index(j).at("said");
            if said.is_ongoing() {
                say(
                    path(),
                    Kind::Format,
                    format!(
                        "\"{}\" has no last day; give the day it was said",
                        said.as_str()
                    ),
                );
            }
            if strict {
                placeholder(
                    say,
                    said,
                    Some(
                        "give the day the words were said, or leave it out when it is the record's",
                    ),
                    path,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::dataset::{check, check_strict};
    use crate::error::Origin;
    use crate::testing::Build;

    /// Every problem in the built dataset, as printed, strict or not.
    fn problems(build: &Build, strict: bool) -> Vec<String> {
        let json = build.json();
        let origin = Origin::Named("built.json".into());
        let found = if strict {
            check_strict(json.as_bytes(), &origin)
        } else {
            check(json.as_bytes(), &origin)
        };
        match found {
            Ok(_) => Vec::new(),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    fn one(build: &Build, path: &str, fragment: &str) {
        let found = problems(build, false);
        assert!(
            found
                .iter()
                .any(|p| p.contains(&format!(": {path}: ")) && p.contains(fragment)),
            "{path}: {fragment}\n{found:#?}"
        );
    }

    #[test]
    fn each_channel_has_what_it_needs() {
        // The three, as built, pass strict validation.
        let fine = Build::new()
            .meeting("a", "2018-07-16", "held")
            .call("b", "2018-08-01")
            .envoy("c", "2018-09-01")
            .context("2018", "A year");
        assert_eq!(problems(&fine, true), Vec::<String>::new());
        assert_eq!(fine.dataset().encounters.len(), 3);
        // A meeting and an envoy meeting have a place; a call has none.
        one(
            &Build::new().envoy("c", "2018-09-01").without("city"),
            "encounters[0].city",
            "missing city",
        );
        one(
            &Build::new()
                .meeting("a", "2018-07-16", "held")
                .with("country", " "),
            "encounters[0].country",
            "missing country",
        );
        one(
            &Build::new().call("b", "2018-08-01").with("city", "Riga"),
            "encounters[0].city",
            "a call has no city",
        );
        one(
            &Build::new()
                .call("b", "2018-08-01")
                .with("venue", "Kremlin"),
            "encounters[0].venue",
            "a call has no venue",
        );
    }

    #[test]
    fn calls_and_envoy_meetings_took_place_and_plans_did_not() {
        one(
            &Build::new()
                .call("b", "2018-08-01")
                .with("outcome", "proposed"),
            "encounters[0].outcome",
            "its outcome is held",
        );
        one(
            &Build::new()
                .envoy("c", "2018-09-01")
                .with("outcome", "cancelled"),
            "encounters[0].outcome",
            "its outcome is held",
        );
        one(
            &Build::new()
                .meeting("a", "2018-07-16", "held")
                .with("planned", "2018-08"),
            "encounters[0].planned",
            "only a meeting cancelled or proposed has a plan",
        );
        let plan = Build::new()
            .meeting("a", "2018-07-16", "proposed")
            .with("planned", "2019-05-09");
        assert_eq!(problems(&plan, true), Vec::<String>::new());
        one(
            &Build::new()
                .meeting("a", "2018-07-16", "proposed")
                .with("planned", "2019/.."),
            "encounters[0].planned",
            "has no last day",
        );
    }

    #[test]
    fn initiators_and_ranges_agree_with_the_record() {
        let named = Build::new()
            .call("b", "2018-08-01")
            .with("initiated_by", "Bo Lind")
            .with("duration_minutes", 60)
            .with("duration_range_minutes", [50, 70]);
        assert_eq!(problems(&named, true), Vec::<String>::new());
        one(
            &Build::new()
                .call("b", "2018-08-01")
                .with("initiated_by", "Bo Lindh"),
            "encounters[0].initiated_by",
            "is not one of the participants",
        );
        for range in [[70, 80], [80, 50]] {
            one(
                &Build::new()
                    .call("b", "2018-08-01")
                    .with("duration_minutes", 60)
                    .with("duration_range_minutes", range),
                "encounters[0].duration_range_minutes",
                "hold duration_minutes",
            );
        }
        // A range needs the length it holds.
        one(
            &Build::new()
                .call("b", "2018-08-01")
                .with("duration_range_minutes", [50, 70]),
            "encounters[0].duration_range_minutes",
            "hold duration_minutes",
        );
    }
}
