//! Every atelier route with every role: visitors, outsiders, members, facilitators, admins.

use crate::ateliers::{ADMIN, ELS, FACILITATOR, YOUSSEF, demo, path_of, user_id};

#[tokio::test]
async fn every_atelier_route_answers_every_role_as_intended() {
    #[derive(Debug, Clone, Copy)]
    enum Role {
        Anonymous,
        Outsider,
        Member,
        Facilitator,
        Admin,
    }
    // (method, path suffix, form, statuses for Anonymous, Outsider, Member, Facilitator, Admin)
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
        [u16; 5],
    );
    let table: &[Case] = &[
        ("GET", "", &[], [200, 200, 200, 200, 200]),
        ("GET", "/dashboard", &[], [303, 403, 403, 200, 200]),
        // The facilitator of Impact is no coordinator there; the demo admin is.
        ("GET", "/bewerken", &[], [303, 403, 403, 403, 200]),
        (
            "POST",
            "/agenda",
            &[("title", "Onderwerp")],
            [303, 403, 303, 303, 303],
        ),
        (
            "POST",
            "/deelnemers/YOUSSEF/verwijderen",
            &[],
            [303, 403, 403, 303, 303],
        ),
        (
            "POST",
            "/aanmelden",
            &[("online", "on")],
            // The demo admin already coordinates Impact, so cannot join it again.
            [303, 303, 403, 403, 403],
        ),
        ("POST", "/verlaten", &[], [303, 403, 303, 303, 303]),
        (
            "POST",
            "/fase",
            &[("stage", "maturing"), ("reason", "Nog steeds")],
            [303, 403, 403, 303, 303],
        ),
        (
            "POST",
            "/verzoeken/ELS",
            &[("besluit", "approve")],
            [303, 403, 403, 303, 303],
        ),
    ];
    for role in [
        Role::Anonymous,
        Role::Outsider,
        Role::Member,
        Role::Facilitator,
        Role::Admin,
    ] {
        for (method, suffix, form, statuses) in table {
            let mut t = demo().await;
            let impact = path_of(&mut t, "Impact").await;
            match role {
                Role::Anonymous => {}
                Role::Outsider => {
                    t.register("buiten@example.nl", "Buiten").await;
                }
                Role::Member => {
                    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
                }
                Role::Facilitator => {
                    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
                }
                Role::Admin => {
                    t.log_in_as(ADMIN.0, ADMIN.1).await;
                }
            }
            let els = user_id(&t, ELS.0).await.to_string();
            let youssef = user_id(&t, YOUSSEF.0).await.to_string();
            let suffix = suffix.replace("ELS", &els).replace("YOUSSEF", &youssef);
            let path = format!("{impact}{suffix}");
            let response = match *method {
                "GET" => t.get(&path).await,
                _ => t.post_form(&path, form).await,
            };
            let expected = statuses[role as usize];
            assert_eq!(
                response.status.as_u16(),
                expected,
                "{role:?} {method} {suffix}: {}",
                response.body
            );
            if matches!(role, Role::Anonymous) && expected == 303 {
                assert!(response.location().starts_with("/inloggen?terug="));
            }
        }
    }
}
