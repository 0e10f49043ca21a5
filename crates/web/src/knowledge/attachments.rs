//! Attachments on the web: upload (multipart, its own body limit), download with the item's
//! visibility, and removal.

use super::show::ItemTemplate;
use super::{parse_item, redirect_to_item};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use app::AppError;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::Locale;

/// `POST /kennis/{id}/bijlagen`: attach the file in field `file`. A refused file re-shows the
/// item page with the reason (422); nothing is stored.
pub async fn upload_attachment(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    let mut upload: (String, Vec<u8>) = Default::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(err) => return Err(too_large_or_bad(err)),
        };
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(too_large_or_bad)?;
            upload = (name, bytes.to_vec());
        }
    }
    let errors = match state
        .app
        .add_attachment(user, id, &upload.0, &upload.1)
        .await
    {
        Ok(_) => {
            return redirect_to_item(&state, &ctx, id, "#bijlagen", "flash-attachment-added").await;
        }
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let page = state.app.item_page(Some(user), id).await?;
    let mut template = ItemTemplate::new(ctx.clone(), page);
    template.attachment_form = FormView::new(ctx.locale).errors(errors);
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}

/// A broken or too large multipart body: the error page that says so.
fn too_large_or_bad(err: axum::extract::multipart::MultipartError) -> WebError {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        WebError::Page(crate::error::ErrorPage::TooLarge)
    } else {
        WebError::Page(crate::error::ErrorPage::BadRequest)
    }
}

/// `GET /kennis/{id}/bijlagen/{attachment}/{name}`: the file, for whoever may read the item
/// (the name in the address is only for people; the id decides).
pub async fn download_attachment(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, attachment, _name)): Path<(String, i64, String)>,
) -> Result<Response, WebError> {
    let id = parse_item(&segment)?;
    let download = state
        .app
        .download_attachment(ctx.user.as_ref(), id, attachment)
        .await?;
    let row = &download.attachment;
    let ascii: String = row
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .filter(|c| *c != '"' && *c != '\\')
        .collect();
    let disposition = format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        path_segment(&row.file_name)
    );
    Ok((
        [
            (header::CONTENT_TYPE, row.content_type.clone()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "private, no-cache".to_owned()),
        ],
        download.bytes,
    )
        .into_response())
}

/// `POST /kennis/{id}/bijlagen/{attachment}/verwijderen`: remove a file.
pub async fn remove_attachment(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, attachment)): Path<(String, i64)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = parse_item(&segment)?;
    state.app.remove_attachment(user, id, attachment).await?;
    redirect_to_item(&state, &ctx, id, "#bijlagen", "flash-attachment-removed").await
}

/// A file name percent-encoded as one path segment (also the RFC 5987 form).
pub(crate) fn path_segment(name: &str) -> String {
    form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// A size as people read it: bytes, kB or MB with one decimal in the reader's notation.
pub(crate) fn readable_size(bytes: i64, locale: Locale) -> String {
    const KB: i64 = 1024;
    if bytes < KB {
        return format!("{bytes} B");
    }
    if bytes < KB * KB {
        return format!("{} kB", (bytes + KB / 2) / KB);
    }
    let tenths = (bytes * 10 + KB * KB / 2) / (KB * KB);
    let separator = if locale == Locale::Nl { ',' } else { '.' };
    format!("{}{separator}{} MB", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_names_read_well() {
        assert_eq!(readable_size(800, Locale::Nl), "800 B");
        assert_eq!(readable_size(860_000, Locale::Nl), "840 kB");
        assert_eq!(readable_size(2_500_000, Locale::Nl), "2,4 MB");
        assert_eq!(readable_size(2_500_000, Locale::En), "2.4 MB");
        assert_eq!(
            path_segment("Wijk één+1.pdf"),
            "Wijk%20%C3%A9%C3%A9n%2B1.pdf"
        );
    }
}
