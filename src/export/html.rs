//! One self-contained HTML page: the picture and a section per encounter.

use std::io::{self, Write};

use super::{Selection, svg};
use crate::cite::Citations;
use crate::colour;
use crate::text::xml_escape as esc;

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
body { font-family: Georgia, 'Times New Roman', serif; margin: 2em auto; padding: 0 1em; color: #222; background: #fff; max-width: 1240px; line-height: 1.5; overflow-wrap: break-word; }
h1, h2, h3, nav, dt, .outcome, label, input { font-family: Helvetica, Arial, sans-serif; }
main, header p, nav { max-width: 70ch; }
.picture { overflow-x: auto; border: 1px solid #ddd; padding: 0.5em; }
.picture.wide svg { width: 1200px; max-width: none; height: auto; }
.picture a:focus circle { stroke: #000; stroke-width: 3; }
.picture.narrow { display: none; }
@media screen and (max-width: 720px) {
  body { padding: 0 0.6em; margin: 1em auto; }
  .picture.wide { display: none; }
  .picture.narrow { display: block; overflow: visible; border: none; padding: 0; }
  .picture.narrow svg { width: 100%; max-width: 30em; height: auto; }
  .controls input[type=search] { min-width: 0; width: 100%; }
  dl { grid-template-columns: auto; }
  dt { margin-top: 0.4em; }
}
.controls { display: flex; flex-wrap: wrap; gap: 0.5em 1.2em; align-items: center; margin: 1em 0; max-width: none; }
.controls input[type=search] { font-size: 1em; padding: 0.3em 0.5em; min-width: 16em; }
.contents ol { padding-left: 1.2em; }
.contents li { margin: 0.1em 0; }
section.encounter { border-top: 1px solid #ddd; margin-top: 2em; padding-top: 0.5em; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dt { font-weight: bold; }
dd { margin: 0; }
.outcome { font-weight: bold; padding: 0 0.4em; border-radius: 3px; color: #fff; }
blockquote { border-left: 4px solid #ccc; margin: 0.8em 0; padding: 0.2em 1em; }
blockquote footer { color: #555; font-size: 0.9em; }
footer.page { margin-top: 3em; color: #555; font-size: 0.9em; }
[hidden] { display: none !important; }
@media print {
  .controls, .contents { display: none; }
  .picture { border: none; overflow: visible; }
  .picture svg { width: 100%; }
  section.encounter { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
";

/// The page's one script, inline: search (every word or quoted phrase,
/// accents and case ignored, as `summit search`) and a toggle per kind hide
/// the sections that do not match, and their entries in the contents.
const SCRIPT: &str = r#"
(function () {
  var fold = function (s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  };
  var terms = function (q) {
    var out = [];
    q.split(/["\u201c\u201d]/).forEach(function (part, i) {
      if (i % 2 === 1) { if (part.trim()) { out.push(fold(part.trim())); } }
      else { part.split(/\s+/).forEach(function (w) { if (w) { out.push(fold(w)); } }); }
    });
    return out;
  };
  var box = document.getElementById('search');
  var toggles = Array.prototype.slice.call(document.querySelectorAll('.controls input[type=checkbox]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.encounter'));
  var count = document.getElementById('count');
  var text = {};
  sections.forEach(function (s) { text[s.id] = fold(s.textContent); });
  var update = function () {
    var wanted = terms(box.value);
    var kinds = toggles.filter(function (t) { return t.checked; }).map(function (t) { return t.value; });
    var shown = 0;
    sections.forEach(function (s) {
      var ok = kinds.indexOf(s.getAttribute('data-kind')) >= 0 &&
        wanted.every(function (w) { return text[s.id].indexOf(w) >= 0; });
      s.hidden = !ok;
      var entry = document.getElementById('contents-' + s.id);
      if (entry) { entry.hidden = !ok; }
      ['mark-', 'column-mark-'].forEach(function (prefix) {
        var mark = document.getElementById(prefix + s.id);
        if (mark) { mark.style.opacity = ok ? '' : '0.2'; }
      });
      if (ok) { shown += 1; }
    });
    // A year none of whose entries is shown loses its heading too.
    document.querySelectorAll('.contents h3').forEach(function (h) {
      var list = h.nextElementSibling;
      var any = Array.from(list.children).some(function (li) { return !li.hidden; });
      h.hidden = !any;
      list.hidden = !any;
    });
    count.textContent = shown + ' of ' + sections.length + (sections.length === 1 ? ' record' : ' records') + ' shown';
  };
  box.addEventListener('input', update);
  toggles.forEach(function (t) { t.addEventListener('change', update); });
  update();
  // Where the wide picture scrolls sideways, start it at the first
  // record, not in the empty years before.
  var picture = document.querySelector('.picture.wide');
  var first = picture && picture.querySelector('g.encounter circle, g.encounter rect, g.encounter path');
  if (first && picture.scrollWidth > picture.clientWidth) {
    var at = first.getBoundingClientRect().left - picture.getBoundingClientRect().left;
    picture.scrollLeft = Math.max(0, picture.scrollLeft + at - 24);
  }
})();
"#;

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
    writeln!(
        w,
        "<script type=\"application/ld+json\">{}</script>",
        super::jsonld::for_html(selection)
    )?;
    writeln!(w, "<style>{STYLE}</style>\n</head>\n<body>")?;
    writeln!(w, "<header>\n<h1>{}</h1>", esc(&dataset.title))?;
    writeln!(w, "<p>{}</p>\n</header>", esc(&dataset.description))?;
    // Search and a toggle per kind shown, then the pictures, then the
    // contents by year.
    writeln!(
        w,
        "<nav class=\"controls\" aria-label=\"Filter the records\">"
    )?;
    writeln!(
        w,
        "<label for=\"search\">Search</label> <input type=\"search\" id=\"search\" placeholder=\"words or a &quot;phrase&quot;\">"
    )?;
    let tally = crate::model::Tally::of(selection.encounters.iter().copied());
    for (kind, _) in tally.present() {
        writeln!(
            w,
            "<label><input type=\"checkbox\" value=\"{kind}\" checked> {kind}</label>"
        )?;
    }
    writeln!(w, "<span id=\"count\" aria-live=\"polite\"></span>\n</nav>")?;
    // Under the search (which dims the marks of what it hides), the wide
    // picture, and for a narrow screen (a phone) one that runs
    // down the page; the style shows one or the other.
    writeln!(w, "<div class=\"picture wide\">")?;
    svg::write_linked(w, selection)?;
    writeln!(w, "</div>")?;
    writeln!(w, "<div class=\"picture narrow\">")?;
    svg::write_column(w, selection)?;
    writeln!(w, "</div>")?;
    writeln!(
        w,
        "<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>"
    )?;
    let mut year = None;
    for e in selection.encounters {
        let y = chrono::Datelike::year(&e.date.start());
        if year != Some(y) {
            if year.is_some() {
                writeln!(w, "</ol>")?;
            }
            writeln!(w, "<h3 id=\"year-{y}\">{y}</h3>\n<ol>")?;
            year = Some(y);
        }
        writeln!(
            w,
            "<li id=\"contents-{0}\"><a href=\"#{0}\">{1}</a>, {2} ({3})</li>",
            esc(&e.id),
            esc(&e.headline()),
            esc(&e.date_text()),
            e.kind()
        )?;
    }
    if year.is_some() {
        writeln!(w, "</ol>")?;
    }
    writeln!(w, "</nav>\n<main>")?;
    // Sources are numbered across the page, in the order first cited, and
    // listed once at the end.
    let mut cites = Citations::default();
    for e in selection.encounters {
        writeln!(
            w,
            "<section class=\"encounter\" id=\"{}\" data-kind=\"{}\">",
            esc(&e.id),
            e.kind()
        )?;
        writeln!(
            w,
            "<h2>{} <span class=\"outcome\" style=\"background: {}\">{}</span></h2>",
            esc(&e.headline()),
            colour::of_kind(e.kind()).hex,
            e.kind()
        )?;
        writeln!(w, "<dl>")?;
        // A meeting that did not take place is dated by the day it was
        // made public; a call has no place.
        let dated = if e.took_place() {
            "Date"
        } else {
            "Made public"
        };
        let mut facts = vec![(dated, e.date.human_long())];
        if let Some(p) = &e.planned {
            facts.push(("Planned for", p.human_long()));
        }
        if let Some(t) = &e.time {
            facts.push(("Time", t.human()));
        }
        let place = e.full_place();
        if !place.is_empty() {
            facts.push(("Place", place));
        }
        facts.push(("Occasion", e.occasion.to_string()));
        if let Some(who) = &e.initiated_by {
            facts.push(("Initiated by", who.to_string()));
        }
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
                let mut also = String::new();
                for v in &q.variants {
                    also.push_str(&format!(
                        "<p class=\"variant\">Also rendered: “{}”{}</p>",
                        esc(&v.text),
                        refs(&mut cites, &v.sources)
                    ));
                }
                writeln!(
                    w,
                    "<blockquote><p>“{}”</p><footer>— {}{}</footer>{also}</blockquote>",
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
    writeln!(w, "</ol>\n</section>\n</main>")?;
    // Dates in words, as everywhere on the page.
    let day = |d: chrono::NaiveDate| d.format("%-d %B %Y").to_string();
    write!(
        w,
        "<footer class=\"page\">{} · updated {}",
        esc(&dataset.title),
        day(dataset.updated)
    )?;
    if let Some(checked) = dataset.checked_through {
        write!(w, " · record checked through {}", day(checked))?;
    }
    writeln!(w, "</footer>")?;
    writeln!(w, "<script>{SCRIPT}</script>")?;
    writeln!(w, "</body>\n</html>")
}
