//! Matching the names of places, people and topics as people type them:
//! a whole name, or whole words of it, in any case and without accents;
//! for a country, also its common codes and short names ("US", "USA",
//! "U.S.", "America" for the United States); for a person, any of the
//! transliterations in use ("Zelensky", "Zelenskyy", "Zelenskiy").
//! Never a piece of a word: "us" is not in "Russia".

use crate::text::fold;

/// Countries by the name a dataset most likely gives them, with the codes
/// and other names people use for them (ISO 3166 two- and three-letter
/// codes, short and long forms).
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "united states",
        &[
            "us",
            "usa",
            "u s",
            "u s a",
            "america",
            "united states of america",
            "the united states",
        ],
    ),
    (
        "russia",
        &["ru", "rus", "russian federation", "the russian federation"],
    ),
    (
        "united kingdom",
        &[
            "uk",
            "u k",
            "gb",
            "gbr",
            "britain",
            "great britain",
            "the united kingdom",
        ],
    ),
    ("germany", &["de", "deu", "federal republic of germany"]),
    ("france", &["fr", "fra", "french republic"]),
    ("finland", &["fi", "fin"]),
    ("japan", &["jp", "jpn"]),
    ("vietnam", &["vn", "vnm", "viet nam"]),
    ("argentina", &["ar", "arg"]),
    ("hungary", &["hu", "hun"]),
    ("turkey", &["tr", "tur", "turkiye"]),
    (
        "saudi arabia",
        &["sa", "sau", "ksa", "kingdom of saudi arabia"],
    ),
    ("ukraine", &["ua", "ukr"]),
    ("belarus", &["by", "blr"]),
    ("china", &["cn", "chn", "prc", "people's republic of china"]),
    ("india", &["in", "ind"]),
    ("italy", &["it", "ita"]),
    ("spain", &["es", "esp"]),
    ("canada", &["ca", "can"]),
    ("mexico", &["mx", "mex"]),
    ("brazil", &["br", "bra"]),
    ("south africa", &["za", "zaf"]),
    (
        "south korea",
        &["kr", "kor", "korea", "republic of korea", "rok"],
    ),
    ("north korea", &["kp", "prk", "dprk"]),
    ("australia", &["au", "aus"]),
    ("indonesia", &["id", "idn"]),
    ("switzerland", &["ch", "che"]),
    ("austria", &["at", "aut"]),
    ("poland", &["pl", "pol"]),
    ("norway", &["no", "nor"]),
    ("sweden", &["se", "swe"]),
    ("denmark", &["dk", "dnk"]),
    ("netherlands", &["nl", "nld", "the netherlands", "holland"]),
    ("belgium", &["be", "bel"]),
    ("israel", &["il", "isr"]),
    ("iran", &["ir", "irn"]),
    ("egypt", &["eg", "egy"]),
    ("qatar", &["qa", "qat"]),
    ("united arab emirates", &["ae", "are", "uae", "emirates"]),
    ("kazakhstan", &["kz", "kaz"]),
    ("georgia", &["ge", "geo"]),
    ("armenia", &["am", "arm"]),
    ("azerbaijan", &["az", "aze"]),
    ("estonia", &["ee", "est"]),
    ("latvia", &["lv", "lva"]),
    ("lithuania", &["lt", "ltu"]),
    ("singapore", &["sg", "sgp"]),
    ("vatican city", &["va", "vat", "vatican", "holy see"]),
];

/// The words of `text`, folded: letters and digits, everything else a
/// break ("U.S." is "u s").
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// The country a name stands for, as the table names it; the name's own
/// words when the table does not know it.
fn country(name: &str) -> String {
    let joined = words(name).join(" ");
    COUNTRIES
        .iter()
        .find(|(canonical, other)| *canonical == joined || other.contains(&joined.as_str()))
        .map_or(joined, |(canonical, _)| (*canonical).to_string())
}

/// Endings that one name takes in the transliterations in use, each family
/// with the forms a search tries: Zelensky, Zelenskyy, Zelenskiy,
/// Zelenskyi, Zelenskij; Ushakov, Ushakow, Ushakoff. The first form of a
/// family is the one words are spelled with when compared whole.
const ENDINGS: [&[&str]; 2] = [
    &["sky", "skyy", "skyi", "skiy", "skij"],
    &["ov", "ow", "off"],
];

/// A folded word's family of endings and its stem, when it has one and is
/// long enough to be a name (five letters at least: "show" is not one).
fn family(word: &str) -> Option<(&'static [&'static str], &str)> {
    if word.chars().count() < 5 {
        return None;
    }
    ENDINGS.iter().find_map(|family| {
        // The longest ending first: "skyy" before "sky".
        let mut forms: Vec<&str> = family.to_vec();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        forms
            .into_iter()
            .find_map(|f| word.strip_suffix(f))
            .map(|stem| (*family, stem))
    })
}

