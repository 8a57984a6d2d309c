/**
 * Text for a spreadsheet cell that a spreadsheet will not run: a value starting with = + - @ or a
 * tab or carriage return would be read as a formula (CSV/formula injection), so it gets a leading
 * apostrophe, which spreadsheets show as text and do not display.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
