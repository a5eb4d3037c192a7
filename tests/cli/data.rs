//! The bundled dataset: the facts users rely on, and the rules that keep
//! them checkable; and a dataset of another pair of leaders read the same
//! way.

use std::path::Path;

use summit::{Channel, Dataset, Outcome};

use crate::common::other;

/// The meetings of this edition: held, informal, cancelled and proposed,
/// each dated by when it took place or, for one that did not, when it was
/// made public; and what was planned.
#[test]
fn holds_the_meetings_of_this_edition() {
    let d = Dataset::bundled().unwrap();
    let got: Vec<(&str, &str, Option<&str>, Outcome)> = d
        .chronological()
        .iter()
        .filter(|e| e.channel == Channel::Meeting)
        .map(|e| {
            (
                &*e.id,
                e.date.as_str(),
                e.planned.as_ref().map(|p| p.as_str()),
                e.outcome,
            )
        })
        .collect();
    use Outcome::*;
    assert_eq!(
        got,
        [
            ("hamburg-2017", "2017-07-07", None, Held),
            ("hamburg-2017-dinner", "2017-07-07", None, Informal),
            ("da-nang-2017", "2017-11-10/2017-11-11", None, Informal),
            // The venue, the White House, made public by Ushakov.
            ("washington-2018-spring", "2018-04-02", None, Proposed),
            ("helsinki-2018", "2018-07-16", None, Held),
            ("washington-2018", "2018-07-19", Some("2018-23"), Proposed),
            ("moscow-2018", "2018-07-27", None, Proposed),
            (
                "paris-2018-bilateral",
                "2018-10-23",
                Some("2018-11-11"),
                Cancelled
            ),
            (
                "buenos-aires-2018",
                "2018-11-02",
                Some("2018-12-01"),
                Cancelled
            ),
            ("paris-2018", "2018-11-11", None, Informal),
            ("buenos-aires-2018-dinner", "2018-11-30", None, Informal),
            ("osaka-2019", "2019-06-28", None, Held),
            ("moscow-2020", "2019-06-28", Some("2020-05-09"), Proposed),
            ("saudi-arabia-2025", "2025-02-12", None, Proposed),
            ("moscow-2025", "2025-02-12", None, Proposed),
            (
                "istanbul-2025",
                "2025-05-12",
                Some("2025-05-15/2025-05-16"),
                Proposed
            ),
            ("alaska-2025", "2025-08-15", None, Held),
            // Announced after the call of 16 October; no date ever set.
            ("budapest-2025", "2025-10-16", None, Cancelled),
        ]
    );
}

/// The calls and envoy meetings of this edition, and how they compare
/// with the official tallies docs/format.md cites: the Kremlin's count of
/// ten calls in 2025 (Ushakov, 29 December 2025), TASS's twenty of the
/// first term, Witkoff's seven visits to Putin from February 2025 to
/// January 2026 (Hindustan Times, 23 January 2026).
#[test]
fn holds_every_call_and_envoy_meeting_found() {
    let d = Dataset::bundled().unwrap();
    let of = |c: Channel| -> Vec<&summit::Encounter> {
        d.chronological()
            .into_iter()
            .filter(|e| e.channel == c)
            .collect()
    };
    let calls = of(Channel::Call);
    let envoys = of(Channel::Envoy);
    assert_eq!((calls.len(), envoys.len()), (31, 13));
    let in_years = |v: &[&summit::Encounter], years: std::ops::RangeInclusive<i32>| {
        v.iter()
            .filter(|e| years.contains(&e.date.start().year()))
            .count()
    };
    use chrono::Datelike;
    assert_eq!(in_years(&calls, 2016..=2021), 20);
    assert_eq!(in_years(&calls, 2025..=2025), 10);
    assert_eq!(in_years(&calls, 2026..=2026), 1);
    let witkoff = envoys
        .iter()
        .filter(|e| e.participants.iter().any(|p| p == "Steve Witkoff"))
        .count();
    assert_eq!(witkoff, 7);
    // Every contact took place, and a call has no place.
    for e in calls.iter().chain(&envoys) {
        assert_eq!(e.outcome, Outcome::Held, "{}", e.id);
    }
    for e in &calls {
        assert!(e.city.is_empty() && e.country.is_empty(), "{}", e.id);
        assert!(
            e.participants.iter().any(|p| p == "Donald Trump"),
            "{}",
            e.id
        );
        assert!(
            e.participants.iter().any(|p| p == "Vladimir Putin"),
            "{}",
            e.id
        );
    }
    for e in &envoys {
        assert!(!e.city.is_empty() && !e.country.is_empty(), "{}", e.id);
    }
    // The record is checked through the last report found.
    assert_eq!(d.checked_through.unwrap().to_string(), "2026-03-11");
    assert_eq!(calls.last().unwrap().id, "call-2026-03-09");
}

