//! A calendar's LOCATION read as a place: "City, Country", "Venue, City,
//! Country", or a street address as calendars and maps write it
//! ("Presidential Palace, Pohjoisesplanadi 1, 00170 Helsinki, Finland").

/// A place as summit records it, and whether the reading had to guess.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    /// The venue, with its street where the location gives one.
    pub venue: Option<String>,
    pub city: String,
    /// Empty when the location names none.
    pub country: String,
    /// What was left out or guessed, to tell the reader: a postal code,
    /// a state, a street standing in for a venue.
    pub guessed: Vec<&'static str>,
}

/// Whether `part` is a postal code, or a state with one ("AK 99506",
/// "DC 20500", "SW1A 1AA", "75008"): every word holds a digit, or a state's
/// letters come before a number.
fn postal(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    match words.as_slice() {
        [] => false,
        [state, code] if is_state(state) => has_digit(code),
        words => words.iter().all(|w| has_digit(w)),
    }
}

/// Two or three capital letters: a state or province code (AK, DC, NSW).
fn is_state(word: &str) -> bool {
    (2..=3).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

fn has_digit(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
}

/// `part` without the postal code written before or after the city's
/// name ("00170 Helsinki", "London SW1A 1AA"), and whether one was there.
fn without_code(part: &str) -> (String, bool) {
    let words: Vec<&str> = part.split_whitespace().collect();
    let kept: Vec<&str> = words.iter().copied().filter(|w| !has_digit(w)).collect();
    let cut = kept.len() < words.len() && !kept.is_empty();
    if cut {
        (kept.join(" "), true)
    } else {
        (part.trim().to_string(), false)
    }
}

/// Read `location` as a place: its last part the country, the part
/// before it the city (a postal code or a state between them set aside,
/// a code in the city's part taken off), what comes first the venue.
pub fn split(location: &str) -> Place {
    let mut parts: Vec<&str> = location
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut place = Place::default();
    // A country is a name, never a code: "Helsinki 00170" at the end is a
    // city with no country.
    if parts.len() >= 2 && !has_digit(parts[parts.len() - 1]) {
        place.country = parts.pop().unwrap_or_default().to_string();
    }
    // A state or postal code standing alone before the country.
    while parts.len() >= 2 && postal(parts[parts.len() - 1]) {
        parts.pop();
        place.guessed.push("a state or postal code left out");
    }
    let Some(city) = parts.pop() else {
        return place;
    };
    let (city, coded) = without_code(city);
    if coded {
        place.guessed.push("a postal code taken off the city");
    }
    place.city = city;
    if !parts.is_empty() {
        // A street first, with no name before it, stands for the venue.
        if parts.len() == 1 && parts[0].starts_with(|c: char| c.is_ascii_digit()) {
            place.guessed.push("a street address kept as the venue");
        }
        place.venue = Some(parts.join(", "));
    }
    place
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The venue (empty for none), city, country, and how many guesses.
    fn read(location: &str) -> (String, String, String, usize) {
        let p = split(location);
        (
            p.venue.unwrap_or_default(),
            p.city,
            p.country,
            p.guessed.len(),
        )
    }

    #[test]
    fn plain_places_are_read_as_written() {
        assert_eq!(read(""), (String::new(), String::new(), String::new(), 0));
        assert_eq!(
            read("Riga"),
            (String::new(), "Riga".into(), String::new(), 0)
        );
        assert_eq!(
            read("Oslo, Norway"),
            (String::new(), "Oslo".into(), "Norway".into(), 0)
        );
        assert_eq!(
            read("Presidential Palace, Helsinki, Finland"),
            (
                "Presidential Palace".into(),
                "Helsinki".into(),
                "Finland".into(),
                0
            )
        );
        // A name with a digit in it that is not a code stays whole.
        assert_eq!(
            read("G20 venue, Osaka, Japan"),
            ("G20 venue".into(), "Osaka".into(), "Japan".into(), 0)
        );
    }

    #[test]
    fn street_addresses_give_venue_city_and_country() {
        // A European address: the postal code before the city's name.
        assert_eq!(
            read("Presidential Palace, Pohjoisesplanadi 1, 00170 Helsinki, Finland"),
            (
                "Presidential Palace, Pohjoisesplanadi 1".into(),
                "Helsinki".into(),
                "Finland".into(),
                1
            )
        );
        // An American one: the state and ZIP code apart.
        assert_eq!(
            read("Joint Base Elmendorf-Richardson, 10480 Sijan Ave, Anchorage, AK 99506, USA"),
            (
                "Joint Base Elmendorf-Richardson, 10480 Sijan Ave".into(),
                "Anchorage".into(),
                "USA".into(),
                1
            )
        );
        // A street alone before the city stands for the venue.
        assert_eq!(
            read("1600 Pennsylvania Ave NW, Washington, DC 20500, USA"),
            (
                "1600 Pennsylvania Ave NW".into(),
                "Washington".into(),
                "USA".into(),
                2
            )
        );
        // A British one: the postcode after the city's name.
        assert_eq!(
            read("10 Downing Street, London SW1A 2AA, United Kingdom"),
            (
                "10 Downing Street".into(),
                "London".into(),
                "United Kingdom".into(),
                2
            )
        );
        // A code where the country should be: a city with no country.
        assert_eq!(
            read("Kremlin, Moscow 103132"),
            ("Kremlin".into(), "Moscow".into(), String::new(), 1)
        );
    }

    #[test]
    fn postal_codes_and_states_are_told_from_names() {
        for code in [
            "99506", "AK 99506", "DC 20500", "SW1A 2AA", "00170", "75008",
        ] {
            assert!(postal(code), "{code}");
        }
        for name in [
            "Helsinki",
            "USA",
            "DC",
            "G20 venue",
            "Anchorage",
            "Sijan Ave",
        ] {
            assert!(!postal(name), "{name}");
        }
    }
}
