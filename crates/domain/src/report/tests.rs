//! Tests of report sections, templates, layouts, periods and bases.

use super::*;

/// The sections of an impact report.
const IMPACT_SECTIONS: [Section; 9] = [
    Section::Question,
    Section::Theory,
    Section::Reach,
    Section::Changes,
    Section::Unexpected,
    Section::Contribution,
    Section::Value,
    Section::Learning,
    Section::Methods,
];

#[test]
fn an_atelier_report_has_its_own_sections_and_no_impact_ones() {
    let order: Vec<Section> = ReportTemplate::Werkplaats
        .sections()
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(order[0], Section::Stage);
    for s in [
        Section::Meetings,
        Section::Outcomes,
        Section::Products,
        Section::Reciprocity,
    ] {
        assert!(order.contains(&s), "{s:?}");
    }
    assert!(!order.contains(&Section::Value) && !order.contains(&Section::Question));
    assert!(!ReportTemplate::for_impact().contains(&ReportTemplate::Werkplaats));
}

#[test]
fn every_template_has_every_section_once_in_its_own_order() {
    let orders: Vec<Vec<Section>> = ReportTemplate::for_impact()
        .iter()
        .map(|t| t.sections().into_iter().map(|(s, _)| s).collect())
        .collect();
    for order in &orders {
        assert_eq!(order.len(), IMPACT_SECTIONS.len());
        for s in &IMPACT_SECTIONS {
            assert_eq!(order.iter().filter(|o| *o == s).count(), 1, "{s:?}");
        }
        assert_eq!(
            order[0],
            Section::Question,
            "every report starts with its question"
        );
    }
    assert_ne!(orders[0], orders[1]);
    assert_ne!(orders[1], orders[2]);
    assert_ne!(orders[0], orders[2]);
    // A municipality reads reach and results first; a fund the theory.
    assert_eq!(orders[0][1], Section::Reach);
    assert_eq!(orders[1][1], Section::Theory);
}

#[test]
fn the_value_section_needs_a_value_calculation() {
    let without = Layout::of(ReportTemplate::Fund, false);
    assert!(without.0.iter().all(|s| s.section != Section::Value));
    assert_eq!(without.0.len(), IMPACT_SECTIONS.len() - 1);
    let with = Layout::of(ReportTemplate::Fund, true);
    assert!(with.0.iter().any(|s| s.section == Section::Value));
}

#[test]
fn sections_move_and_hide() {
    let mut layout = Layout::of(ReportTemplate::Municipality, true);
    assert!(
        !layout.shift(Section::Question, true),
        "the first cannot move up"
    );
    assert!(
        !layout.shift(Section::Methods, false),
        "the last cannot move down"
    );
    assert!(layout.shift(Section::Changes, true));
    assert_eq!(layout.0[1].section, Section::Changes);
    assert_eq!(layout.0[2].section, Section::Reach);
    layout.0[3].shown = false;
    let shown: Vec<Section> = layout.shown().iter().map(|s| s.section).collect();
    assert_eq!(shown.len(), IMPACT_SECTIONS.len() - 1);
    assert!(!shown.contains(&Section::Unexpected));
}

#[test]
fn a_period_runs_forward_between_real_dates() {
    let p = PeriodInput {
        from: "1-1-2025".into(),
        to: "2025-12-31".into(),
    }
    .validate()
    .unwrap();
    assert!(p.contains("2025-06-30"));
    assert!(!p.contains("2026-01-01"));
    let backwards = PeriodInput {
        from: "2025-12-31".into(),
        to: "2025-01-01".into(),
    }
    .validate()
    .unwrap_err();
    assert_eq!(
        backwards.for_field("to").map(|f| f.key),
        Some("report-period-order")
    );
    let bad = PeriodInput::default().validate().unwrap_err();
    assert!(bad.for_field("from").is_some() && bad.for_field("to").is_some());
}

