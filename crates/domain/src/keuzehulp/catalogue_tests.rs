//! The shipped catalogue parses and is complete; mistakes in catalogue content are named.

use super::*;

fn blank_line(text: &str, field: &str) -> String {
    text.lines()
        .map(|l| {
            if l.starts_with(&format!("{field} = ")) {
                format!("{field} = \"\"")
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const SHIPPED: &str = include_str!("../../../../content/methods.toml");

#[test]
fn the_shipped_catalogue_is_complete_in_both_languages() {
    let catalogue = Catalogue::parse(SHIPPED).unwrap_or_else(|e| panic!("{e}"));
    assert!(catalogue.methods.len() >= MIN_METHODS);
    for task in Task::ALL {
        assert!(
            catalogue.methods.iter().any(|m| m.serves(*task)),
            "{task:?}"
        );
    }
    let msc = catalogue.by_slug("most-significant-change").expect("MSC");
    assert_eq!(catalogue.by_id(&msc.id), Some(msc));
    assert!(msc.tags.iter().any(|t| t == "most significant change"));
}

#[test]
fn mistakes_in_the_content_are_named() {
    let first = SHIPPED.find("[[methods]]").expect("a method");
    let second = first + 1 + SHIPPED[first + 1..].find("[[methods]]").expect("two");
    let one = &SHIPPED[first..second];
    let cases: [(&str, String, &str); 5] = [
        (
            "unknown code",
            one.replace("effort = \"low\"", "effort = \"tiny\""),
            "unknown effort `tiny`",
        ),
        (
            "duplicate id",
            format!("{one}\n{one}"),
            "M01: id used twice",
        ),
        ("too few methods", one.to_owned(), "only 1 methods"),
        (
            "empty prose",
            blank_line(one, "summary_en"),
            "M01: summary_en is empty",
        ),
        (
            "no fallback",
            one.to_owned(),
            "no method can always serve task `understand`",
        ),
    ];
    for (name, text, expected) in cases {
        let problems = Catalogue::parse(&text).expect_err(name);
        assert!(problems.contains(expected), "{name}: {problems}");
    }
    let unknown = one.replacen("slug = ", "colour = \"red\"\nslug = ", 1);
    assert!(
        Catalogue::parse(&unknown)
            .expect_err("unknown field")
            .contains("colour")
    );
}
