//! The list and its selection: which encounters are shown (the command
//! line's filters, the outcomes toggled, the years chosen), in what order,
//! and which one is selected.

use summit::search::Matcher;
use summit::{Channel, Dataset, Encounter, Filter, Outcome, RecordKind, SortKey};

/// Every order the list can be shown in but the first (oldest first): each
/// sort key, each way. Worked out once, beside the browser's loop.
pub fn all_orders<'d>(dataset: &'d Dataset<'d>) -> Vec<Order<'d>> {
    let mut out = Vec::new();
    for key in SortKey::ALL {
        for reverse in [false, true] {
            if (key, reverse) == (SortKey::Date, false) {
                continue;
            }
            let mut all: Vec<_> = dataset.encounters.iter().collect();
            summit::query::sort(&mut all, key, reverse);
            out.push(((key, reverse), all));
        }
    }
    out
}

/// A sort key and direction, with the whole dataset in that order.
pub type Order<'d> = ((SortKey, bool), Vec<&'d Encounter<'d>>);

/// A value the data has that the list can be narrowed to: a country, a
/// participant or a topic, with how many encounters have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// "country", "participant" or "topic".
    pub kind: &'static str,
    pub value: String,
    pub count: usize,
}

/// The encounters shown, and the one selected.
pub struct List<'d> {
    dataset: &'d Dataset<'d>,
    /// The filters given on the command line, with the years chosen.
    base: Filter,
    /// Which kinds of record are shown, in `RecordKind::ALL` order: the
    /// meetings by outcome, the calls, the envoy meetings.
    pub kinds: [bool; 6],
    pub sort: SortKey,
    pub reverse: bool,
    pub show_context: bool,
    /// The encounters shown, in order.
    rows: Vec<&'d Encounter<'d>>,
    /// The whole dataset in each order shown so far. Sorting is stable,
    /// so filtering a sorted whole gives what sorting the filtered rows
    /// would: a toggle only filters, and a sort is worked out once.
    orders: Vec<Order<'d>>,
    /// The gaps of the whole record, oldest first.
    record_gaps: Vec<summit::gaps::Gap<'d>>,
    /// Those of them between meetings shown.
    gaps: Vec<summit::gaps::Gap<'d>>,
    /// The encounters' span, to whole years.
    bounds: (chrono::NaiveDate, chrono::NaiveDate),
    /// The same with the context events: the full timeline's extent.
    extent: (chrono::NaiveDate, chrono::NaiveDate),
    /// Index into the rows of the selected encounter.
    pub selected: usize,
    /// What the list is narrowed to, typed after `/`, with its matcher.
    narrow: Option<(String, Matcher)>,
    /// What the gaps were worked out for: they depend on which encounters
    /// are shown, not on their order, so a sort keeps them.
    gaps_for: Option<(Filter, [bool; 6], Option<String>)>,
}

/// The span of `dataset`'s encounters (with its context events too, when
/// `context`), to whole years.
fn year_bounds(dataset: &Dataset, context: bool) -> (chrono::NaiveDate, chrono::NaiveDate) {
    let days = dataset
        .encounters
        .iter()
        .map(|e| &e.date)
        .chain(dataset.context.iter().filter(|_| context).map(|c| &c.date))
        .map(|d| (d.start(), d.end()));
    summit::scale::Scale::whole_years(days).unwrap_or_default()
}

