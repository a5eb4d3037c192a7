//! Tests of choosing and ordering encounters.

use super::*;
use crate::model::Channel;

mod names;

fn ids(v: &[&Encounter]) -> Vec<String> {
    v.iter().map(|e| e.id.to_string()).collect()
}

fn run(filter: Filter) -> Vec<String> {
    let d = crate::testing::record();
    let mut v = filter.apply(&d.encounters);
    sort(&mut v, SortKey::Date, false);
    ids(&v)
}

#[test]
fn year_filter_overlaps() {
    // A record's own date chooses it: a proposal's is the day it was made
    // public, whatever it was planned for.
    let got = run(Filter {
        years: vec![2018..=2018],
        ..Filter::default()
    });
    assert_eq!(
        got,
        [
            "2018-03-20-call",
            "2018-washington-spring",
            "2018-helsinki",
            "2018-washington",
            "2018-moscow",
            "2018-paris-bilateral",
            "2018-buenos-aires",
            "2018-paris",
            "2018-buenos-aires-dinner",
        ]
    );
    // The Victory Day invitation for 2020 was made in 2019.
    assert_eq!(
        run(Filter {
            years: vec![2019..=2020],
            ..Filter::default()
        }),
        ["2019-osaka", "2020-moscow"]
    );
    assert!(
        run(Filter {
            years: vec![2020..=2024],
            ..Filter::default()
        })
        .is_empty()
    );
    let got = run(Filter {
        years: vec![2017..=2017, 2025..=2025],
        ..Filter::default()
    });
    assert_eq!(got.len(), 14);
}

#[test]
fn date_range_filter_overlaps() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let got = run(Filter {
        from: day(2018, 10, 1),
        to: day(2018, 11, 30),
        ..Filter::default()
    });
    assert_eq!(
        got,
        [
            "2018-paris-bilateral",
            "2018-buenos-aires",
            "2018-paris",
            "2018-buenos-aires-dinner"
        ]
    );
    // Da Nang runs 10 to 11 November 2017: its second day is in range.
    let got = run(Filter {
        from: day(2017, 11, 11),
        to: day(2017, 11, 11),
        ..Filter::default()
    });
    assert_eq!(got, ["2017-da-nang"]);
    // Budapest was made public on 16 October 2025 with no date ever set:
    // nothing of it falls in November.
    assert!(
        run(Filter {
            from: day(2025, 11, 1),
            ..Filter::default()
        })
        .is_empty()
    );
}

#[test]
fn outcome_and_channel_filters_partition() {
    let d = crate::testing::record();
    let held = Filter {
        outcomes: vec![Outcome::Held],
        ..Filter::default()
    };
    let rest = Filter {
        outcomes: vec![Outcome::Informal, Outcome::Cancelled, Outcome::Proposed],
        ..Filter::default()
    };
    let (a, b) = (held.apply(&d.encounters), rest.apply(&d.encounters));
    assert_eq!(a.len() + b.len(), d.encounters.len());
    assert!(a.iter().all(|e| !b.iter().any(|f| f.id == e.id)));
    // A call or an envoy meeting that took place is held too.
    let meetings_held = Filter {
        outcomes: vec![Outcome::Held],
        channels: vec![Channel::Meeting],
        ..Filter::default()
    };
    assert_eq!(
        ids(&meetings_held.apply(&d.encounters)),
        ["2017-hamburg", "2018-helsinki", "2019-osaka", "2025-alaska"]
    );
    let by = |c: Channel| {
        Filter {
            channels: vec![c],
            ..Filter::default()
        }
        .apply(&d.encounters)
    };
    let sizes: Vec<usize> = Channel::ALL.into_iter().map(|c| by(c).len()).collect();
    assert_eq!(sizes, [18, 5, 2]);
    assert!(by(Channel::Call).iter().all(|e| e.channel == Channel::Call));
    assert_eq!(
        ids(&by(Channel::Envoy)),
        ["2017-04-12-tillerson", "2025-08-06-witkoff"]
    );
}

