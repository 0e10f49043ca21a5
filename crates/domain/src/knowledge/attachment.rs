//! Attachments to knowledge items: which files are accepted (by name *and* by content), how
//! large they may be, and how a file name is made safe. Pure, so the rules are table-tested.

use crate::validation::FieldErrors;

/// Largest accepted file (20 MiB): enough for a report or a slide deck, not for video.
pub const MAX_ATTACHMENT_BYTES: usize = 20 * 1024 * 1024;

/// Most attachments one item carries.
pub const MAX_ATTACHMENTS_PER_ITEM: usize = 20;

/// Longest stored file name, in characters (the extension is kept).
const MAX_NAME_CHARS: usize = 120;

/// How a file's first bytes must look for its extension.
#[derive(Debug, Clone, Copy)]
enum Signature {
    /// Starts with these bytes.
    Prefix(&'static [u8]),
    /// A zip container holding this path (Office Open XML: `word/`, `xl/`, `ppt/`).
    ZipWith(&'static [u8]),
    /// An OpenDocument zip whose `mimetype` entry is this type.
    OpenDocument(&'static [u8]),
    /// UTF-8 text without NUL bytes.
    Text,
}

/// An accepted kind of file.
#[derive(Debug, Clone, Copy)]
struct FileType {
    extensions: &'static [&'static str],
    content_type: &'static str,
    signature: Signature,
}

const ZIP: &[u8] = b"PK\x03\x04";

/// Documents people share in a learning network; nothing that runs or renders scripts
/// (no HTML, SVG, executables, macros-enabled Office files).
const ACCEPTED: &[FileType] = &[
    FileType {
        extensions: &["pdf"],
        content_type: "application/pdf",
        signature: Signature::Prefix(b"%PDF-"),
    },
    FileType {
        extensions: &["docx"],
        content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        signature: Signature::ZipWith(b"word/"),
    },
    FileType {
        extensions: &["xlsx"],
        content_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        signature: Signature::ZipWith(b"xl/"),
    },
    FileType {
        extensions: &["pptx"],
        content_type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        signature: Signature::ZipWith(b"ppt/"),
    },
    FileType {
        extensions: &["odt"],
        content_type: "application/vnd.oasis.opendocument.text",
        signature: Signature::OpenDocument(b"application/vnd.oasis.opendocument.text"),
    },
    FileType {
        extensions: &["ods"],
        content_type: "application/vnd.oasis.opendocument.spreadsheet",
        signature: Signature::OpenDocument(b"application/vnd.oasis.opendocument.spreadsheet"),
    },
    FileType {
        extensions: &["odp"],
        content_type: "application/vnd.oasis.opendocument.presentation",
        signature: Signature::OpenDocument(b"application/vnd.oasis.opendocument.presentation"),
    },
    FileType {
        extensions: &["png"],
        content_type: "image/png",
        signature: Signature::Prefix(b"\x89PNG\r\n\x1a\n"),
    },
    FileType {
        extensions: &["jpg", "jpeg"],
        content_type: "image/jpeg",
        signature: Signature::Prefix(b"\xff\xd8\xff"),
    },
    FileType {
        extensions: &["txt", "md"],
        content_type: "text/plain; charset=utf-8",
        signature: Signature::Text,
    },
    FileType {
        extensions: &["csv"],
        content_type: "text/csv; charset=utf-8",
        signature: Signature::Text,
    },
];

/// The extensions accepted, for the form's hint and `accept` attribute.
pub fn accepted_extensions() -> Vec<&'static str> {
    ACCEPTED
        .iter()
        .flat_map(|t| t.extensions.iter().copied())
        .collect()
}

/// An upload that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedFile {
    /// The sanitised name to show and to offer on download.
    pub file_name: String,
    /// The content type to serve it with (ours, never the browser's claim).
    pub content_type: &'static str,
}

/// Checks an upload: a name, a size within the limit, an accepted extension, and content that
/// really is that kind of file (a renamed program is refused). Problems are on field `file`.
pub fn check_upload(name: &str, bytes: &[u8]) -> Result<CheckedFile, FieldErrors> {
    let mut errors = FieldErrors::new();
    let file_name = sanitise_file_name(name);
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_lowercase())
        .unwrap_or_default();
    let file_type = ACCEPTED
        .iter()
        .find(|t| t.extensions.contains(&extension.as_str()));
    if name.trim().is_empty() && bytes.is_empty() {
        errors.add("file", "attachment-error-missing");
    } else if bytes.is_empty() {
        errors.add("file", "attachment-error-empty");
    } else if bytes.len() > MAX_ATTACHMENT_BYTES {
        errors.add("file", "attachment-error-too-large");
    } else if let Some(file_type) = file_type {
        if !matches(file_type.signature, bytes) {
            errors.add("file", "attachment-error-disguised");
        }
    } else {
        errors.add("file", "attachment-error-type");
    }
    match (errors.is_empty(), file_type) {
        (true, Some(file_type)) => Ok(CheckedFile {
            file_name,
            content_type: file_type.content_type,
        }),
        _ => Err(errors),
    }
}

