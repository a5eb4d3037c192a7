//! Tests of `search`.

use super::*;
use crate::Dataset;

fn ids(query: &str) -> Vec<String> {
    let d = crate::testing::record();
    let all: Vec<&Encounter> = d.encounters.iter().collect();
    search(&all, &[], query)
        .iter()
        .map(|h| h.record.encounter().unwrap().id.to_string())
        .collect()
}

#[test]
fn ranks_title_and_place_above_prose() {
    let got = ids("helsinki");
    assert_eq!(got[0], "2018-helsinki");
    assert!(
        got.len() > 1,
        "Helsinki is also mentioned elsewhere: {got:?}"
    );
    assert_eq!(ids("elbphilharmonie"), ["2017-hamburg-dinner"]);
    assert!(ids("no such words here").is_empty());
    assert!(ids("  ").is_empty());
}

/// One encounter, for scoring by hand.
const ONE: &str = r#"{"title": "t", "description": "d", "updated": "2026-11-29",
  "sources": [{"id": "s", "title": "S", "publisher": "P", "date": "2026"}],
  "encounters": [{"id": "a", "title": "Oslo talks", "date": "2019-09-02",
    "city": "Oslo", "country": "Norway", "occasion": "Walk", "outcome": "informal",
    "summary": "Oslo, oslo and OSLO again; oslo, oslo, oslo.", "sources": ["s"]},
    {"id": "b", "title": "Bergen walk", "date": "2019-09-03", "city": "Bergen",
    "country": "Norway", "occasion": "Walk", "outcome": "informal",
    "summary": "A walk.", "sources": ["s"]}]}"#;

#[test]
fn scores_weight_fields_and_count_occurrences() {
    let d = Dataset::from_str_with(ONE, crate::Origin::Bundled).unwrap();
    let all: Vec<&Encounter> = d.encounters.iter().collect();
    let hit = &search(&all, &[], "oslo")[0];
    // Title 8×10 + 1, place 6×10 + 1, summary 2×10 + min(6, 5).
    assert_eq!(hit.score, 81 + 61 + 25);
    assert_eq!(hit.fields, ["title", "place", "summary"]);
    // The snippet comes from the prose.
    assert!(hit.snippet.starts_with("Oslo, oslo"), "{}", hit.snippet);
    // Without prose, from the first field that matched.
    let hit = &search(&all, &[], "talks")[0];
    assert_eq!((hit.score, hit.snippet.as_str()), (81, "Oslo talks"));
    let hit = &search(&all, &[], "norway")[0];
    assert_eq!((hit.score, hit.snippet.as_str()), (61, "Norway"));
    // Title and place alike are not prose: the title's text is shown.
    let hit = &search(&all, &[], "bergen")[0];
    assert_eq!((hit.score, hit.snippet.as_str()), (81 + 61, "Bergen walk"));
}

