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

/// The states of the United States by name, those that name a city as
/// well (Washington, New York) left out: in an address in the United
/// States, a part that names one is not the city.
const STATES: [&str; 49] = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "District of Columbia",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// Whether `part` names a state: by name ("Alaska"), or by its code alone
/// ("AK"); with a postal code ("AK 99506") it is [`postal`].
fn state(part: &str) -> bool {
    let part = part.trim();
    STATES.iter().any(|s| s.eq_ignore_ascii_case(part)) || is_state(part)
}

/// Words that name a street, not a city: a part holding one is part of
/// an address.
const STREET: [&str; 16] = [
    "ave",
    "avenue",
    "st",
    "street",
    "rd",
    "road",
    "blvd",
    "boulevard",
    "lane",
    "ln",
    "drive",
    "dr",
    "way",
    "square",
    "sq",
    "place",
];

/// Whether `part` reads as a street: a number first, or a street's word.
fn street(part: &str) -> bool {
    part.trim().starts_with(|c: char| c.is_ascii_digit())
        || part.split_whitespace().any(|w| {
            let w = w.trim_end_matches('.').to_ascii_lowercase();
            STREET.contains(&w.as_str())
        })
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
    // city with no country; nor a city with its state ("Washington DC").
    let last = parts.last().copied().unwrap_or_default();
    let city_and_state = last
        .rsplit_once(' ')
        .is_some_and(|(_, code)| is_state(code));
    if parts.len() >= 2 && !has_digit(last) && !city_and_state {
        place.country = parts.pop().unwrap_or_default().to_string();
    }
    // A state or postal code standing alone before the country; a
    // state's name only once, and only after what can be a city (in
    // "…Ave NW, Washington, DC 20500" Washington is the city).
    let american =
        !place.country.is_empty() && crate::names::names_country(&place.country, "United States");
    let mut named_state = false;
    while parts.len() >= 2 {
        let (before, last) = (parts[parts.len() - 2], parts[parts.len() - 1]);
        let by_name = american && !named_state && state(last) && !street(before);
        if !(postal(last) || by_name) {
            break;
        }
        named_state |= by_name;
        parts.pop();
        place.guessed.push("a state or postal code left out");
    }
    let Some(city) = parts.pop() else {
        return place;
    };
    let (mut city, coded) = without_code(city);
    if coded {
        place.guessed.push("a postal code taken off the city");
    }
    // "Washington DC": the city, its state's code set aside.
    if let Some((name, code)) = city.rsplit_once(' ') {
        if is_state(code) && !name.is_empty() {
            city = name.to_string();
            place.guessed.push("a state taken off the city");
        }
    }
    // What stands where the city should may be a street: said, to check.
    if street(&city) {
        place.guessed.push("the city may be a street");
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
    fn a_state_by_name_or_with_its_city_is_set_aside() {
        // The Alaska summit's venue, as a calendar writes it.
        assert_eq!(
            read("Joint Base Elmendorf-Richardson, Anchorage, Alaska, USA"),
            (
                "Joint Base Elmendorf-Richardson".into(),
                "Anchorage".into(),
                "USA".into(),
                1
            )
        );
        // A city with its state's code is no country; a street where the
        // city should be is said, to check.
        let p = split("Pennsylvania Ave, Washington DC");
        assert_eq!(
            (p.venue.as_deref(), p.city.as_str(), p.country.as_str()),
            (Some("Pennsylvania Ave"), "Washington", "")
        );
        assert!(
            p.guessed.contains(&"a state taken off the city"),
            "{:?}",
            p.guessed
        );
        let p = split("Pennsylvania Ave, Washington");
        assert_eq!(
            (p.city.as_str(), p.country.as_str()),
            ("Pennsylvania Ave", "Washington")
        );
        assert!(
            p.guessed.contains(&"the city may be a street"),
            "{:?}",
            p.guessed
        );
        // A state's name that is also a city's is the city: summit's own
        // calendar writes "White House, Washington, United States".
        assert_eq!(
            read("White House, Washington, United States"),
            (
                "White House".into(),
                "Washington".into(),
                "United States".into(),
                0
            )
        );
        assert_eq!(
            read("Washington, USA"),
            (String::new(), "Washington".into(), "USA".into(), 0)
        );
        // Only in the United States: elsewhere a part is what it says.
        assert_eq!(
            read("Old Town, Alaska, Canada"),
            ("Old Town".into(), "Alaska".into(), "Canada".into(), 0)
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
