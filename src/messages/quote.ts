/**
 * How much of the report a message quotes: a short excerpt of any label or cell, and of a list of
 * cells the first few, so that no input can make a message long (a row of 300,000 cells,
 * or a label that is a whole table run into one line, was once quoted whole). Every catalog
 * (en.ts, …) quotes through these; the words around an excerpt (how many more) are the catalog's.
 *
 * The bounds are far above what a report prints (a label is at most ~45 characters, a row 15
 * cells), so an ordinary report's messages are as they were.
 */

/** The longest label (a row's, a column's, a part heading) a message quotes whole. */
const LABEL_CHARACTERS = 80;
/** The longest cell (a mark, a word where a number belongs) a message quotes whole. */
const CELL_CHARACTERS = 40;
/** The longest run of digits a message quotes whole. */
export const DIGITS_CHARACTERS = 80;
/** The most cells of a row a message quotes. */
const QUOTED_CELLS = 20;
/** No message is longer than this (a last net, should a catalog quote something unbounded). */
export const MESSAGE_CHARACTERS = 2000;

/** `text` cut to `max` characters (never inside a surrogate pair), `…` marking the cut. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

export const quoteLabel = (text: string): string => excerpt(text, LABEL_CHARACTERS);
/** A label a message names in passing (a row that is no row of the form): its first 40 characters. */
export const shortLabel = (text: string): string => excerpt(text, 40);

/** A sum or a difference as a message shows it: to six decimal places, so that 0.1 + 0.2 shows as 0.3. */
export const rounded = (x: number): number => Math.round(x * 1e6) / 1e6;
export const quoteCell = (text: string): string => excerpt(text, CELL_CHARACTERS);

/**
 * A run of digits as printed: whole when short, else its start and `length(n)`, the catalog's
 * words for how long it is (`(400 characters)`).
 */
export function quoteDigits(text: string, max: number, length: (characters: number) => string): string {
  return text.length > max ? `${excerpt(text, max)}${length(text.length)}` : text;
}

/** Cells as printed, a blank one as □, at most QUOTED_CELLS of them then `more(n)`, the catalog's words for the rest. */
export function quoteCells(cells: ReadonlyArray<string | null>, more: (n: number) => string): string {
  const shown = cells.slice(0, QUOTED_CELLS).map((c) => (c === null ? '□' : quoteCell(c)));
  return cells.length > QUOTED_CELLS ? `${shown.join(' ')} ${more(cells.length - QUOTED_CELLS)}` : shown.join(' ');
}
