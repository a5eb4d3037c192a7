//! `summit init`: a starter dataset to fill in.

use std::path::PathBuf;

use clap::Args;

use super::context::Context;
use super::output::{output_file, write_atomically};
use super::report::note;

pub const EXAMPLES: &str = "\
Examples:
  summit init                          write encounters.json here
  summit init talks.json               choose the file
  summit init talks.json --force       start again, replacing it
  summit init -                        print it to standard output
  summit validate --strict talks.json  check it as you fill it in";

/// `summit init` arguments.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The file to write (`-`: standard output)
    #[arg(value_name = "FILE", default_value = "encounters.json")]
    pub file: PathBuf,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

/// The starter: one source and four records (a meeting in person, a
/// call, an envoy meeting, a meeting proposed), every field shown, each value saying what
/// belongs there. It passes `validate --strict`.
pub const STARTER: &str = r#"{
  "$schema": "summit.schema.json",
  "title": "Contacts between two leaders",
  "description": "Replace with what the dataset covers: who, from when to when.",
  "updated": "2026-01-01",
  "checked_through": "2026-01-01",
  "sources": [
    {
      "id": "example-report",
      "title": "The headline of the report, as published",
      "publisher": "The publisher",
      "authors": ["A. Reporter"],
      "date": "2024-03-05",
      "url": "https://example.org/report",
      "note": "Anything a reader should know about this source."
    }
  ],
  "encounters": [
    {
      "id": "example-2024",
      "title": "A short title, such as Geneva summit",
      "channel": "meeting",
      "date": "2024-03-04",
      "time": "10:00+01:00",
      "city": "Geneva",
      "country": "Switzerland",
      "venue": "The building, when known",
      "coordinates": {"latitude": 46.2044, "longitude": 6.1432, "of": "city", "sources": ["example-report"]},
      "occasion": "The event it was part of",
      "outcome": "held",
      "initiated_by": "Leader A",
      "duration_minutes": 90,
      "duration_range_minutes": [80, 100],
      "duration_note": "What the duration covers, and who gives which length",
      "participants": ["Leader A", "Leader B"],
      "summary": "Two to four sentences in your own words.",
      "highlights": [
        {"text": "A key moment, in your own words.", "sources": ["example-report"]}
      ],
      "quotes": [
        {
          "speaker": "Leader A",
          "text": "Words exactly as the source reports them.",
          "context": "When or to whom it was said",
          "said": "2024-03-05",
          "sources": ["example-report"],
          "variants": [
            {"text": "The same words as another source renders them.", "sources": ["example-report"]}
          ]
        }
      ],
      "topics": ["trade"],
      "sources": ["example-report"]
    },
    {
      "id": "call-2024-04-02",
      "title": "A call has no place",
      "channel": "call",
      "date": "2024-04-02",
      "occasion": "Phone call",
      "outcome": "held",
      "participants": ["Leader A", "Leader B"],
      "summary": "What each side said of the call.",
      "sources": ["example-report"]
    },
    {
      "id": "envoy-2024-04-20",
      "title": "One leader receives the other's envoy",
      "channel": "envoy",
      "date": "2024-04-20",
      "city": "Geneva",
      "country": "Switzerland",
      "occasion": "The envoy's visit",
      "outcome": "held",
      "participants": ["Leader B", "Envoy of Leader A"],
      "summary": "What the envoy brought, and what each side said of it.",
      "sources": ["example-report"]
    },
    {
      "id": "invitation-2024",
      "title": "An invitation: dated when it was made public",
      "channel": "meeting",
      "date": "2024-05-10",
      "planned": "2024-09",
      "city": "Oslo",
      "country": "Norway",
      "occasion": "Proposed visit",
      "outcome": "proposed",
      "participants": ["Leader A", "Leader B"],
      "summary": "Who proposed what, and what became of it.",
      "sources": ["example-report"]
    }
  ],
  "context": [
    {"date": "2024-01", "title": "An event that is not a record", "sources": ["example-report"]}
  ]
}
"#;

pub fn run(args: &InitArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let Some(path) = output_file(Some(&args.file), args.force)? else {
        ctx.out.write_all(STARTER.as_bytes())?;
        return Ok(ctx.out.flush()?);
    };
    write_atomically(path, args.force, |w| Ok(w.write_all(STARTER.as_bytes())?))?;
    writeln!(ctx.out, "wrote {}", path.display())?;
    note(format_args!(
        "fill it in, then check it with `summit validate --strict {}`; \
         `summit schema > summit.schema.json` gives editors the schema it names",
        path.display()
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_starter_passes_strict_validation() {
        let d = summit::dataset::check_strict(super::STARTER.as_bytes(), &summit::Origin::Bundled)
            .unwrap();
        assert_eq!(d.encounters.len(), 4);
        assert_eq!(d.schema.as_deref(), Some("summit.schema.json"));
    }

    /// The starter shows every field of a record, and every field of a
    /// quote: a new field is shown to whoever starts a dataset.
    #[test]
    fn the_starter_shows_every_field() {
        let starter: serde_json::Value = serde_json::from_str(super::STARTER).unwrap();
        let records = starter["encounters"].as_array().unwrap();
        for field in summit::fields::Field::ALL {
            let name = field.name();
            assert!(
                records.iter().any(|r| r.get(name).is_some()),
                "the starter lacks {name}"
            );
        }
        for channel in summit::Channel::ALL {
            assert!(
                records.iter().any(|r| r["channel"] == channel.as_str()),
                "{channel:?}"
            );
        }
        let quote = &records[0]["quotes"][0];
        for name in ["speaker", "text", "context", "said", "sources", "variants"] {
            assert!(
                quote.get(name).is_some(),
                "the starter's quote lacks {name}"
            );
        }
    }
}
