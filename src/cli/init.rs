//! `summit init`: a starter dataset to fill in.

use std::path::PathBuf;

use clap::Args;

use super::context::Context;
use super::output::write_atomically;
use super::report::note;

pub const EXAMPLES: &str = "\
Examples:
  summit init                          write encounters.json here
  summit init talks.json               choose the file
  summit init talks.json --force       start again, replacing it
  summit validate --strict talks.json  check it as you fill it in";

/// `summit init` arguments.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The file to write
    #[arg(value_name = "FILE", default_value = "encounters.json")]
    pub file: PathBuf,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

/// The starter: one source and one encounter, every field shown, each value
/// saying what belongs there. It passes `validate --strict`.
pub const STARTER: &str = r#"{
  "$schema": "summit.schema.json",
  "title": "Encounters between two leaders",
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
      "date": "2024-03-04",
      "city": "Geneva",
      "country": "Switzerland",
      "venue": "The building, when known",
      "occasion": "The event it was part of",
      "outcome": "held",
      "duration_minutes": 90,
      "duration_note": "What the duration covers, when not the whole meeting",
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
          "sources": ["example-report"]
        }
      ],
      "topics": ["trade"],
      "sources": ["example-report"]
    }
  ],
  "context": [
    {"date": "2024-01", "title": "An event that is not an encounter", "sources": ["example-report"]}
  ]
}
"#;

pub fn run(args: &InitArgs, ctx: &mut Context) -> anyhow::Result<()> {
    if !args.force && args.file.exists() {
        anyhow::bail!(
            "{}: already exists; use --force to replace it",
            args.file.display()
        );
    }
    write_atomically(&args.file, args.force, |w| {
        Ok(w.write_all(STARTER.as_bytes())?)
    })?;
    writeln!(ctx.out, "wrote {}", args.file.display())?;
    note(format_args!(
        "fill it in, then check it with `summit validate --strict {}`; \
         `summit schema > summit.schema.json` gives editors the schema it names",
        args.file.display()
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_starter_passes_strict_validation() {
        let d = summit::dataset::check_strict(super::STARTER.as_bytes(), &summit::Origin::Bundled)
            .unwrap();
        assert_eq!(d.encounters.len(), 1);
        assert_eq!(d.schema.as_deref(), Some("summit.schema.json"));
    }
}
