//! Searching the list: as it is typed after `/`, and again with `n` and
//! `N`. On a large dataset a search is read a slice at a time between
//! frames ([`Search::work`]), so keys are answered while it runs.

use std::time::Duration;

use summit::search::Matcher;

use super::list::List;

/// How long one slice of a search may take, so a frame follows each key
/// within the 16 ms of a 60 Hz screen.
pub const SLICE: Duration = Duration::from_millis(6);

/// A search under way.
struct Scan {
    matcher: Matcher,
    /// What was asked for, for the status line.
    query: String,
    /// The next row to read.
    at: usize,
    /// Rows still to read.
    left: usize,
    /// Of them, how many there were at the start.
    total: usize,
    forward: bool,
    /// Typing after `/`: the first match from `at` on, without wrapping.
    /// Else `n` or `N`: the next match either way, wrapping around.
    typing: bool,
}

/// The search state: the last search, and one being read.
pub struct Search {
    /// The last search, for `n` and `N`.
    pub last: String,
    scan: Option<Scan>,
    /// How long each slice of a search may read for.
    pub slice: Duration,
    /// While typing: for the text typed so far and each shorter prefix of
    /// it, a row before which nothing matches it. A longer text matches a
    /// subset of what its prefix matches (each word of the prefix is part
    /// of a word of the longer one), so each new character reads on from
    /// where its prefix stopped, and Backspace goes back.
    starts: Vec<usize>,
    /// The selection when `/` was pressed: where a search that matches
    /// nothing goes back to.
    origin: usize,
}

/// What a slice of search found, for the status line.
pub enum Outcome {
    /// Still reading.
    Reading,
    /// A match, now selected.
    Found,
    /// Nothing matches this.
    Nothing(String),
    /// No search under way.
    Idle,
}

impl Search {
    /// No search yet.
    pub fn new() -> Search {
        Search {
            last: String::new(),
            scan: None,
            slice: SLICE,
            starts: Vec::new(),
            origin: 0,
        }
    }

    /// `/` was pressed with `selected` selected: typing starts.
    pub fn begin(&mut self, selected: usize) {
        self.scan = None;
        self.starts.clear();
        self.origin = selected;
    }

    /// Stop a search under way.
    pub fn stop(&mut self) {
        self.scan = None;
    }

    /// How far the search under way has read, from 0 to 1, if one is.
    pub fn progress(&self) -> Option<f64> {
        self.scan
            .as_ref()
            .map(|s| 1.0 - s.left as f64 / s.total.max(1) as f64)
    }

    /// `typed` is now what is typed after `/` (a character more, or one
    /// less when `erased`): look for its first match from where its prefix
    /// left off.
    pub fn typed(&mut self, list: &mut List, typed: &str, erased: bool) -> Outcome {
        self.scan = None;
        if erased {
            self.starts.pop();
        } else {
            let from = self.starts.last().copied().unwrap_or(0);
            self.starts.push(from);
        }
        let at = self.starts.last().copied().unwrap_or(0);
        let left = list.rows().len().saturating_sub(at);
        self.start(list, typed.to_string(), at, left, true, true)
    }

    /// Enter after typing: `typed` is the last search. Stays on the match
    /// typing found, or lets the search under way find it; else looks on.
    pub fn submit(&mut self, list: &mut List, typed: String) -> Outcome {
        self.last = typed;
        let matcher = Matcher::new(&self.last);
        if self.scan.is_none() && !list.current().is_some_and(|e| matcher.matches(e)) {
            return self.next(list, true);
        }
        Outcome::Idle
    }

    /// The next (or previous) row after the selection that matches the
    /// last search, wrapping around.
    pub fn next(&mut self, list: &mut List, forward: bool) -> Outcome {
        self.scan = None;
        let n = list.rows().len();
        if self.last.trim().is_empty() || n == 0 {
            return Outcome::Idle;
        }
        let at = if forward {
            (list.selected + 1) % n
        } else {
            (list.selected + n - 1) % n
        };
        self.start(list, self.last.clone(), at, n, forward, false)
    }

    fn start(
        &mut self,
        list: &mut List,
        query: String,
        at: usize,
        left: usize,
        forward: bool,
        typing: bool,
    ) -> Outcome {
        let matcher = Matcher::new(&query);
        if matcher.is_empty() {
            return Outcome::Idle;
        }
        self.scan = Some(Scan {
            matcher,
            query,
            at,
            left,
            total: left,
            forward,
            typing,
        });
        self.work(list, self.slice)
    }

    /// Read on in the search under way for at most about `budget`.
    pub fn work(&mut self, list: &mut List, budget: Duration) -> Outcome {
        let Some(mut scan) = self.scan.take() else {
            return Outcome::Idle;
        };
        let started = std::time::Instant::now();
        let rows = list.rows();
        let n = rows.len();
        let mut found = None;
        while scan.left > 0 {
            let i = scan.at;
            if scan.matcher.matches(rows[i]) {
                found = Some(i);
                break;
            }
            scan.left -= 1;
            scan.at = if scan.forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            if scan.left % 256 == 0 && started.elapsed() >= budget {
                break;
            }
        }
        if scan.typing {
            // Nothing before here matches what is typed.
            if let Some(start) = self.starts.last_mut() {
                *start = found.unwrap_or(if scan.left == 0 { n } else { scan.at });
            }
        }
        if let Some(i) = found {
            list.select(i);
            Outcome::Found
        } else if scan.left == 0 {
            if scan.typing {
                // As less and vim do: back to where the search started.
                list.select(self.origin);
            }
            Outcome::Nothing(scan.query)
        } else {
            self.scan = Some(scan);
            Outcome::Reading
        }
    }
}
