//! `summit show`.

use clap::{Args, ValueEnum};
use summit::export::{json, markdown};
use summit::query::{self, Lookup};
use summit::render;

use super::args::parse_words;
use super::context::Context;

pub const EXAMPLES: &str = "\
Examples:
  summit show helsinki-2018          by id
  summit show osaka                  by a unique id prefix or a word of the place
  summit show alaska --format json   the record as JSON";

/// `summit show` arguments.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An id, a unique id prefix, or a word of the city, country or title
    #[arg(value_name = "QUERY", value_parser = parse_words)]
    pub query: String,

    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// `show --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Wrapped text for reading
    Text,
    /// The encounter object, in the dataset's field names
    Json,
    /// A Markdown section
    Markdown,
}

pub fn run(args: &ShowArgs, ctx: &mut Context) -> anyhow::Result<()> {
    let input = ctx.input()?;
    let dataset = input.dataset()?;
    let e = match query::lookup(&dataset.encounters, &args.query) {
        Lookup::Found(e) => e,
        Lookup::Ambiguous(v) => {
            // A large dataset can match thousands: name the first few.
            const SHOWN: usize = 10;
            let ids: Vec<&str> = v.iter().take(SHOWN).map(|e| e.id.as_ref()).collect();
            let more = match v.len().saturating_sub(SHOWN) {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            anyhow::bail!(
                "\"{}\" matches {} encounters: {}{more}; give one id",
                args.query,
                v.len(),
                ids.join(", ")
            );
        }
        Lookup::NotFound(close) => {
            let hint = summit::suggest::did_you_mean_one_of(&close)
                .unwrap_or_else(|| "try `summit list` to see the ids".to_string());
            anyhow::bail!("no encounter matches \"{}\"; {hint}", args.query);
        }
    };
    let out = &mut *ctx.out;
    match args.format {
        ShowFormat::Text => render::detail::show(out, &dataset, e, &ctx.opts)?,
        ShowFormat::Json => json::write(out, e)?,
        ShowFormat::Markdown => markdown::encounter(out, &dataset, e, 1)?,
    }
    Ok(())
}