#[test]
fn terms_are_words_and_quoted_phrases() {
    assert_eq!(
        terms(r#"putin "fake news"  osaka"#),
        ["putin", "fake news", "osaka"]
    );
    assert_eq!(terms("“fake news” said"), ["fake news", "said"]);
    assert_eq!(terms("\"an open phrase"), ["an open phrase"]);
    assert!(terms("  \"\" ").is_empty());
}

#[test]
fn every_term_must_match_somewhere() {
    let d = Dataset::from_str_with(ONE, crate::Origin::Bundled).unwrap();
    let all: Vec<&Encounter> = d.encounters.iter().collect();
    let hits = search(&all, &[], "oslo walk");
    assert_eq!(hits.len(), 1);
    // Oslo as before (81 + 61 + 25), and walk in the occasion (4×10 + 1).
    assert_eq!(hits[0].score, 81 + 61 + 25 + 41);
    assert_eq!(hits[0].fields, ["title", "place", "occasion", "summary"]);
    assert!(search(&all, &[], "\"walk oslo\"").is_empty());
    assert_eq!(search(&all, &[], "\"a walk\"").len(), 1);
    assert!(matches_all(all[1], &terms("bergen walk")));
    assert!(!matches_all(all[1], &terms("bergen oslo")));
    assert!(matches_all(all[1], &[]));
}

/// The browser reads on from where a prefix of the search stopped,
/// which is right only if a longer text never matches a record its
/// prefix does not.
#[test]
fn a_longer_text_matches_a_subset_of_what_its_prefix_matches() {
    let d = crate::testing::record();
    for query in [
        r#"putin "fake news" osaka"#,
        "“helsinki summit” press",
        r#"trump  "  an open phrase"#,
        "élysée paris ",
    ] {
        let prefixes: Vec<&str> = query
            .char_indices()
            .map(|(i, _)| &query[..i])
            .chain([query])
            .collect();
        for e in &d.encounters {
            for pair in prefixes.windows(2) {
                let (short, long) = (Matcher::new(pair[0]), Matcher::new(pair[1]));
                assert!(
                    !long.matches(e) || short.matches(e),
                    "{:?} matches {} but {:?} does not",
                    pair[1],
                    e.id,
                    pair[0]
                );
            }
        }
    }
}

#[test]
fn matcher_folds_and_needs_every_term() {
    let d = crate::testing::record();
    let alaska = d.encounter("2025-alaska").unwrap();
    assert!(Matcher::new("ELMENDORF–richardson anchorage").matches(alaska));
    assert!(!Matcher::new("elmendorf osaka").matches(alaska));
    assert!(Matcher::new("").matches(alaska));
    // More terms than one word of bits holds.
    let many = vec!["anchorage".to_string(); 70];
    assert!(Matcher::from_terms(&many).matches(alaska));
    let mut one_off = many.clone();
    one_off[69] = "osaka".into();
    assert!(!Matcher::from_terms(&one_off).matches(alaska));
}

#[test]
fn snippets_centre_on_the_match_at_word_boundaries() {
    let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi \
                omicron pi rho sigma tau upsilon";
    assert_eq!(
        make_snippet(text, "kappa", 30),
        "…iota kappa lambda mu nu x…"
    );
    // A word longer than the room is cut, but never the match itself.
    let long = format!("{}kappa{}", "z".repeat(34), "z".repeat(30));
    assert_eq!(make_snippet(&long, "kappa", 20), "…kappazzzzzzzzz…");
    assert_eq!(make_snippet("short text", "text", 20), "short text");
    // A start that falls on a word's first letter stays there.
    let words = "aaaaaaaaa bbbbbbbbb ccccccccc kappa ddddddddd eeeeeeeee fffffffff ggggggggg";
    assert_eq!(
        make_snippet(words, "kappa", 30),
        "…ccccccccc kappa ddddddddd eeee…"
    );
    // No "…" at an end that was not cut.
    assert_eq!(
        make_snippet(words, "aaaa", 30),
        "aaaaaaaaa bbbbbbbbb ccccccccc…"
    );
    assert_eq!(
        make_snippet(words, "ggg", 30),
        "…eeeeeeeee fffffffff ggggggggg"
    );
}

#[test]
fn context_events_are_found_by_their_titles() {
    let d = crate::testing::record();
    let all: Vec<&Encounter> = d.encounters.iter().collect();
    let context: Vec<&ContextEvent> = d.context.iter().collect();
    let hits = search(&all, &context, "crimea");
    let titles: Vec<&str> = hits.iter().map(|h| h.record.title()).collect();
    assert!(
        titles
            .iter()
            .any(|t| t.starts_with("Russia annexes Crimea")),
        "{titles:?}"
    );
    let crimea = hits
        .iter()
        .find(|h| h.record.title().starts_with("Russia annexes"))
        .unwrap();
    assert!(crimea.record.encounter().is_none());
    assert_eq!(crimea.fields, ["title"]);
    // Accents and case, as for encounters; every word must be there.
    assert_eq!(search(&[], &context, "ZELENSKIY oval").len(), 1);
    assert!(search(&[], &context, "zelenskiy osaka").is_empty());
    let json = serde_json::to_value(&search(&[], &context, "mueller")[0]).unwrap();
    assert_eq!(json["kind"], "context");
    assert_eq!(json["date"], "2019-04-18");
    assert!(json.get("id").is_none());
    let json = serde_json::to_value(&search(&all, &[], "elbphilharmonie")[0]).unwrap();
    assert_eq!(
        (json["kind"].as_str(), json["id"].as_str()),
        (Some("record"), Some("2017-hamburg-dinner"))
    );
}

/// A context event scores as an encounter's title would: each word found
/// once, 8×10 + 1. Equal scores keep date order, so an earlier context
/// event comes before the encounter it ties with.
#[test]
fn a_context_event_scores_as_a_title() {
    let d = Dataset::from_str_with(ONE, crate::Origin::Bundled).unwrap();
    let all: Vec<&Encounter> = d.encounters.iter().collect();
    let event: ContextEvent = serde_json::from_str(
        r#"{"date": "2019-09-01", "title": "Oslo talks planned", "sources": ["s"]}"#,
    )
    .unwrap();
    let found = |query: &str| -> Vec<(u32, String)> {
        search(&all, &[&event], query)
            .iter()
            .map(|h| (h.score, h.record.title().to_string()))
            .collect()
    };
    assert_eq!(
        found("talks"),
        [(81, "Oslo talks planned".into()), (81, "Oslo talks".into())]
    );
    assert_eq!(
        found("planned talks"),
        [(2 * 81, "Oslo talks planned".into())]
    );
}

#[test]
fn accent_insensitive() {
    assert_eq!(ids("elmendorf–richardson"), ["2025-alaska"]);
    assert_eq!(ids("ELMENDORF"), ["2025-alaska"]);
}

#[test]
fn reports_fields_and_snippet() {
    let d = crate::testing::record();
    let all: Vec<&Encounter> = d.encounters.iter().collect();
    let hits = search(&all, &[], "punished");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].fields, ["quotes", "summary"]);
    assert!(hits[0].snippet.contains("punished"), "{}", hits[0].snippet);
    let s = make_snippet(&d.encounter("2018-paris").unwrap().summary, "thumbs-up", 40);
    assert!(s.starts_with('…') && s.contains("thumbs-up"), "{s}");
}

/// What matched, by character position, case and accents ignored.
#[test]
fn highlights_say_where_the_words_are() {
    let m = Matcher::new("orban élysée");
    assert_eq!(m.highlights("Viktor Orbán at the Elysee"), [7..12, 20..26]);
    assert_eq!(
        Matcher::new("g20").highlights("G20 summit, G20"),
        [0..3, 12..15]
    );
    // Overlapping matches are one range.
    assert_eq!(Matcher::new("summ mit").highlights("summit"), vec![0..6]);
    assert!(Matcher::new("xylophone").highlights("summit").is_empty());
}

/// An empty query matches everything and says it is empty; every word of
/// a longer one must be found, in whichever field.
#[test]
fn a_matcher_needs_every_word() {
    let d = crate::testing::record();
    let osaka = d.encounter("2019-osaka").unwrap();
    assert!(Matcher::new("").is_empty());
    assert!(Matcher::new("  ").is_empty());
    assert!(!Matcher::new("osaka").is_empty());
    assert!(Matcher::new("osaka putin mueller").matches(osaka));
    assert!(!Matcher::new("osaka putin 2018-helsinki xylophone").matches(osaka));
}
