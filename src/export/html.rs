//! One self-contained HTML page: the picture and a section per encounter.

use std::io::{self, Write};

use super::{Selection, svg, xml_escape as esc};
use crate::render::cite::Citations;
use crate::render::outcome_hex;

/// Links to the numbered sources `ids` cite, such as `[1][3]`.
fn refs<'d, S: AsRef<str> + 'd>(cites: &mut Citations<'d>, ids: &'d [S]) -> String {
    ids.iter()
        .map(|id| {
            let n = cites.number(id.as_ref());
            format!(" <sup class=\"ref\"><a href=\"#source-{n}\">[{n}]</a></sup>")
        })
        .collect()
}

const STYLE: &str = "
body { font-family: Georgia, 'Times New Roman', serif; max-width: 1240px; margin: 2em auto; padding: 0 1em; color: #222; background: #fff; }
h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; }
.picture { overflow-x: auto; border: 1px solid #ddd; padding: 0.5em; }
.picture svg { max-width: 100%; height: auto; }
section.encounter { border-top: 1px solid #ddd; margin-top: 2em; padding-top: 0.5em; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dt { font-weight: bold; font-family: Helvetica, Arial, sans-serif; }
dd { margin: 0; }
.outcome { font-family: Helvetica, Arial, sans-serif; font-weight: bold; padding: 0 0.4em; border-radius: 3px; color: #fff; }
blockquote { border-left: 4px solid #ccc; margin: 0.8em 0; padding: 0.2em 1em; }
blockquote footer { color: #555; font-size: 0.9em; }
footer.page { margin-top: 3em; color: #555; font-size: 0.9em; }
";

/// Write the page for the selection, with its context events on the
/// picture.
///
/// # Errors
/// Those of the writer.
pub fn write(w: &mut dyn Write, selection: &Selection) -> io::Result<()> {
    let dataset = selection.dataset;
    writeln!(w, "<!DOCTYPE html>")?;
    writeln!(w, "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")?;
    writeln!(
        w,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(w, "<title>{}</title>", esc(&dataset.title))?;
    writeln!(w, "<style>{STYLE}</style>\n</head>\n<body>")?;
    writeln!(w, "<h1>{}</h1>", esc(&dataset.title))?;
    writeln!(w, "<p>{}</p>", esc(&dataset.description))?;
    writeln!(w, "<div class=\"picture\">")?;
    svg::write(w, selection)?;
    writeln!(w, "</div>")?;
    // Sources are numbered across the page, in the order first cited, and
    // listed once at the end.
    let mut cites = Citations::default();
    for e in selection.encounters {
        writeln!(w, "<section class=\"encounter\" id=\"{}\">", esc(&e.id))?;
        writeln!(
            w,
            "<h2>{} <span class=\"outcome\" style=\"background: {}\">{}</span></h2>",
            esc(&e.title),
            outcome_hex(e.outcome),
            e.outcome
        )?;
        writeln!(w, "<dl>")?;
        let mut facts = vec![
            ("Date", e.date.human_long()),
            ("Place", e.full_place()),
            ("Occasion", e.occasion.to_string()),
        ];
        if let Some(d) = e.duration_with_note() {
            facts.push(("Duration", d));
        }
        if !e.participants.is_empty() {
            facts.push(("Participants", e.participants.join(", ")));
        }
        if !e.topics.is_empty() {
            facts.push(("Topics", e.topics.join(", ")));
        }
        for (k, v) in facts {
            writeln!(w, "<dt>{k}</dt><dd>{}</dd>", esc(&v))?;
        }
        writeln!(
            w,
            "</dl>\n<p>{}{}</p>",
            esc(&e.summary),
            refs(&mut cites, &e.sources)
        )?;
        if !e.highlights.is_empty() {
            writeln!(w, "<h3>Highlights</h3>\n<ul>")?;
            for h in &e.highlights {
                writeln!(
                    w,
                    "<li>{}{}</li>",
                    esc(&h.text),
                    refs(&mut cites, &h.sources)
                )?;
            }
            writeln!(w, "</ul>")?;
        }
        if !e.quotes.is_empty() {
            writeln!(w, "<h3>Quotes</h3>")?;
            for q in &e.quotes {
                writeln!(
                    w,
                    "<blockquote><p>“{}”</p><footer>— {}{}</footer></blockquote>",
                    esc(&q.text),
                    esc(&q.attribution()),
                    refs(&mut cites, &q.sources)
                )?;
            }
        }
        writeln!(w, "</section>")?;
    }
    writeln!(
        w,
        "<section class=\"sources\" id=\"sources\">\n<h2>Sources</h2>\n<ol>"
    )?;
    for (i, id) in cites.cited().iter().enumerate() {
        write!(w, "<li id=\"source-{}\">", i + 1)?;
        match dataset.source(id) {
            Some(s) => {
                write!(w, "{}", esc(&s.reference()))?;
                if let Some(url) = &s.url {
                    write!(w, " <a href=\"{0}\">{0}</a>", esc(url))?;
                }
                if let Some(url) = &s.archive_url {
                    write!(w, " (<a href=\"{}\">archived copy</a>)", esc(url))?;
                }
            }
            None => write!(w, "{}", esc(id))?,
        }
        writeln!(w, "</li>")?;
    }
    writeln!(w, "</ol>\n</section>")?;
    write!(
        w,
        "<footer class=\"page\">{} · updated {}",
        esc(&dataset.title),
        dataset.updated
    )?;
    if let Some(day) = dataset.checked_through {
        write!(w, " · record checked through {day}")?;
    }
    writeln!(w, "</footer>")?;
    writeln!(w, "</body>\n</html>")
}
