use super::*;

/// Values for readers: days in words, periods as the views write them,
/// works by publisher and title wherever an id stands for one.
#[test]
fn values_for_readers() {
    let works = vec![
        ("bbc".to_string(), "BBC News, Talks end".to_string()),
        ("ap".to_string(), "AP, A summit".to_string()),
    ];
    let read = |field: &str, value: &str| for_readers(field, value, &works);
    assert_eq!(read("date", "2025-08-15"), "15 August 2025");
    assert_eq!(read("updated", "2026-12-24"), "24 December 2026");
    assert_eq!(read("date", "2018-11-30/2018-12-01"), "30 Nov – 1 Dec 2018");
    assert_eq!(read("date", "2018-23"), "autumn 2018");
    assert_eq!(read("sources", "bbc"), "BBC News, Talks end");
    assert_eq!(read("sources", "elsewhere"), "elsewhere");
    assert_eq!(read("title", "bbc"), "bbc");
    assert_eq!(
        read("coordinates", "61.2, -149.9 (the city), sources bbc, gone"),
        "61.2, -149.9 (the city), from BBC News, Talks end; gone"
    );
    assert_eq!(read("summary", "met, sources bbc"), "met, sources bbc");
    assert_eq!(
        read("context", "2018-11-25 Ships seized [bbc]"),
        "25 Nov 2018: Ships seized (BBC News, Talks end)"
    );
    assert_eq!(
        read("title", "2018 summit [bbc]"),
        "2018 summit (BBC News, Talks end)"
    );
    // Every cited list in the value, and only lists of known works.
    assert_eq!(
        read("quotes", "a [bbc, ap] b [] c [x] d [bbc] e [ap"),
        "a (BBC News, Talks end; AP, A summit) b [] c [x] d (BBC News, Talks end) e [ap"
    );
}
