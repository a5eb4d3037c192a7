//! What a base dataset gives a record it also has: the required fields the
//! input left empty, and what the format cannot carry (coordinates, and
//! the sources of highlights and quotes, matched by place and content).

use super::Carries;
use super::DraftEncounter;
use crate::fields::Field;
use crate::model::{Highlight, Quote};

impl DraftEncounter {
    /// True when `field` holds nothing: blank text, an empty list, no
    /// value.
    pub fn is_empty(&self, field: Field) -> bool {
        let blank = |s: &str| s.trim().is_empty();
        match field {
            Field::Id => blank(&self.id),
            Field::Title => blank(&self.title),
            Field::Date => blank(&self.date),
            Field::City => blank(&self.city),
            Field::Country => blank(&self.country),
            Field::Venue => self.venue.as_deref().is_none_or(blank),
            Field::Coordinates => self.coordinates.is_none(),
            Field::Occasion => blank(&self.occasion),
            Field::Outcome => blank(&self.outcome),
            Field::DurationMinutes => self.duration_minutes.is_none(),
            Field::DurationNote => self.duration_note.as_deref().is_none_or(blank),
            Field::Participants => self.participants.is_empty(),
            Field::Summary => blank(&self.summary),
            Field::Highlights => self.highlights.is_empty(),
            Field::Quotes => self.quotes.is_empty(),
            Field::Topics => self.topics.is_empty(),
            Field::Sources => self.sources.is_empty(),
        }
    }

    pub(super) fn fill_from(&mut self, b: &crate::model::Encounter, carries: Carries) {
        if self.coordinates.is_none() {
            self.coordinates.clone_from(&b.coordinates);
        }
        // A required field the input left empty is the base's: the input
        // says nothing of it (a sheet of no places, a partial CSV).
        for (mine, theirs) in [
            (&mut self.title, &b.title),
            (&mut self.city, &b.city),
            (&mut self.country, &b.country),
            (&mut self.occasion, &b.occasion),
            (&mut self.summary, &b.summary),
        ] {
            if mine.trim().is_empty() {
                *mine = theirs.to_string();
            }
        }
        if self.date.trim().is_empty() {
            self.date = b.date.to_string();
        }
        if self.outcome.trim().is_empty() {
            self.outcome = b.outcome.to_string();
        }
        if self.sources.is_empty() {
            self.sources = b.sources.iter().map(|p| p.to_string()).collect();
        }
        if !carries.venue {
            self.venue = b.venue.as_deref().map(String::from);
        }
        if !carries.duration {
            self.duration_minutes = b.duration_minutes;
            self.duration_note = b.duration_note.as_deref().map(String::from);
        }
        if !carries.participants {
            self.participants = b.participants.iter().map(|p| p.to_string()).collect();
        }
        if !carries.topics {
            self.topics = b.topics.iter().map(|p| p.to_string()).collect();
        }
        if carries.highlights {
            // The text came in; the sources each one cites come from the
            // base's highlight it stands for: the one at the same place
            // when its text is the same, else the first of that text not
            // yet taken, so two of one text keep their own sources. One
            // whose text changed cites nothing until its sources are given
            // again: noted.
            let texts: Vec<&str> = b.highlights.iter().map(|x| x.text.as_ref()).collect();
            let pairs = pair_up(
                &self
                    .highlights
                    .iter()
                    .map(|h| h.text.as_ref())
                    .collect::<Vec<_>>(),
                &texts,
            );
            for (h, pair) in self.highlights.iter_mut().zip(pairs) {
                match pair {
                    Some(j) => {
                        h.sources = b.highlights[j]
                            .sources
                            .iter()
                            .map(|s| s.to_string().into())
                            .collect();
                    }
                    None if !b.highlights.is_empty() => self.uncited.push(format!(
                        "highlight \"{}\" is not one of {}'s in the base, so it cites no source; add its sources",
                        h.text, self.id
                    )),
                    None => {}
                }
            }
        } else {
            self.highlights = b
                .highlights
                .iter()
                .cloned()
                .map(Highlight::into_owned)
                .collect();
        }
        if carries.quotes {
            // As highlights: by place, then by speaker, words and context.
            let key = |q: &Quote| {
                (
                    q.speaker.to_string(),
                    q.text.to_string(),
                    q.context.as_deref().map(String::from),
                )
            };
            let theirs: Vec<_> = b.quotes.iter().map(key).collect();
            let pairs = pair_up(&self.quotes.iter().map(key).collect::<Vec<_>>(), &theirs);
            for (q, pair) in self.quotes.iter_mut().zip(pairs) {
                if !q.sources.is_empty() {
                    continue;
                }
                match pair {
                    Some(j) => {
                        q.sources = b.quotes[j]
                            .sources
                            .iter()
                            .map(|s| s.to_string().into())
                            .collect();
                        // The other renderings come back with the sources.
                        if q.variants.is_empty() {
                            q.variants = b.quotes[j]
                                .variants
                                .iter()
                                .cloned()
                                .map(crate::model::Variant::into_owned)
                                .collect();
                        }
                    }
                    None => self.uncited.push(format!(
                        "quote \"{}\" is not one of {}'s in the base, so it cites no source; add its sources",
                        q.text, self.id
                    )),
                }
            }
        } else {
            self.quotes = b.quotes.iter().cloned().map(Quote::into_owned).collect();
        }
    }
}

/// For each of `mine`, the index of the item of `theirs` it stands for:
/// the one at the same place when they are equal, else the first equal
/// one not yet taken; `None` when there is none. Each of `theirs` is taken
/// at most once.
pub(super) fn pair_up<T: PartialEq>(mine: &[T], theirs: &[T]) -> Vec<Option<usize>> {
    let mut taken = vec![false; theirs.len()];
    let mut pairs: Vec<Option<usize>> = mine
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let same_place = theirs.get(i).is_some_and(|t| t == m);
            if same_place {
                taken[i] = true;
            }
            same_place.then_some(i)
        })
        .collect();
    for (i, m) in mine.iter().enumerate() {
        if pairs[i].is_none() {
            pairs[i] = (0..theirs.len()).find(|&j| !taken[j] && theirs[j] == *m);
            if let Some(j) = pairs[i] {
                taken[j] = true;
            }
        }
    }
    pairs
}
