//! Markdown as members write it, rendered to HTML that is always sanitised: no scripts, event
//! handlers, `javascript:` links, SVG, forms, frames or inline styles survive.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::sync::LazyLock;

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .link_rel(Some("noopener noreferrer nofollow"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .rm_tags(["img"]);
    builder
});

/// Markdown → safe HTML.
pub fn render(markdown: &str) -> String {
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(markdown, options()));
    CLEANER.clean(&html).to_string()
}

/// Markdown → readable plain text (for search, snippets and feeds): the words without markup,
/// blocks separated by a blank line. Tags of raw HTML are left out, their text stays.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(text) | Event::Code(text) => out.push_str(&text),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableRow,
            ) => out.push_str("\n\n"),
            Event::End(TagEnd::TableCell) | Event::Start(Tag::Item) => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Attack vectors written as Markdown or raw HTML; none may survive as active content.
    const VECTORS: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[klik](javascript:alert(1))",
        "[klik](JaVaScRiPt:alert(1))",
        "[klik](&#106;avascript:alert(1))",
        "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<svg onload=alert(1)><circle r=10 /></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>body{display:none}</style>",
        "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">nep</p>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=pw></form>",
        "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
        "<body onload=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<base href=\"https://evil.example/\">",
        "![x](https://tracker.example/pixel.gif)",
        "<details open ontoggle=alert(1)>x</details>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<scr<script>ipt>alert(1)</script>",
        "```html\n<script>alert(1)</script>\n```",
    ];

    #[test]
    fn attack_vectors_render_harmless() {
        for vector in VECTORS {
            let html = render(vector).to_lowercase();
            for bad in [
                "<script",
                "onerror",
                "onload",
                "onclick",
                "ontoggle",
                "javascript:",
                "vbscript:",
                "data:",
                "<svg",
                "<math",
                "style=",
                "<style",
                "<iframe",
                "<object",
                "<embed",
                "<form",
                "<input",
                "<meta",
                "<link",
                "<base",
                "<img",
            ] {
                assert!(!html.contains(bad), "{vector:?} rendered as {html:?}");
            }
        }
    }

    #[test]
    fn ordinary_markdown_keeps_its_structure() {
        let html = render(
            "## Kop\n\n*nadruk* en [link](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |",
        );
        assert!(html.contains("<h2>Kop</h2>"), "{html}");
        assert!(html.contains("<em>nadruk</em>"));
        assert!(html.contains("href=\"https://example.org\""));
        assert!(html.contains("rel=\"noopener noreferrer nofollow\""));
        assert!(html.contains("<table>"));
    }

    #[test]
    fn plain_text_drops_markup_and_raw_html() {
        let text = plain_text("## Kop\n\nEen *woord* en `code`.\n\n- een\n- twee\n\n<b>x</b>");
        assert_eq!(text, "Kop\n\nEen woord en code.\n\n een\n\n twee\n\nx");
    }
}
