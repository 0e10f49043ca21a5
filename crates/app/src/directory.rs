//! The member directory and profiles, filtered by what each member chose to show.

use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::UserId;
use domain::ateliers::MembershipStatus;
use domain::profiles::{FieldVisibility, Viewer, can_see};
/// A profile with its visibility settings (for the own profile form).
pub use store::profiles::ProfileRow;
use store::{ateliers, memberships, profiles};

/// Most profiles in one directory page.
const DIRECTORY_LIMIT: i64 = 500;

/// A profile as one viewer may see it: hidden fields are `None` (or empty).
#[derive(Debug, Clone)]
pub struct VisibleProfile {
    /// Account id.
    pub id: i64,
    /// Name (always shown).
    pub name: String,
    /// E-mail, if its owner shows it to this viewer.
    pub email: Option<String>,
    /// Organisation, if shown and filled in.
    pub organisation: Option<String>,
    /// Background code, if shown.
    pub background: Option<String>,
    /// About, if shown and filled in.
    pub bio: Option<String>,
    /// "Vraag mij over …" tags, if shown.
    pub expertise: Vec<String>,
    /// Ateliers with (id, slug, name, role code), if shown.
    pub ateliers: Option<Vec<(i64, String, String, String)>>,
}

fn level(code: &str) -> FieldVisibility {
    FieldVisibility::from_code(code).unwrap_or(FieldVisibility::Private)
}

fn viewer_of(viewer: Option<&CurrentUser>, owner: i64) -> Viewer {
    match viewer {
        Some(v) if v.user.is_admin || v.user.id.0 == owner => Viewer::OwnerOrAdmin,
        Some(_) => Viewer::Member,
        None => Viewer::Anonymous,
    }
}

fn visible(row: ProfileRow, viewer: Option<&CurrentUser>) -> VisibleProfile {
    let who = viewer_of(viewer, row.id);
    let show = |code: &str| can_see(level(code), who);
    let non_empty = |s: String| (!s.is_empty()).then_some(s);
    let expertise_shown = show(&row.expertise_visibility);
    VisibleProfile {
        id: row.id,
        email: show(&row.email_visibility).then_some(row.email),
        organisation: show(&row.organisation_visibility)
            .then_some(row.organisation)
            .and_then(non_empty),
        background: show(&row.background_visibility).then_some(row.background),
        bio: expertise_shown.then_some(row.bio).and_then(non_empty),
        expertise: if expertise_shown {
            row.expertise
                .lines()
                .map(str::to_owned)
                .filter(|t| !t.is_empty())
                .collect()
        } else {
            Vec::new()
        },
        ateliers: None,
        name: row.display_name,
    }
}

impl App {
    /// The directory for logged-in members: optionally one background, optionally those who
    /// show a matching "vraag mij over" tag.
    pub async fn directory(
        &self,
        viewer: &CurrentUser,
        background: Option<&str>,
        tag: Option<&str>,
    ) -> AppResult<Vec<VisibleProfile>> {
        let background = background.filter(|b| !b.is_empty());
        let tag = tag.map(str::trim).filter(|t| !t.is_empty());
        let rows = profiles::list(self.db(), background, tag, DIRECTORY_LIMIT).await?;
        Ok(rows
            .into_iter()
            .map(|row| visible(row, Some(viewer)))
            // Filters only match what the viewer may see, so hidden fields cannot be probed.
            .filter(|p| background.is_none() || p.background.as_deref() == background)
            .filter(|p| {
                tag.is_none_or(|t| {
                    p.expertise
                        .iter()
                        .any(|e| e.to_lowercase().contains(&t.to_lowercase()))
                })
            })
            .collect())
    }

    /// One member's profile as the viewer may see it, with the ateliers they belong to.
    pub async fn profile(
        &self,
        viewer: Option<&CurrentUser>,
        id: UserId,
    ) -> AppResult<VisibleProfile> {
        let row = profiles::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let show_ateliers = can_see(level(&row.ateliers_visibility), viewer_of(viewer, row.id));
        let mut profile = visible(row, viewer);
        if show_ateliers {
            let mut list = Vec::new();
            for m in
                memberships::list_by_user(self.db(), id, MembershipStatus::Active.code()).await?
            {
                if let Some(a) =
                    ateliers::find_by_id(self.db(), domain::AtelierId(m.atelier_id)).await?
                {
                    list.push((a.id, a.slug, a.name, m.role));
                }
            }
            profile.ateliers = Some(list);
        }
        Ok(profile)
    }

    /// The member's own profile settings, for the profile form.
    pub async fn profile_settings(&self, user: &CurrentUser) -> AppResult<ProfileRow> {
        profiles::find(self.db(), user.user.id)
            .await?
            .ok_or(AppError::NotFound)
    }
}
