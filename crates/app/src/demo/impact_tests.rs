//! Tests of the demo impact model: the file reads and links what it names, and generated
//! values stay on their scales.

use super::*;

#[test]
fn the_demo_file_reads_and_links_what_it_names() {
    let demo = demo().unwrap();
    assert_eq!(demo.indicators.len(), 5);
    assert!(demo.stories.iter().filter(|s| s.selected.is_some()).count() >= 3);
    for e in &demo.effects {
        if let Some(title) = &e.story {
            assert!(demo.stories.iter().any(|s| &s.title == title), "{title}");
        }
        if let Some(code) = &e.indicator {
            assert!(demo.indicators.iter().any(|i| &i.code == code), "{code}");
        }
    }
    assert!(demo.effects.iter().any(|e| !e.positive));
    assert!(demo.effects.iter().any(|e| !e.intended));
}

#[test]
fn generated_values_stay_on_their_scales() {
    for t in 0..4 {
        for p in [-0.3, 0.0, 0.9] {
            for j in [-0.5, 0.49] {
                assert!((1.0..=5.0).contains(&value("ZRM-WO", t, p, j, true)));
                assert!((0.0..=10.0).contains(&value("NET-1", t, p, j, false)));
                assert!((20.0..=80.0).contains(&value("GAS-1", t, p, j, false)));
                assert!((0.0..=12.0).contains(&value("HUUR-1", t, p, j, false)));
            }
        }
    }
    assert_eq!(date(11, 24), "2026-08-15");
    assert_eq!(date(0, 0), "2023-09-15");
}
