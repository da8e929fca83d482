/**
 * CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a quote, comma
 * or line break), with a byte-order mark so Excel reads UTF-8 Vietnamese, and with cells
 * that a spreadsheet would run as a formula neutralized.
 */

/** A cell value; lists are joined with "; ". */
export type Cell = string | number | boolean | null | undefined | readonly string[];

// OWASP's list: a cell starting with these is a formula (or becomes one) in Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralized (a leading single quote) and quoted as needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : value.join('; ');
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: header row, rows, CRLF after every record. */
export function csvFile(header: readonly string[], rows: readonly (readonly Cell[])[], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** The media type of the CSV files. */
export const CSV_TYPE = 'text/csv;charset=utf-8';
