//! The bundled dataset: the facts users rely on.

use std::path::Path;

use summit::{Dataset, Outcome};

#[test]
fn holds_exactly_the_ten_encounters() {
    let d = Dataset::bundled().unwrap();
    let got: Vec<(&str, &str, Outcome)> = d
        .chronological()
        .iter()
        .map(|e| (&*e.id, e.date.as_str(), e.outcome))
        .collect();
    use Outcome::*;
    assert_eq!(
        got,
        [
            ("hamburg-2017", "2017-07-07", Held),
            ("hamburg-2017-dinner", "2017-07-07", Informal),
            ("da-nang-2017", "2017-11-10/2017-11-11", Informal),
            ("helsinki-2018", "2018-07-16", Held),
            ("washington-2018", "2018-23", Proposed),
            ("paris-2018", "2018-11-11", Informal),
            ("buenos-aires-2018", "2018-11-30/2018-12-01", Cancelled),
            ("osaka-2019", "2019-06-28", Held),
            ("moscow-2020", "2020-05-09", Proposed),
            ("alaska-2025", "2025-08-15", Held),
        ]
    );
}

#[test]
fn every_record_cites_the_article_and_existing_sources() {
    let d = Dataset::bundled().unwrap();
    for e in &d.encounters {
        assert!(e.sources.iter().any(|s| s == "bloomberg-2025"), "{}", e.id);
        assert!(e.sources.iter().all(|s| d.source(s).is_some()), "{}", e.id);
        assert!(
            !e.summary.is_empty() && !e.highlights.is_empty(),
            "{}",
            e.id
        );
    }
    for c in &d.context {
        assert!(
            c.sources.iter().all(|s| d.source(s).is_some()),
            "{}",
            c.title
        );
    }
}

/// Every quote must stand word for word in the source article or in the
/// facts list beside it (the shared seed folder, present in CI).
#[test]
fn every_quote_is_verbatim_in_the_sources() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
    let (article, facts) = (
        std::fs::read_to_string(seed.join("article.txt")),
        std::fs::read_to_string(seed.join("facts.md")),
    );
    if !crate::common::present(
        article.is_ok() && facts.is_ok(),
        "the seed article and facts (../shared/seed)",
        "the shared folder beside the checkout",
    ) {
        return;
    }
    let (article, facts) = (article.unwrap(), facts.unwrap());
    let d = Dataset::bundled().unwrap();
    let mut quotes = 0;
    for e in &d.encounters {
        for q in &e.quotes {
            quotes += 1;
            assert!(
                article.contains(&*q.text) || facts.contains(&*q.text),
                "{}: quote not verbatim: {:?}",
                e.id,
                q.text
            );
        }
    }
    assert!(quotes >= 10);
}

#[test]
fn documented_durations() {
    let d = Dataset::bundled().unwrap();
    let minutes = |id: &str| d.encounter(id).unwrap().duration_minutes;
    assert_eq!(minutes("hamburg-2017"), Some(135));
    assert_eq!(minutes("hamburg-2017-dinner"), Some(60));
    assert_eq!(minutes("helsinki-2018"), Some(120));
    assert_eq!(minutes("alaska-2025"), Some(165));
    assert_eq!(minutes("osaka-2019"), None);
}