/// Every claim can be followed to a document: each record, highlight,
/// quote and context event cites sources that exist, and each source names
/// one document with a publisher, a title, a date and a URL.
#[test]
fn every_claim_cites_a_source_a_reader_can_follow() {
    let d = Dataset::bundled().unwrap();
    for e in &d.encounters {
        assert!(!e.sources.is_empty(), "{}", e.id);
        assert!(!e.highlights.is_empty(), "{}", e.id);
        for h in &e.highlights {
            assert!(!h.sources.is_empty(), "{}: {}", e.id, h.text);
        }
        for q in &e.quotes {
            assert!(!q.sources.is_empty(), "{}: {}", e.id, q.text);
        }
        for id in e.cited() {
            assert!(d.source(id).is_some(), "{}: {id}", e.id);
        }
    }
    for c in &d.context {
        assert!(!c.sources.is_empty(), "{}", c.title);
        assert!(
            c.sources.iter().all(|s| d.source(s).is_some()),
            "{}",
            c.title
        );
    }
    for s in &d.sources {
        assert!(!s.publisher.is_empty() && !s.title.is_empty(), "{}", s.id);
        let url = s.url.as_deref().unwrap_or_default();
        assert!(
            url.starts_with("http://") || url.starts_with("https://"),
            "{}",
            s.id
        );
    }
    // No catch-all source: each one names a single document.
    assert!(d.source("public-record").is_none());
    assert!(d.checked_through.is_some());
}

/// The passages kept from the Bloomberg article, which the quotes citing
/// it are checked against, stand word for word in the article's text (the
/// shared seed folder, present in CI): copied, never retyped.
#[test]
#[ignore = "needs ../shared/seed/article.txt beside the checkout: cargo test -- --include-ignored"]
fn the_passages_kept_from_the_article_are_its_words() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/article.txt");
    let article = std::fs::read_to_string(&seed);
    crate::common::require(
        article.is_ok(),
        "the seed article (../shared/seed/article.txt)",
        "the shared folder beside the checkout",
    );
    let article = article.unwrap();
    let kept = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/passages/bloomberg-2025.txt"),
    )
    .unwrap();
    let (_, passages) = kept.split_once("\n\n").unwrap();
    let passages: Vec<&str> = passages.split("\n\n").map(str::trim).collect();
    assert!(passages.len() >= 8, "{passages:?}");
    for p in passages {
        assert!(article.contains(p), "not in the article: {p:?}");
    }
}

