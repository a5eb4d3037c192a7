//! "Did you mean …?" suggestions for misspelt names.

/// The candidate closest to `given`, if it is close enough to be a likely
/// typo (a few edits away, scaled by length), ignoring case; failing that,
/// the first candidate that `given` begins (`duration` for
/// `duration_minutes`), for a name cut short.
pub fn nearest<'a, I>(given: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let given = given.to_lowercase();
    let limit = (given.chars().count() / 3).max(2);
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&given, &c.to_lowercase()), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
        .or_else(|| {
            let long_enough = given.chars().count() >= 4;
            candidates
                .into_iter()
                .find(|c| long_enough && c.to_lowercase().starts_with(&given))
        })
}

/// The words every "did you mean" in summit is written in:
/// ` (did you mean "held"?)` after a misspelt name, or nothing when no
/// candidate is close.
pub fn did_you_mean<'a, I>(given: &str, candidates: I) -> String
where
    I: IntoIterator<Item = &'a str>,
{
    nearest(given, candidates)
        .map(|s| format!(" (did you mean \"{s}\"?)"))
        .unwrap_or_default()
}

/// The same question for a list of close candidates, best first:
/// `did you mean helsinki-2018?`, `did you mean one of a, b?`; `None` for
/// none.
pub fn did_you_mean_one_of(candidates: &[&str]) -> Option<String> {
    match candidates {
        [] => None,
        [one] => Some(format!("did you mean {one}?")),
        many => Some(format!("did you mean one of {}?", many.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::{did_you_mean, did_you_mean_one_of, nearest};

    #[test]
    fn asks_about_one_or_several_candidates() {
        assert_eq!(did_you_mean_one_of(&[]), None);
        assert_eq!(did_you_mean_one_of(&["a-1"]).unwrap(), "did you mean a-1?");
        assert_eq!(
            did_you_mean_one_of(&["a-1", "b-2"]).unwrap(),
            "did you mean one of a-1, b-2?"
        );
    }

    #[test]
    fn says_did_you_mean_only_for_a_close_name() {
        assert_eq!(
            did_you_mean("helds", ["held", "informal"]),
            " (did you mean \"held\"?)"
        );
        assert_eq!(did_you_mean("zzzzzz", ["held", "informal"]), "");
    }

    #[test]
    fn finds_close_names_only() {
        let names = ["held", "informal", "cancelled", "proposed"];
        assert_eq!(nearest("helds", names), Some("held"));
        assert_eq!(nearest("canceled", names), Some("cancelled"));
        assert_eq!(nearest("Informl", names), Some("informal"));
        assert_eq!(nearest("zzzzzzzz", names), None);
        // A name cut short: the first that it begins.
        let fields = ["date", "duration_minutes", "duration_note"];
        assert_eq!(nearest("duration", fields), Some("duration_minutes"));
        assert_eq!(nearest("dur", fields), None);
    }
}
