//! Tests of `import`.

use super::base::pair_up;
use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

#[test]
fn the_same_handle_twice_gets_a_number() {
    let sheet = "Year,Headline,Group\n2019,Talks,held\n2019,Talks,held\n2019,Talks,held\n";
    let imported = timelinejs::import(sheet, None, today()).unwrap();
    let ids: Vec<&str> = imported.draft.encounters.iter().map(|e| e.id()).collect();
    assert_eq!(ids, ["talks-2019", "talks-2019-2", "talks-2019-3"]);
}

#[test]
fn a_column_the_csv_has_is_kept_even_empty() {
    let base = crate::testing::record();
    // Helsinki's venue cleared in the CSV: it stays cleared, though the
    // base has one; its highlights' sources come back from the base.
    let all: Vec<_> = base.encounters.iter().collect();
    let mut out = Vec::new();
    crate::export::csv::encounters(&mut out, &all, &crate::fields::Column::csv()).unwrap();
    let csv = String::from_utf8(out)
        .unwrap()
        .replacen("Presidential Palace", "", 1);
    let imported = csv::import(&csv, Some(&base), today()).unwrap();
    let helsinki = imported
        .draft
        .encounters
        .iter()
        .find(|e| e.id() == "2018-helsinki")
        .unwrap();
    assert!(helsinki.is_empty(Field::Venue));
    assert!(helsinki.highlights().iter().all(|h| !h.sources.is_empty()));
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
}

#[test]
fn a_record_whose_base_has_no_highlights_notes_none() {
    let json = r#"{"title": "t", "description": "d", "updated": "2026-11-29",
      "sources": [{"id": "s", "title": "S", "publisher": "P", "date": "2026"}],
      "encounters": [{"id": "a", "title": "A", "date": "2019", "city": "Oslo",
        "country": "Norway", "occasion": "Walk", "outcome": "informal",
        "summary": "S.", "sources": ["s"]}]}"#;
    let base = Dataset::from_str_with(json, crate::Origin::Bundled).unwrap();
    let csv = "id,title,date,city,country,occasion,outcome,summary,highlights,sources\n\
               a,A,2019,Oslo,Norway,Walk,informal,S.,A new moment,s\n";
    let imported = csv::import(csv, Some(&base), today()).unwrap();
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
    assert_eq!(
        imported.draft.encounters[0].highlights()[0].text,
        "A new moment"
    );
}

#[test]
fn notes_on_empty_fields_the_base_fills_are_not_given() {
    let base = crate::testing::record();
    // 2018-helsinki with no SUMMARY and a LOCATION without a country.
    let calendar = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:2018-helsinki@summit\n\
                    DTSTART;VALUE=DATE:20180716\nLOCATION:Helsinki\nCATEGORIES:held\n\
                    END:VEVENT\nBEGIN:VEVENT\nUID:elsewhere@example.org\n\
                    DTSTART;VALUE=DATE:20200101\nLOCATION:Riga\nCATEGORIES:held\n\
                    END:VEVENT\nEND:VCALENDAR\n";
    let imported = ics::import(calendar, Some(&base), today()).unwrap();
    let notes: Vec<String> = imported
        .notes
        .iter()
        .map(|n| format!("{}: {}", n.at, n.message))
        .collect();
    let e = &imported.draft.encounters;
    assert_eq!(
        (e[0].text(Field::Title), e[0].text(Field::Country)),
        ("Helsinki summit", "Finland")
    );
    assert_eq!(
        notes,
        [
            "the base: 24 records are not in the input, so not in the draft: \
             2017-04-12-tillerson, 2017-05-02-call, 2017-hamburg, 2017-hamburg-dinner, \
             2017-da-nang, 2018-03-20-call, 2018-washington-spring, 2018-washington, \
             2018-moscow, 2018-paris-bilateral and 14 more",
            "event UID elsewhere@example.org: has no SUMMARY; the title is left empty",
            "event UID elsewhere@example.org: LOCATION \"Riga\" names no country; the country is left empty"
        ]
    );
}

