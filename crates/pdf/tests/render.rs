//! Renders a document with every kind of block and checks the PDF is tagged and has the text.

use pdf::{Block, Document, Section};

fn document(title: &str) -> Document {
    Document {
        title: title.to_owned(),
        subtitle: "Team Wonen · 2026".to_owned(),
        lang: "nl".to_owned(),
        colophon: "Gegevens vastgelegd op 30 november 2026".to_owned(),
        base: "https://example.org".to_owned(),
        sections: vec![Section {
            heading: "Wat veranderde".to_owned(),
            blocks: vec![
                Block::Subheading { text: "Woonstabiliteit".to_owned() },
                Block::Paragraph {
                    text: "Een verhaal met #let x = 1 en ] en $ erin.\n\nTweede alinea.".to_owned(),
                },
                Block::Note { text: "Geen gegevens in deze periode.".to_owned() },
                Block::List { items: vec!["een".to_owned(), "twee".to_owned()] },
                Block::Table {
                    caption: "Metingen".to_owned(),
                    header: vec!["Meetmoment".to_owned(), "Aantal".to_owned()],
                    rows: vec![vec!["Begin".to_owned(), "120".to_owned()]],
                },
                Block::Chart {
                    svg: r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="80" height="20" fill="#336"/><text x="100" y="15">3,4</text></svg>"##.to_owned(),
                    alt: "Gemiddelde 3,4".to_owned(),
                    caption: "Trend".to_owned(),
                },
                Block::Source {
                    label: "Bron: gemeten".to_owned(),
                    anchor: "bron-ind-1".to_owned(),
                },
            ],
        }, Section {
            heading: "Bronnen".to_owned(),
            blocks: vec![Block::Record {
                anchor: "bron-ind-1".to_owned(),
                title: "WOON-1 Woonstabiliteit".to_owned(),
                lines: vec!["Gemeten, 120 mensen".to_owned()],
                href: "/veranderingstheorie/1/impact".to_owned(),
            }],
        }],
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_document_becomes_a_tagged_pdf() {
    let bytes = pdf::render(&document("Impactrapportage"), (2026, 11, 30)).expect("renders");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(contains(&bytes, b"/StructTreeRoot"), "structure tree");
    assert!(contains(&bytes, b"/MarkInfo"), "marked content");
    assert!(contains(&bytes, b"pdfuaid:part"), "claims PDF/UA");
    assert!(contains(&bytes, b"/Lang"), "language");
}

#[test]
fn markup_in_user_text_is_printed_not_run() {
    // Evaluated as markup, `#let x = 1` would vanish from the text (or fail to compile).
    let bytes = pdf::render(&document("Met #code erin ]"), (2026, 11, 30)).expect("renders");
    let dir = std::env::temp_dir().join(format!("pdf-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("markup.pdf");
    std::fs::write(&file, &bytes).unwrap();
    // `pdftotext` (poppler-utils) is installed by CI; elsewhere this part is skipped unless
    // REQUIRE_POPPLER asks for it.
    match std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
    {
        Ok(out) => {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains("#let x = 1"), "{text}");
            assert!(text.contains("Met #code erin ]"), "{text}");
        }
        Err(_) => assert!(
            std::env::var_os("REQUIRE_POPPLER").is_none(),
            "pdftotext is missing"
        ),
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
