//! The works records cite, and the events that give them context.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::EdtfDate;

/// A work that records are drawn from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a source object")]
pub struct Source {
    /// Handle that records cite.
    pub id: String,
    /// Title of the work.
    pub title: String,
    /// Who published it.
    pub publisher: String,
    /// Its authors, if any are named.
    #[serde(default)]
    pub authors: Vec<String>,
    /// When it was published; left out when the work shows no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<EdtfDate>,
    /// Where to read it: an absolute http(s) URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A copy kept by an archive, should the page change or go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive_url: Option<String>,
    /// The work exists only on paper (or otherwise offline), so it has no
    /// URL; strict validation accepts it without one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub print_only: bool,
    /// Anything a reader should know about the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// The address a citation links to: the work's own, the archived copy
    /// only when there is no other; `None` for a work with neither (print
    /// only).
    pub fn link(&self) -> Option<&str> {
        self.url.as_deref().or(self.archive_url.as_deref())
    }

    /// A one-line citation: `Authors. "Title". Publisher, date. Note URL`
    /// ("undated" for a work that shows no date),
    /// with the archived copy after the URL when there is one.
    pub fn citation(&self) -> String {
        let mut s = self.reference();
        if let Some(url) = &self.url {
            s.push(' ');
            s.push_str(url);
        }
        if let Some(url) = &self.archive_url {
            s.push_str(&format!(" (archived: {url})"));
        }
        s
    }

    /// The citation without its URLs: `Authors. "Title". Publisher, date.
    /// Note`.
    pub fn reference(&self) -> String {
        let mut s = String::new();
        if !self.authors.is_empty() {
            s.push_str(&self.authors.join(", "));
            s.push_str(". ");
        }
        match &self.date {
            Some(date) => s.push_str(&format!(
                "\"{}\". {}, {}.",
                self.title,
                self.publisher,
                date.human()
            )),
            None => s.push_str(&format!("\"{}\". {}, undated.", self.title, self.publisher)),
        }
        if let Some(note) = &self.note {
            s.push(' ');
            s.push_str(note);
        }
        s
    }
}

/// A dated event that is not an encounter but gives the timeline context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a context event object")]
pub struct ContextEvent {
    /// When it happened.
    pub date: EdtfDate,
    /// What happened.
    pub title: String,
    /// Ids of the sources it rests on.
    pub sources: Vec<String>,
}