#[test]
fn items_pair_by_place_then_by_content() {
    let p = |mine: &[&str], theirs: &[&str]| pair_up(mine, theirs);
    // The same text twice keeps its own place.
    assert_eq!(p(&["a", "a"], &["a", "a"]), [Some(0), Some(1)]);
    // Moved: found by content, each taken once.
    assert_eq!(p(&["b", "a"], &["a", "b"]), [Some(1), Some(0)]);
    assert_eq!(
        p(&["x", "a", "a"], &["a", "a", "y"]),
        [None, Some(1), Some(0)]
    );
    assert_eq!(p(&["a", "a", "a"], &["a", "a"]), [Some(0), Some(1), None]);
    assert_eq!(p(&["z"], &[]), [None]);
}

#[test]
fn two_highlights_of_one_text_keep_their_own_sources() {
    let json = r#"{"title": "t", "description": "d", "updated": "2026-11-29",
      "sources": [{"id": "s1", "title": "S", "publisher": "P", "date": "2026"},
                  {"id": "s2", "title": "S", "publisher": "P", "date": "2026"}],
      "encounters": [{"id": "a", "title": "A", "date": "2019", "city": "Oslo",
        "country": "Norway", "occasion": "Walk", "outcome": "informal",
        "summary": "S.", "sources": ["s1"],
        "highlights": [{"text": "Same words", "sources": ["s1"]},
                       {"text": "Same words", "sources": ["s2"]}],
        "quotes": [{"speaker": "A", "text": "Yes.", "sources": ["s2"]},
                   {"speaker": "A", "text": "Yes.", "sources": ["s1"]}]}]}"#;
    let base = Dataset::from_str_with(json, crate::Origin::Bundled).unwrap();
    let csv = "id,title,date,city,country,occasion,outcome,summary,highlights,quotes,sources\n\
               a,A,2019,Oslo,Norway,Walk,informal,S.,\"Same words\nSame words\",\"A: \"\"Yes.\"\"\nA: \"\"Yes.\"\"\",s1\n";
    let imported = csv::import(csv, Some(&base), today()).unwrap();
    let e = &imported.draft.encounters[0];
    let cited = |s: &[std::borrow::Cow<str>]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(cited(&e.highlights()[0].sources), ["s1"]);
    assert_eq!(cited(&e.highlights()[1].sources), ["s2"]);
    assert_eq!(cited(&e.quotes()[0].sources), ["s2"]);
    assert_eq!(cited(&e.quotes()[1].sources), ["s1"]);
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
}

#[test]
fn slugs_are_ids() {
    assert_eq!(slug("Helsinki summit", Some(2018)), "helsinki-summit-2018");
    assert_eq!(slug("Élysée working lunch!", None), "elysee-working-lunch");
    assert_eq!(slug("Summit 2019", Some(2019)), "summit-2019");
    assert_eq!(slug("???", Some(2020)), "record-2020");
    // At most 40 characters, whole words, before the year.
    assert_eq!(
        slug(
            "The long awaited and much postponed second summit meeting",
            Some(2025)
        ),
        "the-long-awaited-and-much-postponed-2025"
    );
    let forty = format!("{}abcde", "abcd ".repeat(7));
    assert_eq!(slug(&forty, None).len(), 40);
    assert_eq!(slug(&format!("{forty}f"), None).len(), 34);
}

#[test]
fn html_becomes_plain_text() {
    assert_eq!(
        plain("<p>Talks &amp; a <b>walk</b>.</p>\n<p>Then&nbsp;lunch.</p>"),
        "Talks & a walk. Then lunch."
    );
}

#[test]
fn outcomes_named_in_a_group() {
    use crate::model::Outcome;
    assert_eq!(outcome_named("Held"), Some(Outcome::Held));
    assert_eq!(
        outcome_named("Cancelled meetings"),
        Some(Outcome::Cancelled)
    );
    assert_eq!(outcome_named("Trips"), None);
    assert_eq!(outcome_named("held or cancelled"), None);
}
