//! Spreadsheet files: an upload read as CSV (UTF-8, or Windows-1252 as older Excel writes it)
//! or as the first sheet of an XLSX workbook, and measurements written as CSV or XLSX with
//! every text cell made safe (a cell that starts like a formula is not run as one).

use crate::{AppError, AppResult};
use calamine::{Data, Reader, Xlsx};
use domain::impact::sheet::{Record, csv_line, read_csv, safe_cell};
use std::io::Cursor;

/// One cell of an export.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text (made safe).
    Text(String),
    /// A number.
    Number(f64),
}

/// Reads an upload by its name: `.xlsx` as a workbook, anything else as CSV text.
pub fn read_upload(file_name: &str, bytes: &[u8]) -> AppResult<Vec<Record>> {
    if bytes.is_empty() {
        return Err(AppError::field("file", "impact-import-no-file"));
    }
    if file_name.to_lowercase().ends_with(".xlsx") {
        return read_xlsx(bytes);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        // Older Excel saves CSV as Windows-1252; its letters above 127 are Latin-1 here.
        Err(_) => bytes.iter().map(|b| char::from(*b)).collect(),
    };
    if text.contains('\0') {
        return Err(AppError::field("file", "impact-import-not-sheet"));
    }
    Ok(read_csv(&text))
}

fn read_xlsx(bytes: &[u8]) -> AppResult<Vec<Record>> {
    let refused = || AppError::field("file", "impact-import-not-sheet");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| refused())?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(refused)?
        .map_err(|_| refused())?;
    let first_line = range.start().map_or(1, |(row, _)| row as usize + 1);
    let first_col = range.start().map_or(0, |(_, col)| col as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, row)| Record {
            line: first_line + i,
            cells: std::iter::repeat_n(String::new(), first_col)
                .chain(row.iter().map(cell_text))
                .collect(),
        })
        .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
        .collect())
}

/// A workbook cell as the text a CSV would hold (dates as `YYYY-MM-DD`).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => serial_date(d.as_f64()),
        Data::Error(_) => "#FOUT".to_owned(),
    }
}

/// A spreadsheet day number (1900 date system) as `YYYY-MM-DD`.
fn serial_date(serial: f64) -> String {
    // Day 25569 is 1970-01-01; the days-to-civil conversion is Howard Hinnant's.
    let z = serial.floor() as i64 - 25569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn text_of(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => safe_cell(t),
        Cell::Number(n) => n.to_string().replace('.', ","),
    }
}

/// Rows as CSV for Dutch spreadsheets (`;`, decimal comma, a byte-order mark for Excel).
pub fn write_csv(rows: &[Vec<Cell>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        out.push_str(&csv_line(&row.iter().map(text_of).collect::<Vec<_>>()));
    }
    out
}

/// Rows as an XLSX workbook with one sheet.
pub fn write_xlsx(sheet: &str, rows: &[Vec<Cell>]) -> AppResult<Vec<u8>> {
    let failed = |e: rust_xlsxwriter::XlsxError| AppError::Content(e.to_string());
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).map_err(failed)?;
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r).map_err(|e| AppError::Content(e.to_string()))?;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|e| AppError::Content(e.to_string()))?;
            match cell {
                Cell::Text(t) => ws.write_string(r, c, safe_cell(t)).map_err(failed)?,
                Cell::Number(n) => ws.write_number(r, c, *n).map_err(failed)?,
            };
        }
    }
    book.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_days_become_dates() {
        assert_eq!(serial_date(45_658.0), "2025-01-01");
        assert_eq!(serial_date(25_569.0), "1970-01-01");
        assert_eq!(serial_date(46_081.5), "2026-02-28");
    }

    #[test]
    fn exports_read_back_with_safe_cells() {
        let rows = vec![
            vec![Cell::Text("pseudoniem".into()), Cell::Text("waarde".into())],
            vec![Cell::Text("=HYPERLINK(\"x\")".into()), Cell::Number(-1.5)],
        ];
        let csv = write_csv(&rows);
        assert!(csv.contains("'=HYPERLINK"));
        assert!(csv.contains(";-1,5\r\n"));
        let xlsx = write_xlsx("metingen", &rows).unwrap();
        let back = read_upload("m.xlsx", &xlsx).unwrap();
        assert_eq!(back[1].cells, vec!["'=HYPERLINK(\"x\")", "-1.5"]);
        assert_eq!(back[1].line, 2);
    }

    #[test]
    fn windows_csv_and_junk_are_handled() {
        let latin = b"pseudoniem;toelichting\nWB-1;caf\xe9\n";
        assert_eq!(read_upload("m.csv", latin).unwrap()[1].cells[1], "café");
        assert!(read_upload("m.xlsx", b"not a zip").is_err());
        assert!(read_upload("m.csv", b"").is_err());
    }
}
