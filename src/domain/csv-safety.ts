/**
 * Spreadsheet formula injection: a CSV cell starting with = + - @ (or tab, carriage return) is run as a formula
 * by Excel and LibreOffice. Exports prefix such text cells with an apostrophe (shown as text, not run); imports
 * take that apostrophe off again, so the original value comes back. Numbers are never prefixed.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** For Papa.unparse's escapeFormulae (its default pattern misses cells with a line break). */
export const ESCAPE_FORMULAE = FORMULA_START;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** "'=1+1" → "=1+1": the apostrophe an export added. Other text is returned as it is. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
