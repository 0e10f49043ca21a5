//! Registration with a waiting list through the use cases, on a real database (SQLite, or
//! PostgreSQL with `TEST_DATABASE_URL`): places are never handed out twice, also when people
//! register or cancel at the same moment, and an offer that runs out passes to the next.

use app::accounts::CurrentUser;
use app::events::RsvpOutcome;
use app::{App, AppConfig, Clock, MailConfig, Mailer};
use domain::accounts::RegistrationInput;
use domain::events::EventInput;
use domain::{AtelierId, Locale};
use store::testing::test_db;

/// 2027-01-15; events are planned a month later.
const NOW: i64 = 1_800_000_000;

fn app(db: store::Db) -> App {
    let mail = MailConfig {
        smtp_url: None,
        from: "Leeratelier <noreply@example.nl>".into(),
        mail_dir: std::env::temp_dir().join("leeratelier-events-test-mail"),
    };
    let config = AppConfig {
        base_url: "https://leer.example.nl".into(),
        demo: false,
        data_dir: std::env::temp_dir().join("leeratelier-events-test"),
    };
    App::new(
        db,
        config,
        Mailer::from_config(&mail).unwrap(),
        Clock::fixed(NOW),
    )
}

/// An atelier with a facilitator and `members` members, all logged in.
async fn atelier_with(app: &App, members: usize) -> (AtelierId, CurrentUser, Vec<CurrentUser>) {
    let db = app.db();
    let w = store::werkplaatsen::insert(db, "w", "W", "", 1)
        .await
        .unwrap();
    let new = store::ateliers::NewAtelier {
        werkplaats: w,
        slug: "impact",
        name: "Impact",
        description: "",
        knowledge_question: "",
        visibility: "public",
        join_policy: "open",
        stage: "maturing",
    };
    let atelier = store::ateliers::insert(db, &new, 1).await.unwrap();
    let mut people = Vec::new();
    for n in 0..=members {
        let input = RegistrationInput {
            email: format!("lid{n}@example.nl"),
            display_name: format!("Lid {n}"),
            password: "een lange zin als wachtwoord".into(),
            organisation: String::new(),
            background: "docent".into(),
        };
        let session = app.register(&input, None, Locale::Nl).await.unwrap();
        let user = app.current_user(&session.token).await.unwrap().unwrap();
        let membership = store::memberships::NewMembership {
            atelier,
            user: user.user.id,
            role: if n == 0 { "facilitator" } else { "member" },
            status: "active",
            meetings: true,
            public_events: true,
            online: true,
            request_message: "",
        };
        store::memberships::upsert(db, &membership, 1)
            .await
            .unwrap();
        people.push(user);
    }
    let facilitator = people.remove(0);
    (atelier, facilitator, people)
}

