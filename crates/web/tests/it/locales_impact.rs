//! The impact model composes message ids from stored codes (kinds, rules, timepoints,
//! perspectives, purposes, round states, sources, facets, instrument kinds and scorings, GAS
//! levels, value estimates, report sections, templates and bases) and from problem kinds;
//! every one of them exists in both languages.

use crate::locales::keys;
use domain::impact::effect::{EffectSource, EffectTiming};
use domain::impact::indicator::{
    Aggregation, IndicatorKind, Perspective, Purpose, Timepoint, ValueProblem,
};
use domain::impact::instrument::{InstrumentKind, Scoring};
use domain::impact::subject::PseudonymProblem;
use domain::report::{Basis, ReportTemplate, Section};

fn composed() -> Vec<String> {
    let mut ids = Vec::new();
    ids.extend(
        IndicatorKind::ALL
            .iter()
            .map(|k| format!("impact-kind-{}", k.code())),
    );
    for a in Aggregation::ALL {
        ids.push(format!("impact-aggregation-{}", a.code()));
        ids.push(format!("impact-aggregation-{}-explained", a.code()));
    }
    ids.extend(
        Timepoint::ALL
            .iter()
            .map(|t| format!("impact-timepoint-{}", t.code())),
    );
    for p in Perspective::ALL {
        let code = if p.code().is_empty() {
            "single"
        } else {
            p.code()
        };
        ids.push(format!("impact-perspective-{code}"));
    }
    ids.extend(
        Purpose::ALL
            .iter()
            .map(|p| format!("impact-purpose-{}", p.code())),
    );
    ids.extend(
        ["collecting", "selecting", "fed_back"]
            .iter()
            .map(|s| format!("impact-round-{s}")),
    );
    ids.extend(
        EffectSource::ALL
            .iter()
            .map(|s| format!("impact-source-{}", s.code())),
    );
    ids.extend(
        EffectTiming::ALL
            .iter()
            .map(|t| format!("impact-timing-{}", t.code())),
    );
    for (facet, codes) in [
        ("valence", ["positive", "negative"]),
        ("intent", ["intended", "unintended"]),
        ("reach", ["direct", "indirect"]),
    ] {
        ids.extend(codes.iter().map(|c| format!("impact-{facet}-{c}")));
    }
    for p in [
        ValueProblem::Missing,
        ValueProblem::NotANumber,
        ValueProblem::OutOfRange,
        ValueProblem::NotACount,
    ] {
        ids.push(p.key().to_owned());
    }
    for p in [
        PseudonymProblem::Missing,
        PseudonymProblem::Shape,
        PseudonymProblem::LooksLikeName,
        PseudonymProblem::LooksLikeBsn,
    ] {
        ids.push(p.key().to_owned());
    }
    for k in InstrumentKind::ALL {
        ids.push(format!("impact-instrument-kind-{}", k.code()));
        ids.push(format!("impact-instrument-kind-{}-hint", k.code()));
    }
    ids.extend(
        Scoring::ALL
            .iter()
            .map(|s| format!("impact-instrument-scoring-{}", s.code())),
    );
    ids.extend((0..5).map(|l| format!("impact-gas-level-{l}")));
    ids.extend(
        [
            "quantity",
            "proxy",
            "deadweight",
            "displacement",
            "attribution",
            "drop-off",
        ]
        .iter()
        .map(|e| format!("impact-value-estimate-{e}")),
    );
    ids.extend(
        Section::ALL
            .iter()
            .map(|s| format!("report-section-{}", s.code())),
    );
    ids.extend(
        ReportTemplate::ALL
            .iter()
            .map(|t| format!("report-template-{}", t.code())),
    );
    ids.extend(
        Basis::ALL
            .iter()
            .map(|b| format!("report-basis-{}", b.code())),
    );
    ids.push("report-period-order".to_owned());
    ids
}

#[test]
fn every_composed_impact_message_exists_in_both_languages() {
    for locale in ["nl", "en"] {
        let known = keys(locale);
        let missing: Vec<String> = composed()
            .into_iter()
            .filter(|k| !known.contains(k))
            .collect();
        assert!(missing.is_empty(), "{locale}: {missing:?}");
    }
}