/// A folded word spelled one way for every transliteration of it:
/// "zelenskiy" and "zelenskyy" are "zelensky", "ushakow" is "ushakov".
fn spelled(word: &str) -> String {
    match family(word) {
        Some((forms, stem)) => format!("{stem}{}", forms[0]),
        None => word.to_string(),
    }
}

/// The spellings a search looks for in place of the folded `term` (a word
/// or a phrase): the term with its last word in each transliteration of
/// its ending, or the term alone. Search matches within words, so "sky"
/// finds "skyy" and "skyi" too.
pub fn spellings(term: &str) -> Vec<String> {
    let (head, last) = match term.rfind(' ') {
        Some(i) => term.split_at(i + 1),
        None => ("", term),
    };
    match family(last) {
        Some((forms, stem)) => forms
            .iter()
            .filter(|f| !["skyy", "skyi"].contains(f))
            .map(|f| format!("{head}{stem}{f}"))
            .collect(),
        None => vec![term.to_string()],
    }
}

/// True when the words of `query` stand, whole and in order, among the
/// words of `name`, each spelled as any transliteration spells it:
/// "aires" and "buenos aires" name "Buenos Aires", "zelensky" names
/// "Volodymyr Zelenskiy"; "aire" does not.
pub fn names(name: &str, query: &str) -> bool {
    let spell = |text: &str| -> Vec<String> { words(text).iter().map(|w| spelled(w)).collect() };
    let (name, query) = (spell(name), spell(query));
    !query.is_empty() && name.windows(query.len()).any(|w| w == query.as_slice())
}

/// True when `query` names the country `name`: the same country by name,
/// code or short name, or whole words of its name.
pub fn names_country(name: &str, query: &str) -> bool {
    country(name) == country(query) || names(name, query)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_under_every_transliteration() {
        for name in [
            "Volodymyr Zelensky",
            "Volodymyr Zelenskyy",
            "Volodymyr Zelenskiy",
        ] {
            for query in [
                "zelensky",
                "Zelenskyy",
                "ZELENSKIY",
                "zelenskyi",
                "Zelenskij",
            ] {
                assert!(names(name, query), "{name}: {query}");
            }
            assert!(!names(name, "zelen"), "{name}");
        }
        for query in ["Ushakov", "ushakow", "Ushakoff"] {
            assert!(names("Yuri Ushakov", query), "{query}");
        }
        // Short words are not names: "show" is not "shov".
        assert_eq!(spelled("show"), "show");
        assert_eq!(spellings("show"), ["show"]);
        assert_eq!(
            spellings("volodymyr zelenskyy"),
            [
                "volodymyr zelensky",
                "volodymyr zelenskiy",
                "volodymyr zelenskij"
            ]
        );
        assert_eq!(spellings("ushakow"), ["ushakov", "ushakow", "ushakoff"]);
    }

    #[test]
    fn a_country_by_its_name_codes_and_short_names() {
        for q in [
            "US",
            "usa",
            "U.S.",
            "U.S.A.",
            "United States",
            "america",
            "united states of america",
        ] {
            assert!(names_country("United States", q), "{q}");
            assert!(!names_country("Russia", q), "{q}");
        }
        for q in ["UK", "Britain", "Great Britain", "united kingdom", "GB"] {
            assert!(names_country("United Kingdom", q), "{q}");
        }
        for q in ["Russia", "RU", "Russian Federation", "russia"] {
            assert!(names_country("Russia", q), "{q}");
        }
        // The dataset may use a country's other name.
        assert!(names_country("USA", "United States"));
        assert!(names_country("Türkiye", "turkey"));
        // Never a piece of another's name.
        assert!(!names_country("Russia", "us"));
        assert!(!names_country("Russia", "ss"));
        assert!(!names_country("Germany", "german"));
        // A country the table does not know, by its name or words of it.
        assert!(names_country("Bosnia and Herzegovina", "herzegovina"));
        assert!(!names_country("Bosnia and Herzegovina", "herz"));
    }

    #[test]
    fn places_and_people_by_whole_words() {
        assert!(names("Buenos Aires", "aires"));
        assert!(names("Buenos Aires", "BUENOS aires"));
        assert!(!names("Buenos Aires", "aire"));
        assert!(!names("Buenos Aires", "aires buenos"));
        assert!(names("Vladimir Putin", "putin"));
        assert!(names("Sergei Lavrov", "lavrov"));
        assert!(!names("Rex Tillerson", "son"));
        assert!(names("Élysée Palace", "elysee"));
        assert!(!names("Anything", ""));
    }
}
