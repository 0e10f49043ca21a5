//! Deterministic, Dutch-looking text from a seeded generator: words of the field drawn with a
//! skewed (Zipf-like) frequency, so common words match many documents and rare words few, as in
//! real text.

/// A small, fast, seeded pseudo-random generator (xorshift64*); the same seed gives the same
/// data on every machine.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced, xorshift cannot start from it).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next_u64() % (n.max(1) as u64)).unwrap_or(0)
    }

    /// An index skewed towards the start of a list of `n`: the square of a uniform draw.
    pub fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a * b / n.max(1)
    }
}

/// Words of the field, most common first.
const WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "van",
    "in",
    "met",
    "voor",
    "op",
    "bewoners",
    "wijk",
    "sociaal",
    "werk",
    "team",
    "samen",
    "gemeente",
    "impact",
    "verhalen",
    "vrijwilligers",
    "jongeren",
    "ouderen",
    "armoede",
    "gesprek",
    "methode",
    "methoden",
    "meten",
    "effecten",
    "resultaten",
    "leren",
    "praktijk",
    "professionals",
    "buurt",
    "netwerk",
    "ondersteuning",
    "zorg",
    "welzijn",
    "participatie",
    "eenzaamheid",
    "schulden",
    "wijkteam",
    "gemeenten",
    "beleid",
    "financier",
    "verantwoording",
    "indicatoren",
    "doelen",
    "veranderingstheorie",
    "aanpak",
    "activiteit",
    "bijeenkomst",
    "ervaringen",
    "ervaringsdeskundige",
    "inwoners",
    "gezinnen",
    "kinderen",
    "school",
    "werkvorm",
    "reflectie",
    "intervisie",
    "onderzoek",
    "hogeschool",
    "studenten",
    "gemeenschap",
    "vertrouwen",
    "contact",
    "ontmoeting",
    "huiskamer",
    "buurthuis",
    "sport",
    "cultuur",
    "taal",
    "werkloosheid",
    "inkomen",
    "bestaanszekerheid",
    "wonen",
    "energie",
    "duurzaamheid",
    "klimaat",
    "groen",
    "tuin",
    "mantelzorg",
    "dementie",
    "veerkracht",
    "gezondheid",
    "preventie",
    "signalen",
    "doorverwijzing",
    "samenwerking",
    "partners",
    "zichtbaar",
    "waarde",
    "betekenis",
    "verandering",
    "tellen",
    "vertellen",
    "cijfers",
    "kwaliteit",
    "evaluatie",
    "monitor",
    "vragenlijst",
    "interview",
    "observatie",
    "casus",
    "voorbeeld",
    "uitkomsten",
    "bereik",
    "acceptatie",
    "gedrag",
    "leefsituatie",
    "samenleving",
    "onbedoeld",
    "negatief",
    "positief",
    "indirect",
    "bijdrage",
    "toeschrijving",
    "oogsten",
    "rimpeleffecten",
    "beslisboom",
    "keuzehulp",
    "verslag",
    "publicatie",
    "artikel",
    "tool",
    "kennis",
    "leeratelier",
    "werkplaats",
    "facilitator",
    "coördinator",
    "opbouwwerk",
    "jongerenwerk",
    "maatschappelijk",
    "straathoekwerk",
    "buurtcoach",
    "schuldhulp",
    "formulier",
    "drempel",
    "toegang",
    "regels",
    "systeem",
    "ambtenaar",
    "wethouder",
    "subsidie",
    "fonds",
    "rapportage",
    "jaarverslag",
    "dashboard",
    "trend",
    "meting",
    "nulmeting",
    "eindmeting",
    "follow-up",
    "steekproef",
    "respons",
    "panel",
    "selectie",
    "domein",
    "verhaal",
    "verteller",
    "rol",
    "toestemming",
    "privacy",
    "anoniem",
];

/// Syllables for made-up words that fill the long tail of the vocabulary.
const SYLLABLES: &[&str] = &[
    "ver", "be", "ge", "ont", "in", "aan", "op", "over", "wer", "ker", "lan", "den", "hou", "ding",
    "heid", "schap", "lijk", "baar", "st", "ma", "ne", "ri", "to", "sa", "vo", "lo", "pe", "ten",
    "gen", "ren", "plaats", "zorg", "wijk", "huis", "taal", "raad", "kracht",
];

/// Size of the vocabulary: rank 1 is the most common word.
pub const VOCABULARY: usize = 30_000;

/// Where the field's own words sit among the ranks: stop words first, then one field word in
/// every 15 ranks from rank 30, so a word such as "methode" is in a few percent of documents.
fn word_at(rank: usize, made_up: &mut String) -> &str {
    const STOP: usize = 9;
    if rank < STOP {
        return WORDS[rank];
    }
    if rank >= 30 && (rank - 30).is_multiple_of(15) {
        let k = STOP + (rank - 30) / 15;
        if let Some(w) = WORDS.get(k) {
            return w;
        }
    }
    made_up.clear();
    let mut n = rank;
    loop {
        made_up.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
        if n == 0 {
            break;
        }
    }
    made_up
}

/// One word, with Zipf-like frequencies (probability about 1/rank).
pub fn word(rng: &mut Rng) -> String {
    let u = (rng.next_u64() % 1_000_000) as f64 / 1_000_000.0;
    let rank = ((VOCABULARY as f64).powf(u) as usize).saturating_sub(1);
    let mut buffer = String::new();
    word_at(rank, &mut buffer).to_owned()
}

/// A title of 3–8 words, starting with a capital.
pub fn title(rng: &mut Rng) -> String {
    let n = 3 + rng.below(6);
    let mut words: Vec<String> = (0..n).map(|_| word(rng)).collect();
    if let Some(first) = words.first_mut() {
        let mut chars = first.chars();
        if let Some(c) = chars.next() {
            *first = c.to_uppercase().chain(chars).collect();
        }
    }
    words.join(" ")
}

/// A text of about `words` words in sentences of 6–18 words.
pub fn text(rng: &mut Rng, words: usize) -> String {
    let mut out = String::with_capacity(words * 9);
    let mut left = words;
    while left > 0 {
        let n = (6 + rng.below(13)).min(left);
        left -= n;
        let sentence: Vec<String> = (0..n).map(|_| word(rng)).collect();
        out.push_str(&title_case(&sentence.join(" ")));
        out.push_str(". ");
    }
    out.trim_end().to_owned()
}

fn title_case(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_text() {
        let a = text(&mut Rng::new(7), 50);
        let b = text(&mut Rng::new(7), 50);
        assert_eq!(a, b);
        assert_ne!(a, text(&mut Rng::new(8), 50));
        assert_eq!(a.split_whitespace().count(), 50);
    }
}