impl<'d> List<'d> {
    /// `dataset`'s encounters that `base` selects, oldest first.
    pub fn new(dataset: &'d Dataset<'d>, base: Filter) -> Self {
        // The command line's outcomes and channels, as kinds toggled on;
        // the filter keeps the rest.
        let kinds = RecordKind::ALL.map(|k| {
            let (channel, outcomes): (Channel, &[Outcome]) = match k {
                RecordKind::Held => (Channel::Meeting, &[Outcome::Held]),
                RecordKind::Informal => (Channel::Meeting, &[Outcome::Informal]),
                RecordKind::Cancelled => (Channel::Meeting, &[Outcome::Cancelled]),
                RecordKind::Proposed => (Channel::Meeting, &[Outcome::Proposed]),
                RecordKind::Call => (Channel::Call, &Outcome::ALL),
                RecordKind::Envoy => (Channel::Envoy, &Outcome::ALL),
            };
            (base.channels.is_empty() || base.channels.contains(&channel))
                && (base.outcomes.is_empty() || outcomes.iter().any(|o| base.outcomes.contains(o)))
        });
        let mut base = base;
        base.outcomes.clear();
        base.channels.clear();
        // The chronological order comes first: neighbours are found in it.
        let mut all: Vec<_> = dataset.encounters.iter().collect();
        summit::query::sort(&mut all, SortKey::Date, false);
        let mut list = List {
            dataset,
            base,
            kinds,
            sort: SortKey::Date,
            reverse: false,
            show_context: true,
            rows: Vec::new(),
            record_gaps: summit::gaps::of_record(dataset),
            orders: vec![((SortKey::Date, false), all)],
            gaps: Vec::new(),
            bounds: year_bounds(dataset, false),
            extent: year_bounds(dataset, true),
            selected: 0,
            narrow: None,
            gaps_for: None,
        };
        list.refresh();
        list
    }

    /// The dataset browsed.
    pub fn dataset(&self) -> &'d Dataset<'d> {
        self.dataset
    }

    /// The encounters shown, in order.
    pub fn rows(&self) -> &[&'d Encounter<'d>] {
        &self.rows
    }

    /// Every encounter of the dataset, oldest first.
    pub fn chronological(&self) -> &[&'d Encounter<'d>] {
        // The first order worked out, in `new`, is this one.
        &self.orders[0].1
    }

    /// The gaps of the whole record between meetings shown, oldest
    /// first.
    pub fn gaps(&self) -> &[summit::gaps::Gap<'d>] {
        &self.gaps
    }

    /// The encounters' span, to whole years.
    pub fn bounds(&self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        self.bounds
    }

    /// The timeline's extent as shown: with the context events while
    /// they are shown, else the records' alone (no empty years before
    /// the first).
    pub fn shown_extent(&self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        if self.show_context {
            self.extent
        } else {
            self.bounds
        }
    }

    /// The selected encounter, if any is shown.
    pub fn current(&self) -> Option<&'d Encounter<'d>> {
        self.rows.get(self.selected).copied()
    }

    /// The filter in force: the command line's, with the years chosen and
    /// what was picked; which kinds are shown is `kinds`.
    pub fn filter(&self) -> Filter {
        self.base.clone()
    }

    /// The command line's filters and the years chosen, in words, for the
    /// status line.
    pub fn describe_filters(&self) -> Vec<String> {
        let f = &self.base;
        let mut out = Vec::new();
        if !f.years.is_empty() {
            let years: Vec<String> = f.years.iter().map(summit::query::years::text).collect();
            out.push(format!("years {}", years.join(", ")));
        }
        if let Some(d) = f.from {
            out.push(format!("from {d}"));
        }
        if let Some(d) = f.to {
            out.push(format!("to {d}"));
        }
        for (name, values) in [
            ("country", &f.countries),
            ("city", &f.cities),
            ("participant", &f.participants),
            ("topic", &f.topics),
            ("text", &f.texts),
        ] {
            if !values.is_empty() {
                out.push(format!("{name} {}", values.join(" or ")));
            }
        }
        out
    }

    /// The years shown, as the `t` prompt takes them ("2017..2019, 2025"),
    /// empty for every year.
    pub fn years_text(&self) -> String {
        let years: Vec<String> = self
            .base
            .years
            .iter()
            .map(summit::query::years::text)
            .collect();
        years.join(", ")
    }

