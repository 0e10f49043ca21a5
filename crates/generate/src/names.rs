//! Names that look like the field's: Dutch and Flemish first names and surnames, organisations
//! and the themes ateliers work on. Generated people are fictional; any likeness is chance.

use crate::textgen::Rng;

const FIRST_NAMES: &[&str] = &[
    "Anouk", "Bram", "Carlijn", "Daan", "Eline", "Fatima", "Gert", "Hanneke", "Ilse", "Jeroen",
    "Karim", "Lotte", "Mohamed", "Nadia", "Olaf", "Pien", "Quinten", "Roos", "Sven", "Tessa",
    "Urvashi", "Vera", "Wouter", "Yasmina", "Zeynep", "Annelies", "Bart", "Chantal", "Dirk",
    "Esra", "Femke", "Guus", "Hatice", "Inge", "Jasper", "Kobe", "Liesbeth", "Marloes", "Niels",
    "Ozan", "Petra", "Rik", "Saskia", "Tom", "Veerle", "Wim", "Yara", "Lieke", "Jelle", "Sanne",
];

const SURNAMES: &[&str] = &[
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Yilmaz",
    "El Amrani",
    "Öztürk",
    "Bouzid",
    "Kartosen",
    "Nguyen",
    "Haddou",
    "van Dam",
    "Verhoeven",
    "Koster",
    "Prins",
    "Huisman",
    "Kuipers",
    "van Wijk",
    "Postma",
    "Vermeulen",
    "Schouten",
    "Hoekstra",
    "Timmermans",
    "Lambrecht",
];

const ORGANISATIONS: &[&str] = &[
    "Wijkteam Noord",
    "Sociaal Werk Rivierenland",
    "Hogeschool van de Stad",
    "Gemeente Middelstad",
    "Buurtwerk De Brug",
    "Jongerenwerk Oost",
    "Schuldhulp Samen",
    "CAW Midden",
    "Welzijn op Recept",
    "Lectoraat Sociale Innovatie",
    "Ervaringskennis Collectief",
    "Mantelzorgsteunpunt",
];

const THEMES: &[&str] = &[
    "Impact in de wijk",
    "Jongerenwerk in beeld",
    "Schulden en bestaanszekerheid",
    "Verhalen als bewijs",
    "Ervaringskennis",
    "Eenzaamheid en verbinding",
    "Mantelzorg",
    "Opvoeden en opgroeien",
    "Armoede en participatie",
    "Wonen en thuisloosheid",
    "Welzijn op recept",
    "Outreachend werken",
    "Samenwerken met vrijwilligers",
    "Sociale basis",
    "Kwetsbare ouderen",
    "Nieuwkomers",
    "Digitale inclusie",
    "Vroegsignalering",
    "Buurtbemiddeling",
    "Inclusieve wijk",
];

const REGIONS: &[&str] = &[
    "Noord",
    "Zuid",
    "Oost",
    "West",
    "Centrum",
    "Rivierenland",
    "Kempen",
    "Veluwe",
    "Twente",
    "Limburg",
];

/// A person's name; many people share one, as in a national network.
pub fn person(rng: &mut Rng) -> String {
    let first = FIRST_NAMES[rng.below(FIRST_NAMES.len())];
    let last = SURNAMES[rng.below(SURNAMES.len())];
    format!("{first} {last}")
}

/// An organisation.
pub fn organisation(rng: &mut Rng) -> &'static str {
    ORGANISATIONS[rng.below(ORGANISATIONS.len())]
}

/// The name of atelier `n` (0-based): a theme, and a region once the themes run out.
pub fn atelier(n: usize) -> String {
    let theme = THEMES[n % THEMES.len()];
    match n / THEMES.len() {
        0 => theme.to_owned(),
        round if round <= REGIONS.len() => format!("{theme} {}", REGIONS[round - 1]),
        round => format!("{theme} {round}"),
    }
}
