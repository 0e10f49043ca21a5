//! Every report route with every role: drafts, PDFs and share links are for the team only;
//! an unknown share link is a 404 for everyone.

use crate::routes::{LOGIN, RouteCase, check_routes};

#[tokio::test]
async fn every_report_route_answers_every_role_as_intended() {
    let table: &[RouteCase] = &[
        (
            "GET",
            "/veranderingstheorie/1/impact/rapporten",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/rapporten",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/impact/rapporten/1",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/rapporten/1",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/rapporten/1/publiceren",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/rapporten/1/nieuwe-versie",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/rapporten/1/verwijderen",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/impact/rapporten/1/rapport.pdf",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/rapporten/1/delen",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/rapporten/1/delen/1/intrekken",
            &[],
            LOGIN,
            404,
            404,
        ),
        ("GET", "/ateliers/1/rapporten", &[], LOGIN, 404, 404),
        ("POST", "/ateliers/1/rapporten", &[], LOGIN, 404, 404),
        ("GET", "/ateliers/1/rapporten/1", &[], LOGIN, 404, 404),
        (
            "POST",
            "/ateliers/1/rapporten/1/publiceren",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/ateliers/1/rapporten/1/rapport.pdf",
            &[],
            LOGIN,
            404,
            404,
        ),
        ("GET", "/rapport/abc", &[], 404, 404, 404),
        ("GET", "/rapport/abc/rapport.pdf", &[], 404, 404, 404),
    ];
    check_routes(table).await;
}
