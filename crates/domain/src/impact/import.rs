//! Checking an imported sheet of measurements before anything is saved: the header (Dutch or
//! English column names), then every row (a known indicator and pseudonym with consent, a
//! timepoint, a date, a value that fits the indicator, no duplicate in the file or with what is
//! already recorded, no formula in a text cell). Every problem is reported with its line; only
//! a clean sheet becomes rows to save, so an import is all or nothing.

use super::indicator::{Perspective, Timepoint, Value, ValueRule};
use super::sheet::{Record, looks_like_formula};
use std::collections::{HashMap, HashSet};

/// Most rows one import may hold.
pub const MAX_ROWS: usize = 50_000;
/// Longest comment on a value.
pub const MAX_COMMENT: usize = 1000;

coded_enum!(
    /// A column of the import sheet (codes are the Dutch header names).
    Column {
        /// The subject's pseudonym.
        Pseudonym => "pseudoniem",
        /// The indicator's code.
        Indicator => "indicator",
        /// Baseline, interim, end or follow-up.
        Timepoint => "meetmoment",
        /// The date of the measurement.
        Date => "datum",
        /// The value.
        Value => "waarde",
        /// Client or worker (optional).
        Perspective => "perspectief",
        /// A comment on the value (optional).
        Comment => "toelichting",
    }
);

impl Column {
    fn parse(name: &str) -> Option<Column> {
        let n = name.trim().to_lowercase();
        Column::from_code(&n).or(match n.as_str() {
            "pseudonym" => Some(Column::Pseudonym),
            "timepoint" => Some(Column::Timepoint),
            "date" => Some(Column::Date),
            "value" => Some(Column::Value),
            "perspective" => Some(Column::Perspective),
            "comment" => Some(Column::Comment),
            _ => None,
        })
    }

    fn required(self) -> bool {
        !matches!(self, Column::Perspective | Column::Comment)
    }
}

/// What the import needs to know of an indicator.
#[derive(Debug, Clone, Copy)]
pub struct KnownIndicator {
    /// Its id.
    pub id: i64,
    /// Its value rules.
    pub rule: ValueRule,
}

/// What the import checks rows against.
#[derive(Debug, Default)]
pub struct Known {
    /// Indicators by code (upper case).
    pub indicators: HashMap<String, KnownIndicator>,
    /// Subjects by pseudonym: id and whether evaluation consent stands.
    pub subjects: HashMap<String, (i64, bool)>,
    /// Measurements already recorded: (indicator, subject, timepoint, perspective).
    pub existing: HashSet<(i64, i64, Timepoint, Perspective)>,
}

/// A row that may be saved.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedRow {
    /// Line in the file.
    pub line: usize,
    /// Indicator id.
    pub indicator: i64,
    /// Subject id.
    pub subject: i64,
    /// Timepoint.
    pub timepoint: Timepoint,
    /// Date, `YYYY-MM-DD`.
    pub date: String,
    /// Perspective.
    pub perspective: Perspective,
    /// The value.
    pub value: Value,
    /// Comment.
    pub comment: String,
}

/// One problem: where, what (a message id) and the text concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line in the file.
    pub line: usize,
    /// The column (its Dutch name), if the problem is in one cell.
    pub column: Option<Column>,
    /// Message id.
    pub key: &'static str,
    /// The cell text, a column name or the line of the first copy.
    pub detail: String,
}

fn problem(line: usize, column: Option<Column>, key: &'static str, detail: &str) -> Problem {
    Problem {
        line,
        column,
        key,
        detail: detail.chars().take(60).collect(),
    }
}