#[test]
fn documented_durations_and_what_they_cover() {
    let d = Dataset::bundled().unwrap();
    let minutes = |id: &str| d.encounter(id).unwrap().duration_minutes;
    assert_eq!(minutes("hamburg-2017"), Some(135));
    assert_eq!(minutes("hamburg-2017-dinner"), Some(60));
    assert_eq!(minutes("helsinki-2018"), Some(120));
    assert_eq!(minutes("buenos-aires-2018-dinner"), Some(15));
    // TASS's 1 hour 20 minutes; the note gives The Hill's 90 too.
    assert_eq!(minutes("osaka-2019"), Some(80));
    let osaka = d.encounter("osaka-2019").unwrap();
    let note = osaka.duration_note.as_deref().unwrap();
    assert!(note.contains("TASS") && note.contains("The Hill"), "{note}");
    assert_eq!(minutes("alaska-2025"), Some(150));
    assert_eq!(minutes("da-nang-2017"), None);
    // Every documented duration says what it covers or who gives it.
    for e in d.encounters.iter().filter(|e| e.duration_minutes.is_some()) {
        assert!(e.duration_note.is_some(), "{}", e.id);
    }
    let helsinki = d.encounter("helsinki-2018").unwrap();
    assert!(
        helsinki
            .duration_note
            .as_deref()
            .unwrap()
            .contains("one-on-one")
    );
}

/// Participants are the leaders and named officials who took part, not
/// people who happened to be in a group photo.
#[test]
fn participants_took_part() {
    let d = Dataset::bundled().unwrap();
    let people = |id: &str| -> Vec<String> {
        d.encounter(id)
            .unwrap()
            .participants
            .iter()
            .map(|p| p.to_string())
            .collect()
    };
    assert_eq!(people("paris-2018"), ["Donald Trump", "Vladimir Putin"]);
    assert_eq!(
        people("hamburg-2017-dinner"),
        ["Donald Trump", "Vladimir Putin"]
    );
    // Both delegations, as the cited reports name them.
    let osaka = people("osaka-2019");
    for name in [
        "Mike Pompeo",
        "Sergey Lavrov",
        "Anton Siluanov",
        "John Bolton",
    ] {
        assert!(
            osaka
                .iter()
                .any(|p| p.contains(name.split(' ').next_back().unwrap())),
            "{name}: {osaka:?}"
        );
    }
}

/// Records follow what happened: the dinner conversation at Buenos Aires
/// is an encounter of its own, and the Budapest summit comes after the
/// call that announced it, the same day.
#[test]
fn the_record_is_in_the_order_of_events() {
    let d = Dataset::bundled().unwrap();
    let dinner = d.encounter("buenos-aires-2018-dinner").unwrap();
    assert_eq!(dinner.outcome, Outcome::Informal);
    let all = d.chronological();
    let at = |id: &str| all.iter().position(|e| e.id == id).unwrap();
    assert_eq!(at("budapest-2025"), at("call-2025-10-16") + 1);
    assert!(d.encounter("budapest-2025").unwrap().planned.is_none());
    // The calls now records are no longer context events.
    assert!(d.context.iter().all(|c| !c.title.starts_with("Phone call")));
    // A source id is never an encounter id.
    for s in &d.sources {
        assert!(d.encounter(&s.id).is_none(), "{}", s.id);
    }
    // Trump's terms are periods, the second not yet ended.
    let terms: Vec<&str> = d
        .context
        .iter()
        .filter(|c| c.title.contains("term"))
        .map(|c| c.date.as_str())
        .collect();
    assert_eq!(terms, ["2017-01-20/2021-01-20", "2025-01-20/.."]);
}

#[test]
fn every_command_works_on_another_dataset() {
    assert!(other(&["list"]).contains("5 of 5 records"));
    assert!(other(&["show", "riga"]).contains("spring 2020"));
    assert!(other(&["timeline"]).contains("Travel restrictions"));
    // Riga was cancelled: Latvia hosted nothing; Norway did.
    let stats = other(&["stats"]);
    assert!(
        stats.contains("Norway") && !stats.contains("Latvia"),
        "{stats}"
    );
    assert!(other(&["search", "treaty"]).contains("helsinki-2023"));
    let csv = other(&["export", "--format", "csv"]);
    assert_eq!(
        csv::Reader::from_reader(csv.as_bytes()).records().count(),
        5
    );
    // Riga (a season) and Tallinn (a month) span theirs.
    let ics = other(&["export", "--format", "ics"]);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
    assert!(ics.contains("X-SUMMIT-DATE:2020-21"), "{ics}");
    assert!(ics.contains("DTSTART;VALUE=DATE:20231130\r\nDTEND;VALUE=DATE:20231202"));
    assert!(other(&["export", "--format", "markdown"]).contains("### Élysée working lunch"));
    assert!(other(&["quotes", "--format", "csv"]).contains("Bruno Lind,\"Some day, perhaps.\""));
}

