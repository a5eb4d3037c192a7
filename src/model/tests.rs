//! Tests of `model`.

use super::*;

/// Lists read from JSON hold no spare room: a large dataset would
/// keep room for four sources where one is given.
#[test]
fn lists_are_read_to_their_exact_length() {
    let ids: Vec<String> = (0..20).map(|i| format!("\"s{i}\"")).collect();
    for n in [0, 1, 2, 7, 8, 9, 20] {
        let sources = ids[..n].join(", ");
        let json = format!(
            r#"{{"id": "a", "title": "T", "date": "2019", "city": "C", "country": "K",
               "occasion": "O", "outcome": "held", "summary": "S.",
               "participants": [{sources}], "topics": [{sources}],
               "highlights": [{}], "quotes": [{}],
               "coordinates": {{"latitude": 1, "longitude": 2, "of": "city", "sources": [{sources}]}},
               "sources": [{sources}]}}"#,
            vec![format!(r#"{{"text": "h", "sources": [{sources}]}}"#); n].join(", "),
            vec![format!(r#"{{"speaker": "A", "text": "q", "sources": [{sources}]}}"#); n]
                .join(", "),
        );
        let e: Encounter = serde_json::from_str(&json).unwrap();
        let exact = |len: usize, cap: usize| len == n && cap == n;
        assert!(exact(e.sources.len(), e.sources.capacity()), "{n}");
        assert!(
            exact(e.participants.len(), e.participants.capacity()),
            "{n}"
        );
        assert!(exact(e.topics.len(), e.topics.capacity()), "{n}");
        assert!(exact(e.highlights.len(), e.highlights.capacity()), "{n}");
        assert!(exact(e.quotes.len(), e.quotes.capacity()), "{n}");
        let c = e.coordinates.unwrap();
        assert!(exact(c.sources.len(), c.sources.capacity()), "{n}");
        for h in &e.highlights {
            assert!(exact(h.sources.len(), h.sources.capacity()), "{n}");
        }
        for q in &e.quotes {
            assert!(exact(q.sources.len(), q.sources.capacity()), "{n}");
        }
        // In order, and all of them.
        assert_eq!(
            e.sources
                .iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>(),
            ids[..n]
        );
    }
}

/// A point reads with its hemispheres: south and west for negative
/// degrees, north and east for the rest (the equator and Greenwich
/// included).
#[test]
fn coordinates_read_with_their_hemispheres() {
    let at = |latitude: f64, longitude: f64| {
        Coordinates {
            latitude,
            longitude,
            of: Point::City,
            sources: Vec::new(),
        }
        .human()
    };
    assert_eq!(at(-34.6033, -58.3817), "34.6033° S, 58.3817° W");
    assert_eq!(at(61.2514, -149.8064), "61.2514° N, 149.8064° W");
    assert_eq!(at(0.0, 0.0), "0.0000° N, 0.0000° E");
    assert_eq!(at(16.0694, 108.2097), "16.0694° N, 108.2097° E");
}
