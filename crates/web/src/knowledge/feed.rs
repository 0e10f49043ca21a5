//! Atom feeds of published public items: overall and per atelier (RFC 4287).

use crate::WebState;
use crate::ateliers::parse_id;
use crate::context::Ctx;
use crate::error::WebError;
use app::knowledge::{ItemRow, item_path};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use time::format_description::well_known::Rfc3339;

/// Escapes text for XML content and attribute values.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow are dropped.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_owned())
}

/// The feed document.
pub(crate) fn atom(base: &str, title: &str, self_path: &str, items: &[ItemRow]) -> String {
    let updated = items.iter().map(|i| i.updated_at).max().unwrap_or(0);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <id>{base}{self_path}</id>\n<title>{}</title>\n<updated>{}</updated>\n\
         <link rel=\"self\" href=\"{base}{self_path}\"/>\n<link rel=\"alternate\" href=\"{base}/kennis\"/>\n",
        xml(title),
        rfc3339(updated)
    );
    for item in items {
        let link = format!("{base}{}", item_path(item.id, &item.slug));
        let author = if item.authors.is_empty() {
            item.atelier_name.as_str()
        } else {
            item.authors.as_str()
        };
        out.push_str(&format!(
            "<entry>\n<id>{base}/kennis/{}</id>\n<title>{}</title>\n<link href=\"{}\"/>\n\
             <published>{}</published>\n<updated>{}</updated>\n<author><name>{}</name></author>\n\
             <category term=\"{}\"/>\n<summary>{}</summary>\n</entry>\n",
            item.id,
            xml(&item.title),
            xml(&link),
            rfc3339(item.published_at.unwrap_or(item.updated_at)),
            rfc3339(item.updated_at),
            xml(author),
            xml(&item.kind),
            xml(&item.summary),
        ));
    }
    out.push_str("</feed>\n");
    out
}

fn respond(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        body,
    )
        .into_response()
}

/// `GET /kennis/feed.atom`.
pub async fn show_feed(State(state): State<WebState>, ctx: Ctx) -> Result<Response, WebError> {
    let items = state.app.public_items(None).await?;
    let title = format!("{} · Leeratelier", ctx.t("knowledge-title"));
    Ok(respond(atom(
        &state.app.config().base_url,
        &title,
        "/kennis/feed.atom",
        &items,
    )))
}

/// `GET /ateliers/{id}/kennis.atom`.
pub async fn show_atelier_feed(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let id = parse_id(&segment)?;
    let items = state.app.public_items(Some(id)).await?;
    let slug = state.app.atelier_slug(id).await?;
    let name = items
        .first()
        .map_or_else(|| slug.clone(), |i| i.atelier_name.clone());
    let title = format!("{} · {name}", ctx.t("knowledge-title"));
    let self_path = format!("/ateliers/{}-{slug}/kennis.atom", id.0);
    Ok(respond(atom(
        &state.app.config().base_url,
        &title,
        &self_path,
        &items,
    )))
}

#[cfg(test)]
mod tests {
    use super::xml;

    #[test]
    fn xml_escapes_markup_and_drops_control_characters() {
        assert_eq!(xml("a<b>&\"'\u{1}c"), "a&lt;b&gt;&amp;&quot;&apos;c");
    }
}