#[test]
fn a_clients_own_score_is_self_reported() {
    assert_eq!(basis_of_measurement("client"), Basis::SelfReported);
    assert_eq!(basis_of_measurement("worker"), Basis::Measured);
    assert_eq!(basis_of_measurement(""), Basis::Measured);
}

#[test]
fn a_layout_survives_json_and_gains_what_it_lacked() {
    let mut layout = Layout::of(ReportTemplate::Fund, false);
    layout.0[0].shown = false;
    layout.0[1].text = "Onze eigen \"tekst\"".to_owned();
    assert!(layout.shift(Section::Methods, true));
    let back = Layout::from_json(&layout.to_json(), ReportTemplate::Fund, false);
    assert_eq!(back, layout);
    // A value calculation made later adds its section at the end; removing it drops it.
    let with_value = Layout::from_json(&layout.to_json(), ReportTemplate::Fund, true);
    assert_eq!(with_value.0.last().map(|s| s.section), Some(Section::Value));
    let again = Layout::from_json(&with_value.to_json(), ReportTemplate::Fund, false);
    assert_eq!(again, layout);
    // Unreadable text gives the template's layout.
    assert_eq!(
        Layout::from_json("nonsense", ReportTemplate::Fund, false),
        Layout::of(ReportTemplate::Fund, false)
    );
}

#[test]
fn posted_sections_keep_their_order_and_refuse_long_text() {
    let posted = vec![
        SectionInput {
            section: "learning".into(),
            shown: true,
            text: " Geleerd \r\n".into(),
        },
        SectionInput {
            section: "bogus".into(),
            shown: true,
            text: String::new(),
        },
        SectionInput {
            section: "question".into(),
            shown: false,
            text: String::new(),
        },
    ];
    let layout = layout_from_input(&posted, ReportTemplate::Municipality, false).unwrap();
    assert_eq!(layout.0[0].section, Section::Learning);
    assert_eq!(layout.0[0].text, "Geleerd");
    assert!(!layout.0[1].shown);
    assert_eq!(
        layout.0.len(),
        Layout::of(ReportTemplate::Municipality, false).0.len()
    );
    let long = vec![SectionInput {
        section: "methods".into(),
        shown: true,
        text: "x".repeat(MAX_OWN_TEXT + 1),
    }];
    let errors = layout_from_input(&long, ReportTemplate::Fund, true).unwrap_err();
    assert!(format!("{errors:?}").contains("text_methods"));
}

#[test]
fn templates_weigh_sections_differently() {
    use Emphasis::{Brief, Full};
    assert_eq!(ReportTemplate::Municipality.emphasis(Section::Reach), Full);
    assert_eq!(ReportTemplate::Fund.emphasis(Section::Reach), Brief);
    assert_eq!(
        ReportTemplate::Municipality.emphasis(Section::Theory),
        Brief
    );
    assert_eq!(ReportTemplate::Fund.emphasis(Section::Theory), Full);
    assert_eq!(
        ReportTemplate::Fund.emphasis(Section::Stage),
        Full,
        "not in the template"
    );
}

#[test]
fn a_layout_drops_sections_of_the_other_kind_of_report() {
    let posted = vec![
        SectionInput {
            section: "stage".into(),
            shown: true,
            text: String::new(),
        },
        SectionInput {
            section: "question".into(),
            shown: true,
            text: String::new(),
        },
    ];
    let impact = layout_from_input(&posted, ReportTemplate::Fund, false).unwrap();
    assert!(impact.0.iter().all(|s| s.section != Section::Stage));
    let atelier = Layout::from_json(&impact.to_json(), ReportTemplate::Werkplaats, false);
    assert!(atelier.0.iter().all(|s| s.section != Section::Question));
    let mut kept: Vec<&str> = atelier.0.iter().map(|s| s.section.code()).collect();
    let mut wanted: Vec<&str> = ReportTemplate::Werkplaats
        .sections()
        .iter()
        .map(|(s, _)| s.code())
        .collect();
    kept.sort_unstable();
    wanted.sort_unstable();
    assert_eq!(kept, wanted, "exactly the werkplaats sections");
}
