//! Tests of matching places and people by their names.

use super::*;

#[test]
fn names_match_whole_words_and_country_codes() {
    // A country by name, code or short name; never a piece of a word:
    // "us" is not in "Russia".
    let united_states = ["2018-washington-spring", "2018-washington", "2025-alaska"];
    for country in [
        "US",
        "usa",
        "U.S.",
        "United States",
        "america",
        "UNITED states",
    ] {
        let got = run(Filter {
            countries: vec![country.into()],
            ..Filter::default()
        });
        assert_eq!(got, united_states, "{country}");
    }
    let russia = run(Filter {
        countries: vec!["RU".into()],
        ..Filter::default()
    });
    assert_eq!(
        russia,
        [
            "2017-04-12-tillerson",
            "2018-moscow",
            "2020-moscow",
            "2025-moscow",
            "2025-08-06-witkoff"
        ]
    );
    assert!(
        run(Filter {
            countries: vec!["ssia".into()],
            ..Filter::default()
        })
        .is_empty()
    );
    // A city by a whole word of it.
    let got = run(Filter {
        cities: vec!["aires".into()],
        ..Filter::default()
    });
    assert_eq!(got, ["2018-buenos-aires", "2018-buenos-aires-dinner"]);
    assert!(
        run(Filter {
            cities: vec!["aire".into()],
            ..Filter::default()
        })
        .is_empty()
    );
    let got = run(Filter {
        participants: vec!["lavrov".into()],
        ..Filter::default()
    });
    assert_eq!(
        got,
        [
            "2017-04-12-tillerson",
            "2017-hamburg",
            "2018-helsinki",
            "2019-osaka",
            "2025-alaska"
        ]
    );
    // "son" is in "Tillerson", and names nobody.
    assert!(
        run(Filter {
            participants: vec!["son".into()],
            ..Filter::default()
        })
        .is_empty()
    );
    let got = run(Filter {
        topics: vec!["SYRIA".into()],
        ..Filter::default()
    });
    assert_eq!(
        got,
        [
            "2017-04-12-tillerson",
            "2017-05-02-call",
            "2017-hamburg",
            "2017-da-nang",
            "2018-03-20-call"
        ]
    );
    let got = run(Filter {
        texts: vec!["fake news".into()],
        ..Filter::default()
    });
    assert_eq!(got, ["2019-osaka"]);
    let got = run(Filter {
        texts: vec!["abjectly".into()],
        ..Filter::default()
    });
    assert_eq!(got, ["2018-helsinki"]);
}
