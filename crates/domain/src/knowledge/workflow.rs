//! Who may do what with a knowledge item, as a pure function of their standing and the item's
//! status and visibility. Authors write and ask for review; reviewers comment; facilitators of
//! the owning atelier publish, archive and may also edit.

use super::{KnowledgeStatus, KnowledgeVisibility};
use crate::ateliers::AtelierRole;

/// The actor's standing towards one item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ItemStanding {
    /// Logged in.
    pub logged_in: bool,
    /// Platform admin.
    pub admin: bool,
    /// Wrote (created) the item.
    pub author: bool,
    /// Was asked to review it.
    pub reviewer: bool,
    /// Role in the owning atelier (an active membership).
    pub atelier_role: Option<AtelierRole>,
    /// Member of the werkplaats the atelier belongs to.
    pub in_werkplaats: bool,
}

impl ItemStanding {
    fn facilitates(self) -> bool {
        self.admin || self.atelier_role.is_some_and(AtelierRole::facilitates)
    }

    /// May read a published item with this visibility.
    pub fn may_read(self, visibility: KnowledgeVisibility) -> bool {
        match visibility {
            KnowledgeVisibility::Public => true,
            KnowledgeVisibility::Werkplaats => {
                self.admin || self.in_werkplaats || self.atelier_role.is_some()
            }
            KnowledgeVisibility::Atelier => self.admin || self.atelier_role.is_some(),
        }
    }
}

/// What someone wants to do with an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnowledgeAction {
    /// Read it (and its attachments, revisions and exports).
    View,
    /// Change its content or attachments.
    Edit,
    /// Send a draft to reviewers.
    SubmitForReview,
    /// Comment in the review.
    Comment,
    /// Publish (also an archived item again).
    Publish,
    /// Send an item in review back to its author.
    ReturnToDraft,
    /// Archive a published item.
    Archive,
    /// Restore an older revision of a published item.
    RestoreRevision,
}

/// True when someone with `standing` may do `action` on an item with `status` and `visibility`.
pub fn can_on_item(
    standing: ItemStanding,
    status: KnowledgeStatus,
    visibility: KnowledgeVisibility,
    action: KnowledgeAction,
) -> bool {
    use KnowledgeAction as A;
    use KnowledgeStatus as S;
    let involved = standing.author || standing.reviewer || standing.facilitates();
    let writer = standing.author || standing.facilitates();
    match action {
        A::View => match status {
            S::Published | S::Archived => standing.may_read(visibility) || involved,
            S::Draft | S::Review => involved,
        },
        A::Edit => writer && status != S::Archived,
        A::SubmitForReview => writer && status == S::Draft,
        A::Comment => involved && matches!(status, S::Draft | S::Review),
        A::Publish => standing.facilitates() && status != S::Published,
        A::ReturnToDraft => (standing.facilitates() || standing.reviewer) && status == S::Review,
        A::Archive => standing.facilitates() && status == S::Published,
        A::RestoreRevision => writer && status == S::Published,
    }
}

/// True when someone may start an item in an atelier: its members and admins.
pub fn can_create_item(admin: bool, atelier_role: Option<AtelierRole>) -> bool {
    admin || atelier_role.is_some()
}

/// True when someone may make and arrange an atelier's collections: its facilitators (and
/// coordinators) and admins.
pub fn can_manage_collections(admin: bool, atelier_role: Option<AtelierRole>) -> bool {
    admin || atelier_role.is_some_and(AtelierRole::facilitates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use KnowledgeAction as A;
    use KnowledgeStatus as S;
    use KnowledgeVisibility as V;

    fn who(name: &str) -> ItemStanding {
        let base = ItemStanding {
            logged_in: true,
            ..Default::default()
        };
        match name {
            "visitor" => ItemStanding::default(),
            "outsider" => base,
            "colleague" => ItemStanding {
                in_werkplaats: true,
                ..base
            },
            "member" => ItemStanding {
                in_werkplaats: true,
                atelier_role: Some(AtelierRole::Member),
                ..base
            },
            "author" => ItemStanding {
                author: true,
                atelier_role: Some(AtelierRole::Member),
                ..base
            },
            "reviewer" => ItemStanding {
                reviewer: true,
                ..base
            },
            "facilitator" => ItemStanding {
                atelier_role: Some(AtelierRole::Facilitator),
                ..base
            },
            "admin" => ItemStanding {
                admin: true,
                ..base
            },
            _ => unreachable!(),
        }
    }

    #[test]
    fn reading_follows_status_and_visibility() {
        // (who, status, visibility, may view)
        let table = [
            ("visitor", S::Published, V::Public, true),
            ("visitor", S::Published, V::Werkplaats, false),
            ("outsider", S::Published, V::Werkplaats, false),
            ("colleague", S::Published, V::Werkplaats, true),
            ("colleague", S::Published, V::Atelier, false),
            ("member", S::Published, V::Atelier, true),
            ("member", S::Draft, V::Public, false),
            ("author", S::Draft, V::Atelier, true),
            ("reviewer", S::Review, V::Atelier, true),
            ("facilitator", S::Review, V::Public, true),
            ("admin", S::Draft, V::Atelier, true),
            ("visitor", S::Archived, V::Public, true),
        ];
        for (name, status, visibility, allowed) in table {
            assert_eq!(
                can_on_item(who(name), status, visibility, A::View),
                allowed,
                "{name} {status:?} {visibility:?}"
            );
        }
    }

    #[test]
    fn the_workflow_table() {
        // (who, status, action, allowed)
        let table = [
            ("author", S::Draft, A::Edit, true),
            ("author", S::Draft, A::SubmitForReview, true),
            ("author", S::Review, A::SubmitForReview, false),
            ("author", S::Review, A::Publish, false),
            ("author", S::Archived, A::Edit, false),
            ("member", S::Published, A::Edit, false),
            ("reviewer", S::Review, A::Comment, true),
            ("reviewer", S::Review, A::ReturnToDraft, true),
            ("reviewer", S::Review, A::Publish, false),
            ("reviewer", S::Review, A::Edit, false),
            ("member", S::Review, A::Comment, false),
            ("facilitator", S::Review, A::Publish, true),
            ("facilitator", S::Draft, A::Publish, true),
            ("facilitator", S::Published, A::Publish, false),
            ("facilitator", S::Published, A::Archive, true),
            ("facilitator", S::Archived, A::Publish, true),
            ("author", S::Published, A::RestoreRevision, true),
            ("author", S::Published, A::Comment, false),
            ("admin", S::Published, A::Archive, true),
            ("visitor", S::Published, A::Edit, false),
        ];
        for (name, status, action, allowed) in table {
            assert_eq!(
                can_on_item(who(name), status, V::Public, action),
                allowed,
                "{name} {status:?} {action:?}"
            );
        }
    }

    #[test]
    fn members_and_admins_start_items() {
        assert!(can_create_item(false, Some(AtelierRole::Member)));
        assert!(can_create_item(true, None));
        assert!(!can_create_item(false, None));
    }

    #[test]
    fn facilitators_coordinators_and_admins_arrange_collections() {
        assert!(can_manage_collections(
            false,
            Some(AtelierRole::Facilitator)
        ));
        assert!(can_manage_collections(
            false,
            Some(AtelierRole::Coordinator)
        ));
        assert!(can_manage_collections(true, None));
        assert!(!can_manage_collections(false, Some(AtelierRole::Member)));
        assert!(!can_manage_collections(false, None));
    }
}
