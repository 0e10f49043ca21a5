//! Forum posts as members write them: one to four paragraphs of realistic length, now and then a
//! list of points or a quoted line of an earlier post, in Markdown.

use crate::textgen::{Rng, text};

/// Openings that make generated posts read like replies in a conversation.
const OPENINGS: &[&str] = &[
    "Herkenbaar.",
    "Goede vraag.",
    "Bij ons in de wijk zien we iets vergelijkbaars.",
    "Dank voor het delen.",
    "Ik twijfel daar eerlijk gezegd over.",
    "Wij zijn hier vorig jaar mee begonnen.",
    "Aanvulling vanuit het jongerenwerk:",
    "Vanuit de gemeente kijken we er zo naar:",
];

/// A post of about 40–250 words.
pub fn post(rng: &mut Rng) -> String {
    let mut out = String::new();
    if rng.below(3) == 0 {
        out.push_str(OPENINGS[rng.below(OPENINGS.len())]);
        out.push(' ');
    }
    if rng.below(8) == 0 {
        let words = 8 + rng.below(10);
        out.insert_str(0, &format!("> {}\n\n", text(rng, words)));
    }
    let paragraphs = 1 + rng.below(4);
    for n in 0..paragraphs {
        if n > 0 {
            out.push_str("\n\n");
        }
        let words = 30 + rng.below(50);
        out.push_str(&text(rng, words));
    }
    if rng.below(6) == 0 {
        out.push_str("\n\n");
        for _ in 0..(2 + rng.below(3)) {
            out.push_str("- ");
            let words = 4 + rng.below(8);
            out.push_str(&text(rng, words));
            out.push('\n');
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_have_a_realistic_length_and_are_the_same_for_a_seed() {
        let mut rng = Rng::new(3);
        let posts: Vec<String> = (0..200).map(|_| post(&mut rng)).collect();
        let words: Vec<usize> = posts.iter().map(|p| p.split_whitespace().count()).collect();
        assert!(words.iter().all(|&w| (25..=400).contains(&w)), "{words:?}");
        let mean = words.iter().sum::<usize>() / words.len();
        assert!((60..=200).contains(&mean), "mean {mean}");
        assert!(posts.iter().any(|p| p.contains("\n- ")), "some have a list");
        assert!(posts.iter().any(|p| p.starts_with("> ")), "some quote");
        assert_eq!(post(&mut Rng::new(9)), post(&mut Rng::new(9)));
    }
}
