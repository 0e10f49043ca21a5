//! The language switch in the header: works without JavaScript, remembers the choice.

use crate::WebState;
use crate::context::Ctx;
use crate::cookies;
use crate::error::{ErrorPage, WebError};
use crate::forms::{safe_return, see_other};
use axum::extract::{Form, State};
use axum::http::header;
use axum::response::Response;
use domain::Locale;
use serde::Deserialize;

/// The switch's form.
#[derive(Deserialize)]
pub struct LanguageForm {
    taal: String,
    #[serde(default)]
    terug: String,
}

/// `POST /taal`: switch language and return to the page.
pub async fn update_language(
    State(state): State<WebState>,
    ctx: Ctx,
    Form(form): Form<LanguageForm>,
) -> Result<Response, WebError> {
    let locale = Locale::from_code(&form.taal).ok_or(ErrorPage::BadRequest)?;
    if let Some(user) = &ctx.user {
        state.app.set_locale(user, locale).await?;
    }
    let mut response = see_other(safe_return(&form.terug), None, ctx.secure_cookies);
    let year = 365 * 24 * 60 * 60;
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(
            cookies::LANGUAGE,
            locale.code(),
            Some(year),
            ctx.secure_cookies,
        ),
    );
    Ok(response)
}
