//! Authorisation as a pure function of (actor, action): every handler asks here.

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
}
