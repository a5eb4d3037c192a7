//! `summit quotes`.

use crate::common::{at_width, other, stdout_of};

#[test]
fn quotes_snapshot() {
    let out = at_width(120, &["quotes"]);
    insta::assert_snapshot!("quotes", out);
}

#[test]
fn quotes_by_speaker_in_every_format() {
    let table = stdout_of(&["--width", "200", "quotes", "--speaker", "trump"]);
    assert!(table.contains("“Don’t meddle in the election.”"));
    assert!(table.contains("9 quotes"));
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(&["quotes", "--format", "json"])).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 27);
    assert_eq!(v[0]["encounter"], "hamburg-2017");
    let csv = stdout_of(&["quotes", "--format", "csv", "--speaker", "mccain"]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        &rows[0][1],
        "no prior president has ever abased himself more abjectly before a tyrant."
    );
    assert_eq!(&r.headers().unwrap()[3], "variants");
    assert_eq!(&rows[0][4], "helsinki-2018");
    assert!(
        other(&["--width", "200", "quotes"])
            .contains("We have, at last, a common net; and a common catch.")
    );
}