#[test]
fn context_events_are_chosen_by_date_alone() {
    let d = crate::testing::record();
    let dates = |f: Filter| -> Vec<String> {
        f.apply_context(&d.context)
            .iter()
            .map(|c| c.date.as_str().to_string())
            .collect()
    };
    assert_eq!(
        dates(Filter {
            years: vec![2020..=2022],
            // Not a date criterion: context events have no outcome.
            outcomes: vec![Outcome::Cancelled],
            ..Filter::default()
        }),
        ["2017-01-20/2021-01-20", "2020-11", "2022-02-24"]
    );
    assert_eq!(
        dates(Filter {
            from: NaiveDate::from_ymd_opt(2025, 2, 1),
            ..Filter::default()
        }),
        // The second term, which has not ended, is in every range after
        // its start.
        ["2025-01-20/..", "2025-02-28"]
    );
}

#[test]
fn context_events_are_chosen_by_their_text_too() {
    let d = crate::testing::record();
    let titles = |f: Filter| -> Vec<String> {
        f.apply_context(&d.context)
            .iter()
            .map(|c| c.title.clone())
            .collect()
    };
    let crimea = titles(Filter {
        texts: vec!["crimea".into()],
        ..Filter::default()
    });
    assert_eq!(crimea.len(), 1, "{crimea:?}");
    assert!(crimea[0].starts_with("Russia annexes Crimea"));
    // Either of two searches; each needs all its words.
    let either = titles(Filter {
        texts: vec!["crimea".into(), "oval office".into()],
        ..Filter::default()
    });
    assert_eq!(either.len(), 2, "{either:?}");
    assert!(
        titles(Filter {
            texts: vec!["crimea oval".into()],
            ..Filter::default()
        })
        .is_empty()
    );
    // Dates still apply.
    assert!(
        titles(Filter {
            texts: vec!["crimea".into()],
            years: vec![2015..=2025],
            ..Filter::default()
        })
        .is_empty()
    );
}

#[test]
fn criteria_combine_with_and_values_with_or() {
    let got = run(Filter {
        years: vec![2018..=2018],
        outcomes: vec![Outcome::Held, Outcome::Cancelled],
        ..Filter::default()
    });
    assert_eq!(
        got,
        [
            "2018-03-20-call",
            "2018-helsinki",
            "2018-paris-bilateral",
            "2018-buenos-aires"
        ]
    );
    let got = run(Filter {
        countries: vec!["japan".into(), "finland".into()],
        ..Filter::default()
    });
    assert_eq!(got, ["2018-helsinki", "2019-osaka"]);
}

