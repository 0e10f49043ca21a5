//! The impact model on the web, under a theory of change: the dashboard with numbers and
//! stories side by side ([`dashboard`]), indicators ([`indicators`]), people by pseudonym with
//! their consent and measurements ([`subjects`]), import and export ([`measurements`]), stories
//! ([`stories`]) and MSC rounds ([`rounds`]), and the effect register with outcome descriptions
//! ([`effects`]), instruments ([`instruments`]) and scoring people on them ([`scoring`]), and
//! the value calculation ([`values`]); on an atelier's page, its practices' shared indicators
//! ([`shared`]). Everything works without JavaScript; only the theory's
//! team gets in.

pub(crate) mod charts;
mod dashboard;
mod effects;
mod indicators;
mod instruments;
mod measurements;
mod rounds;
mod scoring;
mod scoring_view;
mod shared;
mod stories;
mod subjects;
pub(crate) mod values;

use crate::WebState;
use crate::context::Ctx;
use crate::error::{ErrorPage, WebError};
use crate::forms::see_other;
use axum::Router;
use axum::response::Response;
use axum::routing::{get, post};
use domain::Locale;
use domain::impact::indicator::{Perspective, Timepoint};
use domain::toc::Theory;

/// The impact routes.
pub fn routes() -> Router<WebState> {
    let i = "/veranderingstheorie/{id}/impact";
    let r = |tail: &str| format!("{i}{tail}");
    Router::new()
        .route(i, get(dashboard::show))
        .route(
            &r("/indicatoren"),
            get(indicators::list).post(indicators::create),
        )
        .route(
            &r("/indicatoren/{iid}"),
            get(indicators::edit).post(indicators::update),
        )
        .route(
            &r("/indicatoren/{iid}/verwijderen"),
            post(indicators::delete),
        )
        .route(&r("/personen"), get(subjects::list).post(subjects::create))
        .route(&r("/personen/{sid}"), get(subjects::show))
        .route(&r("/personen/{sid}/metingen"), post(subjects::measure))
        .route(
            &r("/personen/{sid}/metingen/{mid}/verwijderen"),
            post(subjects::delete_measurement),
        )
        .route(&r("/personen/{sid}/toestemming"), post(subjects::consent))
        .route(&r("/metingen"), get(measurements::page))
        .route(&r("/metingen/importeren"), post(measurements::upload))
        .route(
            &r("/metingen/import/{staged}"),
            get(measurements::preview).post(measurements::commit),
        )
        .route(
            &r("/metingen/import/{staged}/correcties.csv"),
            get(measurements::corrections),
        )
        .route(&r("/metingen.csv"), get(measurements::export_csv))
        .route(&r("/metingen.xlsx"), get(measurements::export_xlsx))
        .route(&r("/verhalen"), get(stories::list).post(stories::create))
        .route(&r("/verhalen/{sid}/verwijderen"), post(stories::delete))
        .route(&r("/msc"), get(rounds::rounds).post(rounds::start_round))
        .route(&r("/msc/{rid}"), get(rounds::round))
        .route(&r("/msc/{rid}/verhalen"), post(rounds::add_to_round))
        .route(&r("/msc/{rid}/sluiten"), post(rounds::close))
        .route(&r("/msc/{rid}/kiezen"), post(rounds::select))
        .route(&r("/msc/{rid}/terugkoppelen"), post(rounds::feed_back))
        .route(&r("/effecten"), get(effects::list).post(effects::create))
        .route(&r("/effecten/{eid}/verwijderen"), post(effects::delete))
        .route(&r("/oogst"), post(effects::harvest))
        .route(
            &r("/instrumenten"),
            get(instruments::list).post(instruments::create),
        )
        .route(&r("/instrumenten/{nid}"), get(instruments::show))
        .route(
            &r("/instrumenten/{nid}/verwijderen"),
            post(instruments::delete),
        )
        .route(&r("/instrumenten/{nid}/items"), post(instruments::add_item))
        .route(
            &r("/instrumenten/{nid}/items/{item}/verwijderen"),
            post(instruments::delete_item),
        )
        .route(
            &r("/instrumenten/{nid}/personen/{sid}"),
            get(scoring::show).post(scoring::score),
        )
        .route(
            &r("/instrumenten/{nid}/personen/{sid}/doelen"),
            post(scoring::add_goal),
        )
        .route(
            &r("/instrumenten/{nid}/personen/{sid}/doelen/{gid}/verwijderen"),
            post(scoring::delete_goal),
        )
        .route(&r("/waarde"), get(values::page).post(values::settings))
        .route(&r("/waarde/uitkomsten"), post(values::add_outcome))
        .route("/ateliers/{atelier}/praktijkkennis", get(shared::show))
        .route(
            &r("/waarde/uitkomsten/{oid}/verwijderen"),
            post(values::delete_outcome),
        )
}

/// Back to a page of the impact model (`tail` after `/impact`) with a flash message.
fn back(ctx: &Ctx, theory: i64, tail: &str, flash: &str) -> Response {
    see_other(
        &format!("{}{tail}", app::impact::impact_path(theory)),
        Some(flash),
        ctx.secure_cookies,
    )
}

/// The timepoints as (code, name) options.
fn timepoint_options(ctx: &Ctx) -> Vec<(String, String)> {
    Timepoint::ALL
        .iter()
        .map(|t| {
            (
                t.code().to_owned(),
                ctx.t_code("impact-timepoint", t.code(), ""),
            )
        })
        .collect()
}

/// The perspectives as (code, name) options; the single score's code is empty.
fn perspective_options(ctx: &Ctx) -> Vec<(String, String)> {
    Perspective::ALL
        .iter()
        .map(|p| (p.code().to_owned(), perspective_name(ctx, p.code())))
        .collect()
}

/// The name of a perspective code.
fn perspective_name(ctx: &Ctx, code: &str) -> String {
    let code = if code.is_empty() { "single" } else { code };
    ctx.t_code("impact-perspective", code, "")
}

/// A number from the path.
fn id_of(segment: &str) -> Result<i64, WebError> {
    segment
        .parse()
        .map_err(|_| WebError::Page(ErrorPage::NotFound))
}

/// The boxes of a theory as (key, "kind: title") options.
fn node_options(theory: &Theory, locale: Locale) -> Vec<(String, String)> {
    theory
        .nodes
        .iter()
        .map(|n| {
            let kind = app::i18n::text(locale, &format!("toc-kind-{}", n.kind.code()));
            (n.id.to_string(), format!("{kind}: {}", n.title))
        })
        .collect()
}

/// The title of box `key`, or "" when it is gone.
fn node_title(theory: &Theory, key: i64) -> String {
    theory
        .nodes
        .iter()
        .find(|n| i64::from(n.id) == key)
        .map(|n| n.title.clone())
        .unwrap_or_default()
}

/// A figure as Dutch and English readers expect it (at most one decimal; a decimal comma in
/// Dutch).
pub(crate) fn figure(n: f64, locale: Locale) -> String {
    let rounded = (n * 10.0).round() / 10.0;
    let text = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    match locale {
        Locale::Nl => text.replace('.', ","),
        _ => text,
    }
}