    /// Show the years `typed` names (`2018`, `2017..2019`, `2018..`,
    /// several with commas), or every year when it is empty.
    ///
    /// # Errors
    /// What is wrong with what was typed; nothing changes.
    pub fn set_years(&mut self, typed: &str) -> Result<(), String> {
        let mut years = Vec::new();
        for part in typed.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            years.push(summit::query::years::parse(part).map_err(|e| e.to_string())?);
        }
        self.base.years = years;
        self.refresh();
        Ok(())
    }

    /// What the list is narrowed to, if anything.
    pub fn narrowed(&self) -> Option<&str> {
        self.narrow.as_ref().map(|(t, _)| t.as_str())
    }

    /// Show only the encounters that match `text` (every word, as search
    /// reads it); an empty text shows them all again. A text that extends
    /// the last one only narrows what is shown: a longer text matches a
    /// subset of what its beginning matches.
    pub fn narrow_to(&mut self, text: &str) {
        let matcher = Matcher::new(text);
        if matcher.is_empty() {
            if self.narrow.take().is_some() {
                self.refresh();
            }
            return;
        }
        let extends = self
            .narrow
            .as_ref()
            .is_some_and(|(old, _)| text.starts_with(old.as_str()));
        self.narrow = Some((text.to_string(), matcher));
        if extends {
            let keep = self.current().map(|e| e.id.clone());
            if let Some((_, m)) = &self.narrow {
                self.rows.retain(|e| m.matches(e));
            }
            self.gaps = summit::gaps::among(&self.record_gaps, &self.rows);
            self.gaps_for = Some((self.filter(), self.kinds, Some(text.to_string())));
            self.selected = keep
                .and_then(|id| self.rows.iter().position(|e| e.id == id))
                .unwrap_or(0);
        } else {
            self.refresh();
        }
    }

    /// Take the orders worked out beside the loop, keeping those already
    /// here.
    pub fn adopt(&mut self, orders: Vec<Order<'d>>) {
        for o in orders {
            if !self.orders.iter().any(|(k, _)| *k == o.0) {
                self.orders.push(o);
            }
        }
    }

    /// The countries, participants and topics of the data that `typed`
    /// is part of (case and accents ignored), those that begin with it
    /// first, then the most frequent; every one when nothing is typed.
    pub fn picks(&self, typed: &str) -> Vec<Pick> {
        let mut all: Vec<Pick> = Vec::new();
        let mut add = |kind: &'static str, value: &str| match all
            .iter_mut()
            .find(|p| p.kind == kind && p.value == value)
        {
            Some(p) => p.count += 1,
            None => all.push(Pick {
                kind,
                value: value.to_string(),
                count: 1,
            }),
        };
        for e in &self.dataset.encounters {
            // A call has no country: nothing to offer.
            if !e.country.trim().is_empty() {
                add("country", &e.country);
            }
            for p in &e.participants {
                add("participant", p);
            }
            for t in &e.topics {
                add("topic", t);
            }
        }
        let typed = summit::text::fold(typed.trim());
        let mut fitting: Vec<(bool, Pick)> = all
            .into_iter()
            .filter_map(|p| {
                let folded = summit::text::fold(&p.value);
                folded
                    .contains(&typed)
                    .then(|| (!folded.starts_with(&typed), p))
            })
            .collect();
        fitting.sort_by(|(a, p), (b, q)| {
            a.cmp(b)
                .then(q.count.cmp(&p.count))
                .then(p.value.cmp(&q.value))
        });
        fitting.into_iter().map(|(_, p)| p).collect()
    }

    /// Show only the encounters with this country, participant or topic
    /// (on top of any picked before).
    pub fn pick(&mut self, p: &Pick) {
        let list = match p.kind {
            "country" => &mut self.base.countries,
            "participant" => &mut self.base.participants,
            _ => &mut self.base.topics,
        };
        if !list.contains(&p.value) {
            list.push(p.value.clone());
        }
        self.refresh();
    }

    /// Whether a country, participant or topic is picked.
    pub fn has_picks(&self) -> bool {
        let f = &self.base;
        !(f.countries.is_empty() && f.participants.is_empty() && f.topics.is_empty())
    }

    /// Everything that chooses what is shown, in words: the filters, a
    /// narrowing, the kinds when not all are shown.
    pub fn on(&self) -> Vec<String> {
        let mut on = self.describe_filters();
        if let Some(text) = self.narrowed() {
            on.push(format!("&{text}"));
        }
        let shown: Vec<&str> = RecordKind::ALL
            .iter()
            .zip(self.kinds)
            .filter_map(|(k, on)| on.then_some(k.noun(2)))
            .collect();
        match shown.len() {
            0 => on.push("every kind hidden".to_string()),
            6 => {}
            _ => on.push(format!("only {}", shown.join(", "))),
        }
        on
    }

    /// Undo every country, participant and topic picked.
    pub fn clear_picks(&mut self) {
        self.base.countries.clear();
        self.base.participants.clear();
        self.base.topics.clear();
        self.refresh();
    }

    /// Undo every filter, the command line's included: every record of
    /// every kind, in every year, not narrowed.
    pub fn clear_filters(&mut self) {
        self.base = Filter::default();
        self.kinds = [true; 6];
        self.narrow = None;
        self.refresh();
    }

    /// Show or hide one kind of record.
    pub fn toggle(&mut self, kind: RecordKind) {
        if let Some(i) = RecordKind::ALL.iter().position(|k| *k == kind) {
            self.kinds[i] = !self.kinds[i];
            self.refresh();
        }
    }

    /// Show these kinds only.
    pub fn show_only(&mut self, kinds: [bool; 6]) {
        self.kinds = kinds;
        self.refresh();
    }

    /// The next sort key.
    pub fn next_sort(&mut self) {
        let i = SortKey::ALL
            .iter()
            .position(|k| *k == self.sort)
            .unwrap_or(0);
        self.sort = SortKey::ALL[(i + 1) % SortKey::ALL.len()];
        self.refresh();
    }

    /// The order reversed.
    pub fn reverse(&mut self) {
        self.reverse = !self.reverse;
        self.refresh();
    }

    /// Work the rows out again, keeping the selected encounter when it is
    /// still shown.
    fn refresh(&mut self) {
        // The selected record, by address: no ids compared.
        let keep = self.current();
        let filter = self.filter();
        let order = (self.sort, self.reverse);
        let i = match self.orders.iter().position(|(o, _)| *o == order) {
            Some(i) => i,
            None => {
                let mut all: Vec<_> = self.dataset.encounters.iter().collect();
                summit::query::sort(&mut all, self.sort, self.reverse);
                self.orders.push((order, all));
                self.orders.len() - 1
            }
        };
        self.rows = filter.apply(self.orders[i].1.iter().copied());
        if self.kinds != [true; 6] {
            let kinds = self.kinds;
            self.rows.retain(|e| {
                RecordKind::ALL
                    .iter()
                    .position(|k| *k == e.kind())
                    .is_some_and(|i| kinds[i])
            });
        }
        if let Some((_, m)) = &self.narrow {
            self.rows.retain(|e| m.matches(e));
        }
        let shown = (filter, self.kinds, self.narrowed().map(String::from));
        if self.gaps_for.as_ref() != Some(&shown) {
            self.gaps = summit::gaps::among(&self.record_gaps, &self.rows);
            self.gaps_for = Some(shown);
        }
        self.selected = keep
            .and_then(|k| self.rows.iter().position(|e| std::ptr::eq(*e, k)))
            .unwrap_or(0);
    }

    /// Select row `index` (the last, beyond it); true when the selection
    /// moved.
    pub fn select(&mut self, index: usize) -> bool {
        let index = index.min(self.rows.len().saturating_sub(1));
        let moved = index != self.selected;
        self.selected = index;
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The orders worked out beside the loop join those already here,
    /// each order once.
    #[test]
    fn adopting_orders_keeps_each_once() {
        let d = crate::cli::record();
        let mut list = List::new(&d, Filter::default());
        assert_eq!(list.orders.len(), 1);
        list.next_sort();
        assert_eq!(list.orders.len(), 2);
        list.adopt(all_orders(&d));
        assert_eq!(list.orders.len(), SortKey::ALL.len() * 2);
        list.adopt(all_orders(&d));
        assert_eq!(list.orders.len(), SortKey::ALL.len() * 2);
    }
}