#[test]
fn sorts_are_stable_and_reversible() {
    let d = crate::testing::record();
    let mut v: Vec<&Encounter> = d.encounters.iter().collect();
    sort(&mut v, SortKey::Duration, false);
    assert_eq!(
        &ids(&v)[..7],
        [
            "2018-buenos-aires-dinner",
            "2025-08-19-call",
            "2017-hamburg-dinner",
            "2019-osaka",
            // Three of 2 h, in date order.
            "2017-04-12-tillerson",
            "2018-helsinki",
            "2025-03-18-call",
        ]
    );
    let documented = v.iter().filter(|e| e.duration_minutes.is_some()).count();
    // Undocumented durations stay last, in date order, both ways.
    assert_eq!(ids(&v)[documented], "2017-05-02-call");
    sort(&mut v, SortKey::Duration, true);
    assert_eq!(
        &ids(&v)[..4],
        [
            "2025-08-06-witkoff",
            "2025-alaska",
            "2025-10-16-call",
            "2017-hamburg"
        ]
    );
    assert_eq!(ids(&v)[documented], "2017-05-02-call");

    sort(&mut v, SortKey::Kind, false);
    // Held meetings first; ties (the same kind) keep chronological order.
    assert_eq!(
        &ids(&v)[..4],
        ["2017-hamburg", "2018-helsinki", "2019-osaka", "2025-alaska"]
    );
    assert_eq!(ids(&v).last().unwrap(), "2025-08-06-witkoff");
    sort(&mut v, SortKey::Kind, true);
    assert_eq!(
        &ids(&v)[..2],
        ["2017-04-12-tillerson", "2025-08-06-witkoff"]
    );

    sort(&mut v, SortKey::Title, false);
    assert_eq!(ids(&v)[0], "2025-alaska");
    // A title that opens with a quotation mark sorts by its words.
    let titles: Vec<String> = v
        .iter()
        .map(|e| crate::text::fold(e.title.trim_start_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
    sort(&mut v, SortKey::Place, false);
    // By city, a call (no city) first.
    assert_eq!(v[0].channel, Channel::Call);
    let cities: Vec<String> = v.iter().map(|e| crate::text::fold(&e.city)).collect();
    assert!(cities.windows(2).all(|w| w[0] <= w[1]));
    sort(&mut v, SortKey::Date, true);
    // Newest first; the last day holds a call and the summit it announced.
    assert_eq!(&ids(&v)[..2], ["2025-10-16-call", "2025-budapest"]);
}

#[test]
fn groups_in_natural_order() {
    let d = crate::testing::record();
    let mut v: Vec<&Encounter> = d.encounters.iter().collect();
    sort(&mut v, SortKey::Date, false);
    let titles: Vec<String> = group(&v, GroupBy::Year, false)
        .into_iter()
        .map(|g| g.0)
        .collect();
    // A proposal made in 2019 for 2020 is of 2019.
    assert_eq!(titles, ["2017", "2018", "2019", "2025"]);
    let g = group(&v, GroupBy::Kind, false);
    assert_eq!(
        g.iter()
            .map(|g| (g.0.as_str(), g.1.len()))
            .collect::<Vec<_>>(),
        [
            ("meetings held", 4),
            ("informal encounters", 4),
            ("cancelled meetings", 3),
            ("proposals", 7),
            ("calls", 5),
            ("envoy meetings", 2)
        ]
    );
    let titles = |reverse| -> Vec<String> {
        group(&v, GroupBy::Country, reverse)
            .into_iter()
            .map(|g| g.0)
            .collect()
    };
    // Calls have no country: theirs is the group at the end.
    assert_eq!(titles(false)[0], "Argentina");
    assert_eq!(titles(false).last().unwrap(), "no country (calls)");
    assert_eq!(&titles(true)[..2], ["no country (calls)", "Vietnam"]);
}

/// Groups are written one after another, a blank line between two and
/// none before the first; without a key, the body has everything at once.
#[test]
fn in_groups_writes_headings_and_bodies() {
    let d = crate::testing::record();
    let mut v: Vec<&Encounter> = d.encounters.iter().collect();
    v.retain(|e| e.date.overlaps_years(&(2017..=2018)));
    sort(&mut v, SortKey::Date, false);
    let write = |by| {
        let mut out = Vec::new();
        in_groups(
            &mut out,
            &v,
            by,
            false,
            |title, n| format!("# {title} ({n})"),
            |w, members| writeln!(w, "{}", members.len()),
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    };
    let (a, b) = (
        v.iter()
            .filter(|e| e.date.overlaps_years(&(2017..=2017)))
            .count(),
        v.iter()
            .filter(|e| e.date.overlaps_years(&(2018..=2018)))
            .count(),
    );
    assert!(a > 0 && b > 0);
    assert_eq!(
        write(Some(GroupBy::Year)),
        format!("# 2017 ({a})\n{a}\n\n# 2018 ({b})\n{b}\n")
    );
    assert_eq!(write(None), format!("{}\n", a + b));
}

#[test]
fn lookup_by_id_prefix_and_words() {
    let d = crate::testing::record();
    let found = |q: &str| match lookup(&d.encounters, q) {
        Lookup::Found(e) => e.id.clone(),
        other => panic!("{q}: {other:?}"),
    };
    assert_eq!(found("2018-helsinki"), "2018-helsinki");
    assert_eq!(found("HELSINKI"), "2018-helsinki");
    assert_eq!(found("2019-os"), "2019-osaka");
    assert_eq!(found("2017-hamburg"), "2017-hamburg");
    assert_eq!(found("Alaska"), "2025-alaska");
    assert_eq!(found("finland"), "2018-helsinki");
    assert_eq!(found("elbphilharmonie"), "2017-hamburg-dinner");
    match lookup(&d.encounters, "hamburg") {
        Lookup::Ambiguous(v) => assert_eq!(ids(&v), ["2017-hamburg", "2017-hamburg-dinner"]),
        other => panic!("{other:?}"),
    }
    match lookup(&d.encounters, "united states") {
        Lookup::Ambiguous(v) => assert_eq!(
            ids(&v),
            ["2018-washington-spring", "2018-washington", "2025-alaska"]
        ),
        other => panic!("{other:?}"),
    }
    // A word names every record it is a word of, whether an id starts
    // with it or not.
    let built = crate::testing::Build::new()
        .meeting("2018-washington", "2018-07-19", "proposed")
        .with("city", "Washington")
        .envoy("2017-05-10-lavrov", "2017-05-10")
        .with("city", "Washington")
        .meeting("oslo-2019", "2019-09-02", "informal")
        .with("city", "Oslo")
        .dataset();
    match lookup(&built.encounters, "washington") {
        Lookup::Ambiguous(v) => assert_eq!(ids(&v), ["2017-05-10-lavrov", "2018-washington"]),
        other => panic!("{other:?}"),
    }
    match lookup(&d.encounters, "helsinki-2019") {
        Lookup::NotFound(s) => assert_eq!(s[0], "2018-helsinki"),
        other => panic!("{other:?}"),
    }
    match lookup(&d.encounters, "zzzz") {
        Lookup::NotFound(s) => assert!(s.is_empty()),
        other => panic!("{other:?}"),
    }
}

/// One encounter against a filter: what `apply` keeps, one at a time.
#[test]
fn a_filter_matches_one_encounter() {
    let d = crate::testing::record();
    let e = |id: &str| d.encounter(id).unwrap();
    let finland = Filter {
        countries: vec!["finland".into()],
        ..Filter::default()
    };
    assert!(finland.matches(e("2018-helsinki")));
    assert!(!finland.matches(e("2019-osaka")));
    let text = Filter {
        texts: vec!["\"fake news\"".into()],
        ..Filter::default()
    };
    assert!(text.matches(e("2019-osaka")));
    assert!(!text.matches(e("2018-helsinki")));
    assert!(Filter::default().matches(e("2025-alaska")));
}

/// What a query found that a reader should know comes as typed notes,
/// which name no command-line flag: the caller puts them into its words.
#[test]
fn notes_are_typed_and_name_no_flag() {
    let d = crate::testing::record();
    let found = |query: Query| query.run(&d).notes;
    assert_eq!(found(Query::default()), Vec::<Note>::new());
    let none = found(Query {
        limit: Some(0),
        ..Query::default()
    });
    assert_eq!(
        none,
        [Note::LimitZero {
            matching: d.encounters.len()
        }]
    );
    let short_year = found(Query {
        filter: Filter {
            years: vec![18..=18],
            ..Filter::default()
        },
        ..Query::default()
    });
    assert_eq!(
        short_year,
        [Note::NoneMatch {
            years_meant: Some("2018".into()),
            context_events: 0
        }]
    );
    let texts = found(Query {
        filter: Filter {
            texts: vec!["pensioner".into()],
            ..Filter::default()
        },
        ..Query::default()
    });
    assert_eq!(
        texts,
        [Note::NoneMatch {
            years_meant: None,
            context_events: 1
        }]
    );
    let empty = crate::testing::Build::new().dataset();
    assert_eq!(Query::default().run(&empty).notes, [Note::EmptyDataset]);
    for note in none.iter().chain(&short_year).chain(&texts) {
        let words = note.to_string();
        assert!(!words.contains("--"), "{words}");
    }
    assert_eq!(
        none[0].to_string(),
        format!(
            "a limit of 0 shows none of the {} matching records",
            d.encounters.len()
        )
    );
}
