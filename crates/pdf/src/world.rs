//! A Typst `World` that holds everything in memory: the template, the data file and the
//! bundled fonts. It cannot read the disk or the network, so a document cannot reach host files.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::PdfError;

/// The in-memory world of one compilation.
pub(crate) struct ReportWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Datetime,
}

/// The id of a file at the project root, e.g. `data.json`.
fn file_id(path: &str) -> Result<FileId, PdfError> {
    let virtual_path = VirtualPath::new(path).map_err(|e| PdfError::Typst(format!("{e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, virtual_path).intern())
}

impl ReportWorld {
    /// A world whose main file is `template` and whose other files are `files`.
    pub(crate) fn new(
        template: &str,
        files: Vec<(&str, Vec<u8>)>,
        today: Datetime,
    ) -> Result<Self, PdfError> {
        let fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        let mut map = HashMap::new();
        for (path, bytes) in files {
            map.insert(file_id(path)?, Bytes::new(bytes));
        }
        Ok(Self {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main: Source::new(file_id("main.typ")?, template.to_owned()),
            files: map,
            today,
        })
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.get(&id).cloned().ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
