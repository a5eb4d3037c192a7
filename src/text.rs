//! Text matching that ignores case and accents ("elysee" finds "Élysée").

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lowercase `s` and strip its accents.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `s` folded as [`fold`] does, into `out` (cleared first), so that a
/// caller folding many texts reuses one buffer.
///
/// Character by character: each is decomposed canonically, its combining
/// marks dropped and the rest lowercased. Full NFD would also reorder runs
/// of combining marks, which are dropped anyway, so the result is the same.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
}

/// True when `needle` occurs in `haystack`, ignoring case and accents.
/// An empty needle matches everything.
pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    if haystack.is_ascii() && needle.is_ascii() {
        // The common case, without allocating.
        let (h, n) = (haystack.as_bytes(), needle.as_bytes());
        return n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n));
    }
    fold(haystack).contains(&fold(needle))
}

/// Byte ranges in `haystack` where `needle` occurs, ignoring case and
/// accents; used to highlight matches. Ranges fall on character boundaries.
pub(crate) fn find_folded(haystack: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let needle = fold(needle);
    if needle.is_empty() {
        return Vec::new();
    }
    // Fold character by character, remembering where each folded char came
    // from, so a match maps back to the original text.
    let mut folded = String::new();
    let mut origin = Vec::new();
    for (i, c) in haystack.char_indices() {
        for f in fold(c.encode_utf8(&mut [0; 4])).chars() {
            origin.extend(std::iter::repeat_n(i, f.len_utf8()));
            folded.push(f);
        }
    }
    let end_of = |i: usize| haystack[i..].chars().next().map_or(i, |c| i + c.len_utf8());
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let mut from = 0;
    while let Some(pos) = folded[from..].find(&needle) {
        let start = from + pos;
        let last = start + needle.len() - 1;
        let range = origin[start]..end_of(origin[last]);
        if out.last().is_none_or(|r| r.end <= range.start) {
            out.push(range);
        }
        from = start + needle.len();
    }
    out
}

/// Escape text for a Markdown table cell or line.
pub fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escape text for XML and HTML.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` in plain ASCII, for terminals and files that take nothing else:
/// dashes become `-`, curly quotes straight ones, `…` three dots, accented
/// letters their base letter; anything else without an ASCII form, `?`.
pub fn to_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            c if c.is_ascii() => out.push(c),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' | '«' | '»' => out.push('"'),
            '\u{2026}' => out.push_str("..."),
            '·' | '•' => out.push('*'),
            '×' => out.push('x'),
            '→' => out.push_str("->"),
            '\u{a0}' | '\u{2009}' | '\u{202f}' => out.push(' '),
            c => {
                let base: String = c.nfd().filter(|c| !is_combining_mark(*c)).collect();
                if !base.is_empty() && base.is_ascii() {
                    out.push_str(&base);
                } else {
                    out.push('?');
                }
            }
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_keeps_meaning() {
        assert_eq!(
            to_ascii("10–11 Nov 2017 · “Orbán’s” offer… ©"),
            "10-11 Nov 2017 * \"Orban's\" offer... ?"
        );
        assert_eq!(to_ascii("plain"), "plain");
    }

    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Élysée Palace"), "elysee palace");
        assert_eq!(fold("Elbphilharmonie"), "elbphilharmonie");
        // Hangul decomposes into its jamo; a lone combining mark folds away.
        assert_eq!(fold("한"), "\u{1112}\u{1161}\u{11ab}");
        assert_eq!(fold("A\u{301}\u{327}"), "a");
        let mut buf = String::from("left over");
        fold_into("İSTANBUL", &mut buf);
        assert_eq!(buf, "istanbul");
        assert!(contains_folded("Palais de l'Élysée", "ELYSEE"));
        assert!(contains_folded(
            "Joint Base Elmendorf–Richardson",
            "elmendorf"
        ));
        assert!(!contains_folded("Helsinki", "oslo"));
        assert!(contains_folded("anything", ""));
    }

    #[test]
    fn finds_ranges_in_the_original_text() {
        let s = "À l'Élysée, élysée";
        let r = find_folded(s, "elysee");
        assert_eq!(r.len(), 2);
        assert_eq!(&s[r[0].clone()], "Élysée");
        assert_eq!(&s[r[1].clone()], "élysée");
        assert!(find_folded(s, "").is_empty());
    }
}
