//! What a base dataset gives a record it also has: the required fields the
//! input left empty, and what the format cannot carry (coordinates, and
//! the sources of highlights and quotes, matched by place and content).

use super::Carries;
use super::DraftEncounter;
use crate::fields::Field;
use crate::model::Quote;

impl DraftEncounter {
    /// Fill in from `b`, the base's record of the same id, what the input
    /// leaves to it: every field the input does not carry, and every
    /// required field it left empty. A field the input carries and gives
    /// is the input's. Highlights and quotes the input carries take their
    /// sources from the base's that they stand for.
    pub(super) fn fill_from(&mut self, b: &crate::model::Encounter, carries: &Carries) {
        let theirs = match serde_json::to_value(b) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => return,
        };
        let channel = if self.is_empty(Field::Channel) {
            b.channel
        } else {
            self.channel()
        };
        for field in Field::ALL {
            match field {
                Field::Highlights if carries.has(field) => self.cite_highlights(b),
                Field::Quotes if carries.has(field) => self.cite_quotes(b),
                _ => {
                    let left = !carries.has(field) || field.required_for(channel);
                    if left && self.is_empty(field) {
                        if let Some(value) = theirs.get(field.name()) {
                            self.set(field, value.clone());
                        }
                    }
                }
            }
        }
    }

    /// The text of each highlight came in; the sources each one cites
    /// come from the base's highlight it stands for: the one at the same
    /// place when its text is the same, else the first of that text not
    /// yet taken, so two of one text keep their own sources. One whose
    /// text changed cites nothing until its sources are given again:
    /// noted.
    fn cite_highlights(&mut self, b: &crate::model::Encounter) {
        let mut highlights = self.highlights();
        let texts: Vec<&str> = b.highlights.iter().map(|x| x.text.as_ref()).collect();
        let pairs = pair_up(
            &highlights
                .iter()
                .map(|h| h.text.as_ref())
                .collect::<Vec<_>>(),
            &texts,
        );
        for (h, pair) in highlights.iter_mut().zip(pairs) {
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
                    h.text,
                    self.id()
                )),
                None => {}
            }
        }
        if let Ok(value) = serde_json::to_value(&highlights) {
            self.set(Field::Highlights, value);
        }
    }

    /// As highlights: each quote by place, then by speaker, words and
    /// context; its other renderings and their sources come back with it.
    fn cite_quotes(&mut self, b: &crate::model::Encounter) {
        let key = |q: &Quote| {
            (
                q.speaker.to_string(),
                q.text.to_string(),
                q.context.as_deref().map(String::from),
            )
        };
        let mut quotes = self.quotes();
        let theirs: Vec<_> = b.quotes.iter().map(key).collect();
        let pairs = pair_up(&quotes.iter().map(key).collect::<Vec<_>>(), &theirs);
        for (q, pair) in quotes.iter_mut().zip(pairs) {
            if !q.sources.is_empty() {
                continue;
            }
            match pair {
                Some(j) => {
                    let base = &b.quotes[j];
                    q.sources = base.sources.iter().map(|s| s.to_string().into()).collect();
                    if q.said.is_none() {
                        q.said.clone_from(&base.said);
                    }
                    if q.variants.is_empty() {
                        q.variants = base
                            .variants
                            .iter()
                            .cloned()
                            .map(crate::model::Variant::into_owned)
                            .collect();
                    }
                }
                None => self.uncited.push(format!(
                    "quote \"{}\" is not one of {}'s in the base, so it cites no source; add its sources",
                    q.text,
                    self.id()
                )),
            }
        }
        if let Ok(value) = serde_json::to_value(&quotes) {
            self.set(Field::Quotes, value);
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
