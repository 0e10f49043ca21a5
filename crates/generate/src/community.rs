//! The community: one werkplaats, its ateliers (the first public, one in five for members
//! only), and members who each take part in one to four ateliers, some ateliers drawing many
//! more people than others. The first two people to join an atelier facilitate it.

use crate::textgen::{Rng, text};
use crate::{BATCH, GenerateResult, Progress, Scale, names};
use domain::accounts::Background;
use domain::{AtelierId, Locale, UserId, WerkplaatsId};
use store::memberships::NewMembership;
use store::users::NewUser;
use store::{Db, Exec};

/// 2023-01-01, when the generated werkplaats starts.
pub const START: i64 = 1_672_531_200;

const STAGES: [&str; 5] = [
    "potential",
    "coalescing",
    "maturing",
    "stewardship",
    "transformation",
];

const BACKGROUNDS: [Background; 6] = [
    Background::SociaalWerker,
    Background::SociaalWerker,
    Background::Beleidsmedewerker,
    Background::Onderzoeker,
    Background::Docent,
    Background::Student,
];

/// A generated atelier and who takes part in it.
#[derive(Debug, Clone)]
pub struct Atelier {
    /// Id.
    pub id: AtelierId,
    /// Readable by anyone (otherwise by its members).
    pub public: bool,
    /// Its members, facilitators first.
    pub members: Vec<UserId>,
}

/// The generated community.
#[derive(Debug, Clone)]
pub struct Community {
    /// The werkplaats.
    pub werkplaats: WerkplaatsId,
    /// Its ateliers.
    pub ateliers: Vec<Atelier>,
    /// Every member, in the order they were made.
    pub members: Vec<UserId>,
}

/// Generates the werkplaats, ateliers, members and memberships.
pub async fn generate(
    db: &Db,
    scale: &Scale,
    password_hash: &str,
    rng: &mut Rng,
    progress: Progress<'_>,
) -> GenerateResult<Community> {
    let werkplaats = store::werkplaatsen::insert(
        db,
        "gegenereerd",
        "Werkplaats Sociaal Werk (gegenereerd)",
        "Gegenereerde gegevens voor metingen en proeven.",
        START,
    )
    .await?;
    let mut ateliers = Vec::with_capacity(scale.ateliers);
    for n in 0..scale.ateliers.max(1) {
        let name = names::atelier(n);
        let slug = domain::slug::slugify(&name);
        let public = n == 0 || n % 5 != 0;
        let description = text(rng, 40);
        let question = format!("{}?", text(rng, 10));
        let new = store::ateliers::NewAtelier {
            werkplaats,
            slug: &slug,
            name: &name,
            description: &description,
            knowledge_question: &question,
            visibility: if public { "public" } else { "members" },
            join_policy: "open",
            stage: STAGES[n % STAGES.len()],
        };
        let id = store::ateliers::insert(db, &new, START).await?;
        ateliers.push(Atelier {
            id,
            public,
            members: Vec::new(),
        });
    }
    let mut members = Vec::with_capacity(scale.members);
    let mut done = 0;
    while done < scale.members {
        let end = (done + BATCH).min(scale.members);
        let mut tx = db.begin().await?;
        for n in done..end {
            let email = format!("lid{}@voorbeeld.test", n + 1);
            let name = names::person(rng);
            let user = NewUser {
                email: &email,
                password_hash,
                display_name: &name,
                organisation: names::organisation(rng),
                background: BACKGROUNDS[rng.below(BACKGROUNDS.len())],
                locale: Locale::Nl,
                is_admin: n == 0,
            };
            let id = store::users::insert(Exec::from(&mut tx), &user, START).await?;
            let role = if n == 0 { "coordinator" } else { "member" };
            store::werkplaatsen::upsert_member(Exec::from(&mut tx), werkplaats, id, role, START)
                .await?;
            join_ateliers(&mut tx, &mut ateliers, id, rng).await?;
            members.push(id);
        }
        tx.commit().await?;
        done = end;
        progress("members", done, scale.members);
    }
    Ok(Community {
        werkplaats,
        ateliers,
        members,
    })
}

/// One to four ateliers, skewed towards the first (the popular ones).
async fn join_ateliers(
    tx: &mut store::Tx,
    ateliers: &mut [Atelier],
    user: UserId,
    rng: &mut Rng,
) -> GenerateResult<()> {
    let count = 1 + rng.skewed(4);
    for _ in 0..count {
        let atelier = &mut ateliers[rng.skewed(ateliers.len())];
        if atelier.members.contains(&user) {
            continue;
        }
        let role = if atelier.members.len() < 2 {
            "facilitator"
        } else {
            "member"
        };
        let membership = NewMembership {
            atelier: atelier.id,
            user,
            role,
            status: "active",
            meetings: rng.below(4) != 0,
            public_events: true,
            online: rng.below(5) != 0,
            request_message: "",
        };
        store::memberships::upsert(Exec::from(&mut *tx), &membership, START).await?;
        atelier.members.push(user);
    }
    Ok(())
}
