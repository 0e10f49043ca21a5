//! Tests of the import check: every kind of bad row is reported with its line, and only a clean
//! sheet gives rows.

use super::*;
use crate::impact::indicator::IndicatorKind;
use crate::impact::sheet::read_csv;

fn known() -> Known {
    let mut k = Known::default();
    k.indicators.insert(
        "WOON".into(),
        KnownIndicator {
            id: 10,
            rule: ValueRule {
                kind: IndicatorKind::Scale,
                min: Some(1.0),
                max: Some(5.0),
            },
        },
    );
    k.subjects.insert("WB-1".into(), (1, true));
    k.subjects.insert("WB-2".into(), (2, true));
    k.subjects.insert("WB-3".into(), (3, false));
    k.existing
        .insert((10, 2, Timepoint::Baseline, Perspective::Single));
    k
}

const HEADER: &str = "pseudoniem;indicator;meetmoment;datum;waarde;perspectief;toelichting\n";

#[test]
fn a_clean_sheet_gives_every_row() {
    let text = format!(
        "{HEADER}wb-1;woon;nulmeting;1-3-2025;2;cliënt;\nWB-1;WOON;nulmeting;2025-03-01;3,5;begeleider;ziet meer\n"
    );
    let rows = check(&read_csv(&text), &known()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].date, "2025-03-01");
    assert_eq!(rows[1].perspective, Perspective::Worker);
    assert_eq!(rows[1].value, Value::Number(3.5));
}

#[test]
fn english_headers_are_read_too() {
    let text = "pseudonym,indicator,timepoint,date,value,problems\nWB-1,WOON,end,2025-12-01,4,\n";
    assert_eq!(check(&read_csv(text), &known()).unwrap().len(), 1);
}

#[test]
fn every_bad_row_is_reported_with_its_line() {
    let text = format!(
        "{HEADER}WB-1;WOON;nulmeting;2025-03-01;veel;;\n\
         WB-1;WOON;eind;2025-13-01;9;;\n\
         ONBEKEND-1;WOON;eind;2025-03-01;3;;\n\
         WB-3;WOON;eind;2025-03-01;3;;\n\
         WB-1;XX;later;2025-03-01;3;buurman;\n\
         WB-1;WOON;tussen;2025-03-01;3;;=HYPERLINK(\"x\")\n\
         WB-1;WOON;tussen;2025-03-01;3;;\n\
         WB-2;WOON;nulmeting;2025-03-01;3;;\n"
    );
    let problems = check(&read_csv(&text), &known()).unwrap_err();
    let found: Vec<(usize, &str)> = problems.iter().map(|p| (p.line, p.key)).collect();
    for expected in [
        (2, "impact-value-not-number"),
        (3, "impact-import-date"),
        (3, "impact-value-out-of-range"),
        (4, "impact-import-unknown-subject"),
        (5, "impact-import-no-consent"),
        (6, "impact-import-unknown-indicator"),
        (6, "impact-import-timepoint"),
        (6, "impact-import-perspective"),
        (7, "impact-import-formula"),
        (8, "impact-import-duplicate"),
        (9, "impact-import-exists"),
    ] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
    let duplicate = problems
        .iter()
        .find(|p| p.key == "impact-import-duplicate")
        .unwrap();
    assert_eq!(duplicate.detail, "7");
}

#[test]
fn wrong_columns_stop_before_the_rows() {
    let problems = check(&read_csv("naam;waarde\nJan;3\n"), &known()).unwrap_err();
    let keys: Vec<&str> = problems.iter().map(|p| p.key).collect();
    assert!(keys.contains(&"impact-import-column-unknown"));
    assert_eq!(
        keys.iter()
            .filter(|k| **k == "impact-import-column-missing")
            .count(),
        4
    );
    assert!(problems.iter().all(|p| p.line == 1));
}

#[test]
fn an_empty_or_huge_sheet_is_refused() {
    assert_eq!(
        check(&[], &known()).unwrap_err()[0].key,
        "impact-import-empty"
    );
    let mut text = HEADER.to_string();
    for i in 0..=MAX_ROWS {
        text.push_str(&format!("WB-1;WOON;eind;2025-03-01;{};;\n", 1 + i % 4));
    }
    let problems = check(&read_csv(&text), &known()).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].key, "impact-import-too-many");
}

#[test]
fn dates_are_checked_for_real_days() {
    assert_eq!(parse_date("29-2-2024"), Some("2024-02-29".into()));
    assert_eq!(parse_date("29-2-2025"), None);
    assert_eq!(parse_date("2025/04/31"), None);
    assert_eq!(parse_date("morgen"), None);
}