/// A date as `YYYY-MM-DD`, from `2025-03-01`, `1-3-2025` or `01/03/2025`.
pub fn parse_date(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    ((1900..=2200).contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Checks a whole sheet: the rows to save, or every problem found.
pub fn check(records: &[Record], known: &Known) -> Result<Vec<CheckedRow>, Vec<Problem>> {
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![problem(1, None, "impact-import-empty", "")]);
    };
    let mut problems = Vec::new();
    let mut columns = Vec::new();
    for name in &header.cells {
        let column = Column::parse(name);
        // The problems column of a corrections file may come back with the corrected rows.
        let ignored = ["problemen", "problems"].contains(&name.trim().to_lowercase().as_str());
        if column.is_none() && !name.trim().is_empty() && !ignored {
            problems.push(problem(
                header.line,
                None,
                "impact-import-column-unknown",
                name,
            ));
        }
        columns.push(column);
    }
    for c in Column::ALL.iter().filter(|c| c.required()) {
        if !columns.contains(&Some(*c)) {
            problems.push(problem(
                header.line,
                Some(*c),
                "impact-import-column-missing",
                c.code(),
            ));
        }
    }
    if rows.is_empty() {
        problems.push(problem(header.line, None, "impact-import-empty", ""));
    }
    if rows.len() > MAX_ROWS {
        problems.push(problem(
            rows[MAX_ROWS].line,
            None,
            "impact-import-too-many",
            "",
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut seen: HashMap<(i64, i64, Timepoint, Perspective), usize> = HashMap::new();
    let mut checked = Vec::with_capacity(rows.len());
    for record in rows {
        let cell = |c: Column| -> &str {
            columns
                .iter()
                .position(|x| *x == Some(c))
                .and_then(|i| record.cells.get(i))
                .map_or("", |s| s.as_str())
        };
        if let Some(row) = check_row(record.line, &cell, known, &mut seen, &mut problems) {
            checked.push(row);
        }
    }
    if problems.is_empty() {
        Ok(checked)
    } else {
        Err(problems)
    }
}

fn check_row<'a>(
    line: usize,
    cell: &dyn Fn(Column) -> &'a str,
    known: &Known,
    seen: &mut HashMap<(i64, i64, Timepoint, Perspective), usize>,
    problems: &mut Vec<Problem>,
) -> Option<CheckedRow> {
    let before = problems.len();
    let mut report = |c: Column, key: &'static str, detail: &str| {
        problems.push(problem(line, Some(c), key, detail));
    };
    for c in [Column::Pseudonym, Column::Indicator, Column::Comment] {
        if looks_like_formula(cell(c).trim_start_matches(' ')) {
            report(c, "impact-import-formula", cell(c));
        }
    }
    let pseudonym = cell(Column::Pseudonym).trim().to_uppercase();
    let subject = match known.subjects.get(&pseudonym) {
        Some((id, true)) => Some(*id),
        Some((_, false)) => {
            report(Column::Pseudonym, "impact-import-no-consent", &pseudonym);
            None
        }
        None => {
            report(
                Column::Pseudonym,
                "impact-import-unknown-subject",
                &pseudonym,
            );
            None
        }
    };
    let code = cell(Column::Indicator).trim().to_uppercase();
    let indicator = known.indicators.get(&code).copied();
    if indicator.is_none() {
        report(Column::Indicator, "impact-import-unknown-indicator", &code);
    }
    let timepoint = Timepoint::parse(cell(Column::Timepoint));
    if timepoint.is_none() {
        report(
            Column::Timepoint,
            "impact-import-timepoint",
            cell(Column::Timepoint),
        );
    }
    let date = parse_date(cell(Column::Date));
    if date.is_none() {
        report(Column::Date, "impact-import-date", cell(Column::Date));
    }
    let perspective = Perspective::parse(cell(Column::Perspective));
    if perspective.is_none() {
        report(
            Column::Perspective,
            "impact-import-perspective",
            cell(Column::Perspective),
        );
    }
    let value = indicator.and_then(|i| match i.rule.check(cell(Column::Value)) {
        Ok(v) => Some(v),
        Err(p) => {
            report(Column::Value, p.key(), cell(Column::Value));
            None
        }
    });
    let comment = cell(Column::Comment).trim().to_owned();
    if comment.chars().count() > MAX_COMMENT {
        report(Column::Comment, "impact-import-too-long", "");
    }
    let (Some(subject), Some(indicator), Some(timepoint), Some(perspective)) =
        (subject, indicator, timepoint, perspective)
    else {
        return None;
    };
    let key = (indicator.id, subject, timepoint, perspective);
    if let Some(first) = seen.get(&key) {
        report(
            Column::Pseudonym,
            "impact-import-duplicate",
            &first.to_string(),
        );
    } else {
        seen.insert(key, line);
    }
    if known.existing.contains(&key) {
        report(Column::Pseudonym, "impact-import-exists", &pseudonym);
    }
    if problems.len() > before {
        return None;
    }
    Some(CheckedRow {
        line,
        indicator: indicator.id,
        subject,
        timepoint,
        date: date?,
        perspective,
        value: value?,
        comment,
    })
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