/// Where a quote does not stand word for word in a passage kept from a
/// source it cites: `tests/fixtures/passages/<source id>.txt` holds the
/// sentences of the page that carry the quotes, after a `url:` line naming
/// the page read (the source's URL, or a copy its note names; the words
/// themselves are copied from the page, never retyped).
fn unverified_quotes(d: &Dataset) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/passages");
    let mut problems = Vec::new();
    for e in &d.encounters {
        for q in &e.quotes {
            for (text, sources) in q.renderings() {
                if sources.is_empty() {
                    problems.push(format!("{}: \"{text}\" cites no source", e.id));
                }
                for id in sources {
                    let source = d.source(id).expect("every cited source exists");
                    let Ok(kept) = std::fs::read_to_string(dir.join(format!("{id}.txt"))) else {
                        problems.push(format!("{}: no passage kept from {id}", e.id));
                        continue;
                    };
                    let (head, passages) = kept.split_once("\n\n").unwrap_or((&kept, ""));
                    let read = head
                        .lines()
                        .find_map(|l| l.strip_prefix("url: "))
                        .unwrap_or_default();
                    // The page as stored may carry feed parameters.
                    let page = read.split(['?', '#']).next().unwrap_or_default();
                    let named = source.url.as_deref() == Some(read)
                        || source.url.as_deref() == Some(page)
                        || source.note.as_deref().is_some_and(|n| n.contains(read));
                    if read.is_empty() || !named {
                        problems.push(format!(
                            "{id}: the passages were read at {read:?}, which the source does not name"
                        ));
                    }
                    if !passages.contains(text) {
                        problems.push(format!("{}: \"{text}\" is not verbatim in {id}", e.id));
                    }
                }
            }
        }
    }
    problems
}

/// Every quote, and every other rendering of it, stands word for word in
/// the passages kept from each source it cites.
#[test]
fn every_quote_is_verbatim_in_the_sources_it_cites() {
    let d = Dataset::bundled().unwrap();
    let problems = unverified_quotes(&d);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // And every passage kept is one a quote cites.
    let cited: Vec<String> = d
        .encounters
        .iter()
        .flat_map(|e| &e.quotes)
        .flat_map(|q| {
            q.renderings()
                .flat_map(|(_, s)| s.iter().map(|id| format!("{id}.txt")))
        })
        .collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/passages");
    for file in std::fs::read_dir(dir).unwrap() {
        let name = file.unwrap().file_name().into_string().unwrap();
        assert!(cited.contains(&name), "{name}: no quote cites it");
    }

    // And the check fails for a word changed, or a passage missing.
    let mut changed = Dataset::bundled().unwrap();
    let q = changed
        .encounters
        .iter_mut()
        .flat_map(|e| e.quotes.iter_mut())
        .find(|q| !q.sources.is_empty())
        .unwrap();
    q.text = q.text.replacen(' ', " very ", 1).into();
    q.sources.push("no-such-passage".into());
    changed.sources.push(summit::Source {
        id: "no-such-passage".into(),
        ..changed.sources[0].clone()
    });
    let problems = unverified_quotes(&changed);
    assert!(
        problems.iter().any(|p| p.contains("is not verbatim in")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("no passage kept from no-such-passage")),
        "{problems:?}"
    );
}