fn matches(signature: Signature, bytes: &[u8]) -> bool {
    match signature {
        Signature::Prefix(prefix) => bytes.starts_with(prefix),
        Signature::ZipWith(path) => bytes.starts_with(ZIP) && contains(bytes, path),
        // The first zip entry of an OpenDocument file is the stored file `mimetype` (name at
        // offset 30, its content right after it).
        Signature::OpenDocument(kind) => {
            bytes.starts_with(ZIP) && bytes.get(30..38) == Some(b"mimetype".as_slice()) && {
                let rest = &bytes[38..];
                rest.starts_with(kind)
            }
        }
        Signature::Text => {
            let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            !text.contains(&0) && std::str::from_utf8(text).is_ok()
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A file name that is safe to store, show and offer for download: no folders, no control or
/// reserved characters, no leading dots, at most 120 characters with the extension kept.
pub fn sanitise_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .map(|c| {
            if c.is_control() || "<>:\"|?*;%".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let collapsed = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = collapsed.trim_matches(|c: char| c == '.' || c == ' ');
    let (stem, extension) = match trimmed.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.chars().count() <= 10 => {
            (stem.trim_end(), Some(ext.to_lowercase()))
        }
        _ => (trimmed, None),
    };
    let stem = if stem.is_empty() { "bijlage" } else { stem };
    let room = MAX_NAME_CHARS - extension.as_ref().map_or(0, |e| e.chars().count() + 1);
    let stem: String = stem.chars().take(room).collect();
    match extension {
        Some(ext) => format!("{}.{ext}", stem.trim_end()),
        None => stem.trim_end().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(result: Result<CheckedFile, FieldErrors>) -> Vec<&'static str> {
        match result {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.key).collect(),
        }
    }

    fn odf(kind: &[u8]) -> Vec<u8> {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.resize(30, 0);
        bytes.extend_from_slice(b"mimetype");
        bytes.extend_from_slice(kind);
        bytes
    }

    #[test]
    fn accepted_files_get_our_content_type() {
        let docx = [ZIP, b"....[Content_Types].xml....word/document.xml"].concat();
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("rapport.pdf", b"%PDF-1.7\n...".to_vec(), "application/pdf"),
            (
                "Verslag.DOCX",
                docx,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
            (
                "notulen.odt",
                odf(b"application/vnd.oasis.opendocument.text"),
                "application/vnd.oasis.opendocument.text",
            ),
            ("foto.jpeg", b"\xff\xd8\xff\xe0....".to_vec(), "image/jpeg"),
            ("schema.png", b"\x89PNG\r\n\x1a\n....".to_vec(), "image/png"),
            (
                "lijst.csv",
                "naam;aantal\nwijk één;3\n".as_bytes().to_vec(),
                "text/csv; charset=utf-8",
            ),
            (
                "leesmij.md",
                b"\xef\xbb\xbf# Titel\n".to_vec(),
                "text/plain; charset=utf-8",
            ),
        ];
        for (name, bytes, expected) in cases {
            let checked = check_upload(name, &bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert_eq!(checked.content_type, expected, "{name}");
        }
    }

    #[test]
    fn wrong_disguised_empty_and_large_files_are_refused() {
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("", Vec::new(), "attachment-error-missing"),
            ("leeg.pdf", Vec::new(), "attachment-error-empty"),
            (
                "groot.pdf",
                vec![b'%'; MAX_ATTACHMENT_BYTES + 1],
                "attachment-error-too-large",
            ),
            ("setup.exe", b"MZ\x90\x00".to_vec(), "attachment-error-type"),
            (
                "pagina.html",
                b"<script>alert(1)</script>".to_vec(),
                "attachment-error-type",
            ),
            (
                "logo.svg",
                b"<svg onload=alert(1)>".to_vec(),
                "attachment-error-type",
            ),
            (
                "geen-extensie",
                b"%PDF-1.4".to_vec(),
                "attachment-error-type",
            ),
            (
                "rapport.pdf",
                b"MZ\x90\x00 this is a program".to_vec(),
                "attachment-error-disguised",
            ),
            (
                "foto.png",
                b"%PDF-1.4".to_vec(),
                "attachment-error-disguised",
            ),
            (
                "brief.docx",
                [ZIP, b"xl/workbook.xml"].concat(),
                "attachment-error-disguised",
            ),
            (
                "notulen.odt",
                odf(b"application/vnd.oasis.opendocument.spreadsheet"),
                "attachment-error-disguised",
            ),
            (
                "tekst.txt",
                b"MZ\x00\x00binary".to_vec(),
                "attachment-error-disguised",
            ),
            (
                "tekst.txt",
                b"\xff\xfe not utf-8".to_vec(),
                "attachment-error-disguised",
            ),
        ];
        for (name, bytes, expected) in cases {
            assert_eq!(keys(check_upload(name, &bytes)), vec![expected], "{name}");
        }
    }

    #[test]
    fn file_names_are_made_safe() {
        let long = format!("{}.pdf", "a".repeat(300));
        let cases = [
            ("rapport.pdf", "rapport.pdf"),
            ("../../etc/passwd.txt", "passwd.txt"),
            ("C:\\Users\\an\\Verslag juni.DOCX", "Verslag juni.docx"),
            ("  ..verborgen.pdf  ", "verborgen.pdf"),
            ("a<b>c\"d|e?f*.pdf", "a b c d e f.pdf"),
            ("regel\nbreuk\t.pdf", "regel breuk.pdf"),
            ("...", "bijlage"),
            (".pdf", "pdf"),
            ("Wijkanalyse Oost — één.pdf", "Wijkanalyse Oost — één.pdf"),
        ];
        for (input, expected) in cases {
            assert_eq!(sanitise_file_name(input), expected, "{input:?}");
        }
        let cut = sanitise_file_name(&long);
        assert_eq!(cut.chars().count(), MAX_NAME_CHARS);
        assert!(cut.ends_with(".pdf"));
    }

    #[test]
    fn the_form_hint_lists_every_extension() {
        let all = accepted_extensions();
        assert!(all.contains(&"pdf") && all.contains(&"jpeg") && all.contains(&"csv"));
        assert!(!all.contains(&"html") && !all.contains(&"svg"));
    }
}
