//! Every route with every role: anonymous visitors, members and platform admins.

use crate::support::{PASSWORD, TestApp};

#[derive(Clone, Copy, Debug)]
pub(crate) enum Role {
    Anonymous,
    Member,
    Admin,
}

async fn browser(role: Role) -> TestApp {
    let mut t = TestApp::new().await;
    match role {
        Role::Anonymous => {}
        Role::Member => {
            t.register("lid@example.nl", "Lid").await;
        }
        Role::Admin => t.log_in_as_admin().await,
    }
    t
}

pub(crate) const LOGIN: u16 = 303;

/// (method, path, form fields, status for anonymous, member, admin)
pub(crate) type RouteCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    u16,
    u16,
    u16,
);

#[tokio::test]
async fn every_route_answers_every_role_as_intended() {
    let table: &[RouteCase] = &[
        ("GET", "/", &[], 200, 200, 200),
        ("GET", "/healthz", &[], 200, 200, 200),
        ("GET", "/static/app.css", &[], 200, 200, 200),
        ("GET", "/registreren", &[], 200, 303, 303),
        ("GET", "/inloggen", &[], 200, 303, 303),
        ("GET", "/wachtwoord-vergeten", &[], 200, 200, 200),
        ("GET", "/wachtwoord-herstellen/onbekend", &[], 410, 410, 410),
        ("GET", "/account", &[], LOGIN, 200, 200),
        ("GET", "/account/wachtwoord", &[], LOGIN, 200, 200),
        ("GET", "/beheer", &[], LOGIN, 403, 200),
        ("GET", "/deelnemers", &[], LOGIN, 200, 200),
        // In an empty install account 1 is the member or admin browsing; nobody for visitors.
        ("GET", "/deelnemers/1", &[], 404, 200, 200),
        ("GET", "/bestaat-niet", &[], 404, 404, 404),
        (
            "POST",
            "/taal",
            &[("taal", "nl"), ("terug", "/")],
            303,
            303,
            303,
        ),
        ("POST", "/uitloggen", &[], 303, 303, 303),
        (
            "POST",
            "/account",
            &[("display_name", "X"), ("locale", "nl")],
            LOGIN,
            303,
            303,
        ),
        (
            "POST",
            "/account/wachtwoord",
            &[
                ("current_password", PASSWORD),
                ("new_password", "nieuw nieuw nieuw"),
            ],
            LOGIN,
            303,
            303,
        ),
        (
            "POST",
            "/beheer/registratie",
            &[("mode", "open")],
            LOGIN,
            403,
            303,
        ),
        (
            "POST",
            "/beheer/uitnodigingen",
            &[("email", "x@example.nl")],
            LOGIN,
            403,
            303,
        ),
        (
            "POST",
            "/wachtwoord-herstellen/onbekend",
            &[("password", PASSWORD)],
            410,
            410,
            410,
        ),
        ("POST", "/bestaat-niet", &[], 404, 404, 404),
        ("GET", "/keuzehulp", &[], 200, 200, 200),
        (
            "POST",
            "/keuzehulp",
            &[("stap", "1"), ("ga", "verder")],
            422,
            422,
            422,
        ),
        ("POST", "/keuzehulp/opslaan", &[], LOGIN, 422, 422),
        ("GET", "/methoden", &[], 200, 200, 200),
        (
            "GET",
            "/methoden/most-significant-change",
            &[],
            200,
            200,
            200,
        ),
        ("GET", "/plannen", &[], LOGIN, 200, 200),
        ("GET", "/plannen/1", &[], LOGIN, 404, 404),
        ("GET", "/plannen/x/plan.md", &[], LOGIN, 404, 404),
        ("POST", "/plannen/1/bespreken", &[], LOGIN, 404, 404),
        ("GET", "/plannen/1/bewerken", &[], LOGIN, 404, 404),
        ("GET", "/plannen/1/afdrukken", &[], LOGIN, 404, 404),
        (
            "POST",
            "/plannen/1/verwijderen",
            &[("zeker", "1")],
            LOGIN,
            404,
            404,
        ),
        ("GET", "/veranderingstheorie", &[], LOGIN, 200, 200),
        (
            "POST",
            "/veranderingstheorie",
            &[("title", "")],
            LOGIN,
            422,
            422,
        ),
        ("GET", "/veranderingstheorie/1", &[], LOGIN, 404, 404),
        (
            "GET",
            "/veranderingstheorie/1/stappen",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/theorie.json",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/knopen",
            &[("revision", "1")],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/verbanden/1-2",
            &[("revision", "1")],
            LOGIN,
            404,
            404,
        ),
        ("GET", "/veranderingstheorie/1/impact", &[], LOGIN, 404, 404),
        (
            "GET",
            "/veranderingstheorie/1/impact/indicatoren",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/impact/personen/1",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/impact/metingen.xlsx",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/impact/msc/1",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/impact/effecten",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/personen",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/msc/1/kiezen",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/metingen/import/1",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/impact/instrumenten/1/personen/1",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/instrumenten",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/instrumenten/1/personen/1/doelen",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "GET",
            "/veranderingstheorie/1/impact/waarde",
            &[],
            LOGIN,
            404,
            404,
        ),
        (
            "POST",
            "/veranderingstheorie/1/impact/waarde/uitkomsten",
            &[],
            LOGIN,
            404,
            404,
        ),
    ];
    check_routes(table).await;
}

/// Requests every row as every role and checks the status (and where a log-in sends to).
pub(crate) async fn check_routes(table: &[RouteCase]) {
    for role in [Role::Anonymous, Role::Member, Role::Admin] {
        for (method, path, form, anonymous, member, admin) in table {
            let mut t = browser(role).await;
            let response = match *method {
                "GET" => t.get(path).await,
                _ => t.post_form(path, form).await,
            };
            let expected = match role {
                Role::Anonymous => *anonymous,
                Role::Member => *member,
                Role::Admin => *admin,
            };
            assert_eq!(
                response.status.as_u16(),
                expected,
                "{role:?} {method} {path}: {}",
                response.body
            );
            if expected == LOGIN
                && matches!(role, Role::Anonymous)
                && !path.starts_with("/taal")
                && *path != "/uitloggen"
            {
                assert!(
                    response.location().starts_with("/inloggen?terug="),
                    "{method} {path}"
                );
            }
            if expected == 403 {
                assert_eq!(response.text("h1"), "Geen toegang");
            }
        }
    }
}
