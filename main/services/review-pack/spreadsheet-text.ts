// A text cell a spreadsheet would read as a formula (=, +, -, @, or a tab or CR before one) gets a leading quote,
// so customer text opened in Excel or LibreOffice stays text (OWASP's advice for CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
