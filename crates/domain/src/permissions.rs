//! Authorisation as a pure function of (actor, action): every handler asks here.

use crate::ateliers::{AtelierRole, JoinPolicy, Visibility};

/// Who is acting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// Not logged in.
    Anonymous,
    /// A logged-in member.
    Member,
    /// A platform admin.
    PlatformAdmin,
}

/// What the actor wants to do on the platform level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See and edit one's own account and profile.
    ManageOwnAccount,
    /// Open the platform settings (registration mode, invitations).
    ManagePlatform,
    /// Invite someone to register.
    InviteMembers,
}

/// True when `actor` may do `action`.
pub fn can(actor: Actor, action: Action) -> bool {
    match action {
        Action::ManageOwnAccount => matches!(actor, Actor::Member | Actor::PlatformAdmin),
        Action::ManagePlatform | Action::InviteMembers => actor == Actor::PlatformAdmin,
    }
}

/// What someone wants to do in one atelier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtelierAction {
    /// See the atelier's page.
    View,
    /// Ask to join (or join, when joining is open).
    RequestToJoin,
    /// Leave the atelier.
    Leave,
    /// Approve or decline join requests, see who asked.
    DecideRequests,
    /// Remove someone from the atelier (their contributions stay).
    RemoveMember,
    /// Change the atelier's stage.
    ChangeStage,
    /// Edit the atelier's description, question, visibility and join policy.
    Edit,
    /// Propose agenda topics and support them.
    ProposeTopic,
    /// Schedule or close agenda topics.
    DecideTopic,
}

/// True when `actor`, with `role` in the atelier (an active membership, if any), may do
/// `action` there. Platform admins manage everything.
pub fn can_in_atelier(
    actor: Actor,
    role: Option<AtelierRole>,
    visibility: Visibility,
    join_policy: JoinPolicy,
    action: AtelierAction,
) -> bool {
    let admin = actor == Actor::PlatformAdmin;
    match action {
        AtelierAction::View => admin || visibility == Visibility::Public || role.is_some(),
        AtelierAction::RequestToJoin => {
            actor != Actor::Anonymous && role.is_none() && join_policy != JoinPolicy::Invitation
        }
        AtelierAction::Leave => role.is_some(),
        AtelierAction::ProposeTopic => admin || role.is_some(),
        AtelierAction::DecideRequests
        | AtelierAction::ChangeStage
        | AtelierAction::DecideTopic
        | AtelierAction::RemoveMember => admin || role.is_some_and(AtelierRole::facilitates),
        AtelierAction::Edit => admin || role == Some(AtelierRole::Coordinator),
    }
}

/// True when `actor`, with `werkplaats_role` there (`coordinator`, …), may create ateliers and
/// themes in that werkplaats.
pub fn can_create_atelier(actor: Actor, werkplaats_role: Option<&str>) -> bool {
    actor == Actor::PlatformAdmin
        || (actor == Actor::Member && werkplaats_role == Some("coordinator"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permission_table() {
        use Action::*;
        use Actor::*;
        let table = [
            (Anonymous, ManageOwnAccount, false),
            (Member, ManageOwnAccount, true),
            (PlatformAdmin, ManageOwnAccount, true),
            (Anonymous, ManagePlatform, false),
            (Member, ManagePlatform, false),
            (PlatformAdmin, ManagePlatform, true),
            (Anonymous, InviteMembers, false),
            (Member, InviteMembers, false),
            (PlatformAdmin, InviteMembers, true),
        ];
        for (actor, action, allowed) in table {
            assert_eq!(can(actor, action), allowed, "{actor:?} {action:?}");
        }
    }

    /// (actor, role, visibility, join policy, action, allowed)
    type AtelierCase = (
        Actor,
        Option<AtelierRole>,
        Visibility,
        JoinPolicy,
        AtelierAction,
        bool,
    );

    #[test]
    fn who_creates_ateliers() {
        assert!(can_create_atelier(Actor::PlatformAdmin, None));
        assert!(can_create_atelier(Actor::Member, Some("coordinator")));
        assert!(!can_create_atelier(Actor::Member, Some("facilitator")));
        assert!(!can_create_atelier(Actor::Member, None));
        assert!(!can_create_atelier(Actor::Anonymous, Some("coordinator")));
    }

    #[test]
    fn atelier_permission_table() {
        use AtelierAction::*;
        use AtelierRole::{Coordinator, Facilitator, Member as M};
        use Visibility::{Members as Closed, Public};
        let open = JoinPolicy::Open;
        let invite = JoinPolicy::Invitation;
        let table: &[AtelierCase] = &[
            (Actor::Anonymous, None, Public, open, View, true),
            (Actor::Anonymous, None, Closed, open, View, false),
            (Actor::Member, None, Closed, open, View, false),
            (Actor::Member, Some(M), Closed, open, View, true),
            (Actor::PlatformAdmin, None, Closed, open, View, true),
            (Actor::Anonymous, None, Public, open, RequestToJoin, false),
            (Actor::Member, None, Public, open, RequestToJoin, true),
            (
                Actor::Member,
                None,
                Public,
                JoinPolicy::Approval,
                RequestToJoin,
                true,
            ),
            (Actor::Member, None, Public, invite, RequestToJoin, false),
            (Actor::Member, Some(M), Public, open, RequestToJoin, false),
            (Actor::Member, Some(M), Public, open, Leave, true),
            (Actor::Member, None, Public, open, Leave, false),
            (Actor::Member, Some(M), Public, open, DecideRequests, false),
            (
                Actor::Member,
                Some(Facilitator),
                Public,
                open,
                DecideRequests,
                true,
            ),
            (
                Actor::Member,
                Some(Coordinator),
                Public,
                open,
                DecideRequests,
                true,
            ),
            (
                Actor::PlatformAdmin,
                None,
                Public,
                open,
                DecideRequests,
                true,
            ),
            (Actor::Member, Some(M), Public, open, ChangeStage, false),
            (
                Actor::Member,
                Some(Facilitator),
                Public,
                open,
                ChangeStage,
                true,
            ),
            (Actor::Member, Some(Facilitator), Public, open, Edit, false),
            (Actor::Member, Some(Coordinator), Public, open, Edit, true),
            (Actor::PlatformAdmin, None, Public, open, Edit, true),
            (Actor::Anonymous, None, Public, open, ProposeTopic, false),
            (Actor::Member, None, Public, open, ProposeTopic, false),
            (Actor::Member, Some(M), Public, open, ProposeTopic, true),
            (Actor::Member, Some(M), Public, open, DecideTopic, false),
            (
                Actor::Member,
                Some(Facilitator),
                Public,
                open,
                DecideTopic,
                true,
            ),
            (Actor::PlatformAdmin, None, Public, open, DecideTopic, true),
            (Actor::Member, Some(M), Public, open, RemoveMember, false),
            (
                Actor::Member,
                Some(Facilitator),
                Public,
                open,
                RemoveMember,
                true,
            ),
        ];
        for (actor, role, visibility, policy, action, allowed) in table {
            assert_eq!(
                can_in_atelier(*actor, *role, *visibility, *policy, *action),
                *allowed,
                "{actor:?} {role:?} {visibility:?} {policy:?} {action:?}"
            );
        }
    }
}
