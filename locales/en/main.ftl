# Leeratelier — English texts. Every key is also in ../nl/main.ftl.

## General
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-account = My account
nav-admin = Administration
nav-logout = Log out
nav-login = Log in
nav-register = Create account
footer-text = Leeratelier — learning together how to make the impact of social work visible.

## Forms
form-problems = There is a problem
form-error-prefix = Error:
form-error-title-prefix = Error:
error-required = Fill in this field.
error-too-long = Use at most { $limit } characters.
error-email = Enter an e-mail address like name@example.com.
error-choice = Choose one of the options.
error-password-short = Choose a password of at least { $limit } characters.
error-password-is-email = Choose a password that is not your e-mail address.
error-email-taken = There already is an account with this e-mail address. Log in or ask for a new password.
error-password-wrong = This is not your current password.
error-login-failed = The e-mail address or the password is not correct.
error-throttled = Too many attempts. Wait fifteen minutes and try again.
error-invitation-invalid = You can only create an account with a valid invitation. This link is unknown, already used or expired.

## Error pages
error-page-bad-request-title = We do not understand this request
error-page-bad-request-text = Something went wrong with what your browser sent. Go back and try again.
error-page-forbidden-title = No access
error-page-forbidden-text = You do not have access to this page.
error-page-csrf-title = Please try again
error-page-csrf-text = The form had expired, for example because the page was open for a long time. Nothing was saved. Go back, fill in the form again and send it once more.
error-page-csrf-retry = Open the page again
error-page-not-found-title = Page not found
error-page-not-found-text = This page does not exist (any more). Check the address or go to the home page.
error-page-too-large-title = Too much text
error-page-too-large-text = What you sent is too large. Make it shorter and try again.
error-page-too-many-title = Please wait
error-page-too-many-text = There were too many requests at once. Try again in a few minutes.
error-page-internal-title = Something went wrong on our side
error-page-internal-text = This is our fault, not yours. Try again later. If it keeps happening, give the code below to the administrator.
error-page-home = Go to the home page
error-page-request-id = Code of this request: { $id }

## Home
home-title = Home
home-heading = How do you make the impact of social work visible?
home-lead = In learning communities, social workers, policy officers, researchers, lecturers and students work together on knowledge and tools that make the impact of social work visible: to yourself, to citizens and to the funder.
home-register = Create account
home-login = Log in
home-welcome = Welcome back, { $name }.
home-members = Members
demo-heading = Demo accounts
demo-text = This is a demonstration. Log in with one of these accounts to look around. Never use it for real data.
demo-col-who = Who
demo-admin = administrator

## Fields
label-email = E-mail address
label-password = Password
label-new-password = New password
label-current-password = Current password
label-display-name = Name
label-organisation-optional = Organisation (optional)
label-background = Background
label-language = Language
hint-display-name = This is how other members see you.
hint-password = At least 12 characters. A sentence of a few words is strong and easy to remember.

## Backgrounds and roles
background-sociaal-werker = Social worker
background-beleidsmedewerker = Policy officer
background-onderzoeker = Researcher
background-docent = Lecturer
background-student = Student
background-ervaringsdeskundige = Expert by experience
background-anders = Other
role-member = member
role-facilitator = learning facilitator
role-coordinator = coordinator

## Create account
register-title = Create account
register-intro = With an account you take part in the learning communities, the forum and the meetings.
register-closed = New accounts need an invitation. Ask an administrator of the werkplaats for one.
register-have-account = Already have an account? Log in.
register-submit = Create account

## Log in
login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-no-account = No account yet? Create one.

## Forgotten password
reset-request-title = Forgot your password
reset-request-intro = Enter your e-mail address. You will get a link to choose a new password. The link works for one hour.
reset-request-submit = Send me a link
reset-request-sent = If there is an account for { $email }, we have sent a link there. Also check your spam folder. The link works for one hour.
reset-back-to-login = Back to log in
reset-title = Choose a new password
reset-expired = This link no longer works. It was already used or is older than one hour.
reset-ask-again = Ask for a new link
reset-submit = Save password

## Account
profile-title = My account
profile-email = You log in with { $email }.
profile-submit = Save
profile-change-password = Change password
password-title = Change password
password-intro = After the change you are logged out on all your other devices.
password-submit = Change password

## Administration
admin-title = Administration
admin-registration-heading = New members
admin-registration-legend = Who may create an account?
admin-registration-open = Anyone
admin-registration-invitation = Only people with an invitation
admin-save = Save
admin-invite-heading = Invite someone
admin-invite-intro = We send a link with which this person creates an account. The link works for fourteen days, once.
admin-invite-submit = Send invitation
admin-open-invitations = Invitations not used yet
admin-invitation-line = { $email },
admin-invitation-until = valid until { $date }

## Messages
flash-registered = Welcome! Your account is ready.
flash-logged-in = You are logged in.
flash-logged-out = You are logged out.
flash-password-changed = Your password has been changed. You are logged out on your other devices.
flash-profile-saved = Your details have been saved.
flash-password-reset = Your new password has been saved and you are logged in.
flash-invited = The invitation has been sent.
flash-settings-saved = The setting has been saved.

## E-mail
mail-reset-subject = New password for Leeratelier
mail-reset-body =
    Dear { $name },

    Someone (hopefully you) asked for a new password for your Leeratelier account.
    Choose a new password with this link. It works for one hour and only once:

    { $link }

    Did you not ask for this? Then you need not do anything. Your password stays the same.

    Regards,
    Leeratelier
mail-invite-subject = Invitation to Leeratelier
mail-invite-body =
    Hello,

    { $inviter } invites you to Leeratelier, the platform of the learning communities.
    Create your account with this link. It works for fourteen days and only once:

    { $link }

    Regards,
    Leeratelier
