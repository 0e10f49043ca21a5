//! Spreadsheet text in and out: reading CSV as Dutch and other spreadsheets write it (`;` or
//! `,` or tab, quotes, a byte-order mark, CRLF), each record with the line it starts on, and
//! making a cell safe to open (a cell that starts like a formula is not run as one).

/// One record of a file and the line it starts on (1 is the first line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Line number.
    pub line: usize,
    /// The cells, as text.
    pub cells: Vec<String>,
}

/// The separator of a CSV file, guessed from its first line: the one used most of `;`, tab
/// and `,` (Dutch Excel writes `;`).
fn separator(text: &str) -> char {
    let first = text.lines().next().unwrap_or("");
    [';', '\t', ',']
        .into_iter()
        .max_by_key(|c| first.matches(*c).count())
        .unwrap_or(';')
}

/// Reads CSV text into records; blank lines are skipped. An unclosed quote runs to the end.
pub fn read_csv(text: &str) -> Vec<Record> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let sep = separator(text);
    let mut records = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if cell.is_empty() => quoted = true,
            '\n' if quoted => {
                line += 1;
                cell.push('\n');
            }
            '\r' if !quoted => {}
            '\n' => {
                cells.push(std::mem::take(&mut cell));
                push_record(&mut records, start, std::mem::take(&mut cells));
                line += 1;
                start = line;
            }
            c if c == sep && !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        push_record(&mut records, start, cells);
    }
    records
}

fn push_record(records: &mut Vec<Record>, line: usize, cells: Vec<String>) {
    if cells.iter().any(|c| !c.trim().is_empty()) {
        records.push(Record { line, cells });
    }
}

/// True when a spreadsheet would read the text as a formula (or a control character).
pub fn looks_like_formula(text: &str) -> bool {
    matches!(
        text.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// The text made safe for a spreadsheet: a leading `'` before anything that starts like a
/// formula, so `=HYPERLINK(…)` is shown, not run.
pub fn safe_cell(text: &str) -> String {
    if looks_like_formula(text) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// One CSV line (`;`-separated, as Dutch spreadsheets expect), every cell quoted when needed.
pub fn csv_line(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|c| {
            if c.contains([';', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(";");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dutch_csv_with_quotes_and_line_numbers() {
        let text = "\u{feff}pseudoniem;waarde;toelichting\r\nWB-1;3,5;\"twee\nregels\"\r\n\r\nWB-2;4;\"zei \"\"ja\"\"\"\r\n";
        let records = read_csv(text);
        assert_eq!(records.len(), 3);
        assert_eq!(records[1].cells, vec!["WB-1", "3,5", "twee\nregels"]);
        assert_eq!(records[2].line, 5);
        assert_eq!(records[2].cells[2], "zei \"ja\"");
    }

    #[test]
    fn guesses_the_separator() {
        assert_eq!(read_csv("a,b\n1,2")[1].cells, vec!["1", "2"]);
        assert_eq!(read_csv("a\tb\n1\t2")[1].cells, vec!["1", "2"]);
    }

    #[test]
    fn formula_cells_are_made_safe_on_the_way_out() {
        assert_eq!(safe_cell("=1+2"), "'=1+2");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("-cmd"), "'-cmd");
        assert_eq!(safe_cell("gewoon"), "gewoon");
        assert_eq!(
            csv_line(&["a;b".into(), "c".into()]),
            "\"a;b\";c\r\n".to_string()
        );
    }
}
