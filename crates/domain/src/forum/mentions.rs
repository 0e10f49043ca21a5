//! @mentions: a post mentions a member by writing `@` and their name as it shows on the
//! platform ("@Sanne de Wit"), in any letter case. Longer names win, so "@Sanne de Wit" does not
//! also mention a "Sanne".

/// The ids of the members (id, display name) the text mentions, in the order given.
pub fn mentioned(text: &str, members: &[(i64, String)]) -> Vec<i64> {
    let lower = text.to_lowercase();
    let mut by_length: Vec<&(i64, String)> = members
        .iter()
        .filter(|(_, n)| !n.trim().is_empty())
        .collect();
    by_length.sort_by_key(|(_, name)| std::cmp::Reverse(name.chars().count()));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut found = Vec::new();
    for (id, name) in by_length {
        let needle = format!("@{}", name.trim().to_lowercase());
        let mut from = 0;
        while let Some(at) = lower[from..].find(&needle) {
            let start = from + at;
            let end = start + needle.len();
            from = end;
            let boundary = lower[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let overlaps = taken.iter().any(|(s, e)| start < *e && *s < end);
            if boundary && !overlaps {
                taken.push((start, end));
                if !found.contains(id) {
                    found.push(*id);
                }
            }
        }
    }
    members
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| found.contains(id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::mentioned;

    fn members() -> Vec<(i64, String)> {
        vec![
            (1, "Sanne".to_owned()),
            (2, "Sanne de Wit".to_owned()),
            (3, "Youssef Amrani".to_owned()),
            (4, "Els".to_owned()),
        ]
    }

    #[test]
    fn names_after_an_at_sign_are_mentions() {
        let cases: &[(&str, &[i64])] = &[
            ("Goed punt, @Sanne de Wit!", &[2]),
            ("@sanne kun jij dit oppakken?", &[1]),
            ("@Youssef Amrani en @Els: wat vinden jullie?", &[3, 4]),
            ("Mail els@example.nl of bel Els", &[]),
            ("@Elsa is geen lid", &[]),
            ("@Sanne de Wit en @Sanne", &[1, 2]),
            ("Geen vermelding", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(mentioned(text, &members()), expected.to_vec(), "{text}");
        }
    }
}
