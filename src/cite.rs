//! Numbered citations: a view cites sources as `[1]`, `[2]`, numbered in
//! the order it first cites them, and lists each source once.

/// The sources a view has cited so far, by number.
#[derive(Debug, Default)]
pub struct Citations<'d> {
    order: Vec<&'d str>,
}

impl<'d> Citations<'d> {
    /// The number of source `id`, giving it the next one when it is new.
    pub fn number(&mut self, id: &'d str) -> usize {
        match self.order.iter().position(|known| *known == id) {
            Some(i) => i + 1,
            None => {
                self.order.push(id);
                self.order.len()
            }
        }
    }

    /// The references for `ids`, such as `[1][3]`; empty for none.
    pub fn refs<I, S>(&mut self, ids: I) -> String
    where
        I: IntoIterator<Item = &'d S>,
        S: AsRef<str> + ?Sized + 'd,
    {
        ids.into_iter()
            .map(|id| format!("[{}]", self.number(id.as_ref())))
            .collect()
    }

    /// The cited ids, in number order (the first is `[1]`).
    pub fn cited(&self) -> &[&'d str] {
        &self.order
    }
}

/// `text` followed by its references, with a space between when there are
/// any.
pub fn with_refs(text: &str, refs: &str) -> String {
    if refs.is_empty() {
        text.to_string()
    } else {
        format!("{text} {refs}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_order_of_first_citation() {
        let mut c = Citations::default();
        assert_eq!(c.refs(["b", "a"]), "[1][2]");
        assert_eq!(c.refs(["a", "c"]), "[2][3]");
        assert_eq!(c.refs::<[&str; 0], str>([]), "");
        assert_eq!(c.number("b"), 1);
        assert_eq!(c.cited(), ["b", "a", "c"]);
        assert_eq!(with_refs("Talks.", "[1]"), "Talks. [1]");
        assert_eq!(with_refs("Talks.", ""), "Talks.");
    }
}