async fn event_with(app: &App, atelier: AtelierId, facilitator: &CurrentUser, places: &str) -> i64 {
    let input = EventInput {
        title: "Bijeenkomst".into(),
        kind: "meeting".into(),
        mode: "in_person".into(),
        date: "2027-02-18".into(),
        start: "19:30".into(),
        end: "21:30".into(),
        location: "Buurthuis".into(),
        capacity: places.into(),
        ..EventInput::default()
    };
    let path = app
        .create_event(facilitator, atelier, &input, ("", ""))
        .await
        .unwrap();
    path.trim_start_matches("/agenda/")
        .split('-')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

async fn statuses(app: &App, event: i64, people: &[CurrentUser]) -> Vec<String> {
    let mut out = Vec::new();
    for p in people {
        let mine = store::events::registrations::find(app.db(), event, p.user.id)
            .await
            .unwrap();
        out.push(mine.map(|r| r.status).unwrap_or_default());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn simultaneous_registrations_never_take_more_places_than_there_are() {
    let t = test_db().await;
    let app = app(t.db.clone());
    let (atelier, facilitator, people) = atelier_with(&app, 6).await;
    let event = event_with(&app, atelier, &facilitator, "2").await;
    let mut tasks = Vec::new();
    for person in people.clone() {
        let app = app.clone();
        tasks.push(tokio::spawn(async move {
            app.rsvp(&person, event, "going").await.unwrap()
        }));
    }
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap());
    }
    let going = outcomes
        .iter()
        .filter(|o| **o == RsvpOutcome::Going)
        .count();
    assert_eq!(going, 2, "{outcomes:?}");
    assert_eq!(
        store::events::registrations::count_taken(app.db(), event)
            .await
            .unwrap(),
        2
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_cancellations_at_once_offer_each_freed_place_once_and_offers_run_out() {
    let t = test_db().await;
    let app = app(t.db.clone());
    let (atelier, facilitator, people) = atelier_with(&app, 5).await;
    let event = event_with(&app, atelier, &facilitator, "2").await;
    // The five members were invited by mail when the event was planned.
    assert_eq!(app.run_due_jobs().await.unwrap(), 5);
    // In order: 0 and 1 get the places, 2, 3 and 4 the waiting list.
    for person in &people {
        app.rsvp(person, event, "going").await.unwrap();
    }
    assert_eq!(
        statuses(&app, event, &people).await,
        ["going", "going", "waiting", "waiting", "waiting"]
    );
    let (a, b) = (people[0].clone(), people[1].clone());
    let (app_a, app_b) = (app.clone(), app.clone());
    let first = tokio::spawn(async move { app_a.rsvp(&a, event, "not_going").await.unwrap() });
    let second = tokio::spawn(async move { app_b.rsvp(&b, event, "not_going").await.unwrap() });
    first.await.unwrap();
    second.await.unwrap();
    assert_eq!(
        statuses(&app, event, &people).await,
        ["not_going", "not_going", "offered", "offered", "waiting"],
        "two freed places, two offers, in the order of the list"
    );
    // Two mails went out (the offers), queued as jobs.
    assert_eq!(app.run_due_jobs().await.unwrap(), 2);

    // Person 2 confirms; person 3 lets the offer run out, so person 4 gets it.
    assert_eq!(
        app.rsvp(&people[2], event, "going").await.unwrap(),
        RsvpOutcome::Going
    );
    assert_eq!(app.expire_event_offers().await.unwrap(), 0, "not yet");
    app.clock().advance(49 * 3600);
    assert_eq!(app.expire_event_offers().await.unwrap(), 1);
    assert_eq!(
        statuses(&app, event, &people).await,
        ["not_going", "not_going", "going", "not_going", "offered"]
    );
    // Registration closes at the start.
    app.clock().advance(40 * 24 * 3600);
    assert!(matches!(
        app.rsvp(&people[0], event, "going").await,
        Err(app::AppError::Invalid(_))
    ));
}

#[tokio::test]
async fn a_reminder_goes_a_day_before_once_and_not_to_who_turned_them_off() {
    let t = test_db().await;
    let app = app(t.db.clone());
    let (atelier, facilitator, people) = atelier_with(&app, 2).await;
    let event = event_with(&app, atelier, &facilitator, "").await;
    for person in &people {
        app.rsvp(person, event, "going").await.unwrap();
    }
    app.set_event_reminders(&people[1], false).await.unwrap();
    assert_eq!(app.send_event_reminders().await.unwrap(), 0, "weeks ahead");
    let starts = store::events::find(app.db(), event)
        .await
        .unwrap()
        .unwrap()
        .starts_at;
    app.clock().advance(starts - NOW - 23 * 3600);
    assert_eq!(app.send_event_reminders().await.unwrap(), 1);
    assert_eq!(app.send_event_reminders().await.unwrap(), 0, "once");
}

#[tokio::test]
async fn more_places_go_to_the_waiting_list_first_and_a_cancelled_event_closes_it() {
    let t = test_db().await;
    let app = app(t.db.clone());
    let (atelier, facilitator, people) = atelier_with(&app, 4).await;
    let event = event_with(&app, atelier, &facilitator, "1").await;
    for person in &people[..3] {
        app.rsvp(person, event, "going").await.unwrap();
    }
    // One more place: it is offered to the first on the list, not taken by a newcomer.
    let input = EventInput {
        title: "Bijeenkomst".into(),
        kind: "meeting".into(),
        mode: "in_person".into(),
        date: "2027-02-18".into(),
        start: "19:30".into(),
        end: "21:30".into(),
        location: "Buurthuis".into(),
        capacity: "2".into(),
        ..EventInput::default()
    };
    app.update_event(&facilitator, event, &input).await.unwrap();
    assert_eq!(
        app.rsvp(&people[3], event, "going").await.unwrap(),
        RsvpOutcome::Waiting,
        "nobody jumps the queue"
    );
    assert_eq!(
        statuses(&app, event, &people).await,
        ["going", "offered", "waiting", "waiting"]
    );
    // Cancelled: the list closes and nothing more is offered.
    app.cancel_event(&facilitator, event).await.unwrap();
    assert_eq!(
        statuses(&app, event, &people).await,
        ["going", "not_going", "not_going", "not_going"]
    );
    app.clock().advance(49 * 3600);
    assert_eq!(app.expire_event_offers().await.unwrap(), 0);
}

#[tokio::test]
async fn a_co_organiser_who_leaves_the_atelier_no_longer_organises_and_a_skipped_hour_is_refused() {
    let t = test_db().await;
    let app = app(t.db.clone());
    let (atelier, facilitator, people) = atelier_with(&app, 1).await;
    let event = event_with(&app, atelier, &facilitator, "").await;
    app.add_event_organiser(&facilitator, event, people[0].user.id)
        .await
        .unwrap();
    assert!(app.event_for_editing(&people[0], event).await.is_ok());
    store::memberships::delete(app.db(), atelier, people[0].user.id)
        .await
        .unwrap();
    assert!(matches!(
        app.event_for_editing(&people[0], event).await,
        Err(app::AppError::Forbidden)
    ));

    // A weekly series at 02:30 reaches the night the clocks go forward: refused, nothing stored.
    let input = EventInput {
        title: "Nachtwerk".into(),
        kind: "meeting".into(),
        mode: "in_person".into(),
        date: "2027-03-21".into(),
        start: "02:30".into(),
        end: "04:00".into(),
        location: "Buurthuis".into(),
        ..EventInput::default()
    };
    let refused = app
        .create_event(&facilitator, atelier, &input, ("weekly", "2"))
        .await;
    assert!(matches!(refused, Err(app::AppError::Invalid(_))));
    let listed = store::events::list_by_atelier(app.db(), atelier.0, 0, 100)
        .await
        .unwrap();
    assert!(listed.iter().all(|e| e.title != "Nachtwerk"));
}
