/**
 * A table region's lines → cells. Whatever the layout (tab-separated rows, one cell per line,
 * pipes, markdown, runs of spaces from `pdftotext -layout`), each cell comes out classified as
 * empty, number, placeholder, digits or text, with its source line. Which cells form a row is
 * decided by `tables`, which knows the form.
 */
import type { Cell, Region, TokenLine } from '../tokens.js';
import { LABEL_WITH_DIGITS, MARKDOWN_SEPARATOR, NUMBER, PLACEHOLDER, PLACEHOLDER_HEADERS } from './rules.js';

/** Split one normalised line into the cells it prints, keeping empty cells between separators. */
export function splitCells(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  if (line.trim() === '') return [];
  const trimmed = line.trim();
  if (trimmed.includes('|') && /\|.*\|/.test(trimmed)) {
    if (MARKDOWN_SEPARATOR.test(trimmed)) return [];
    let body = trimmed;
    if (body.startsWith('|')) body = body.slice(1);
    if (body.endsWith('|')) body = body.slice(0, -1);
    return body.split('|');
  }
  return trimmed.split(/ {2,}/);
}

/** Parse a number as printed, or null if the text is not one. */
export function parseNumber(text: string): { value: number; unit?: string } | null {
  const m = NUMBER.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const digits = m[2]!.replace(/[, ]/g, '');
  const value = Number(`${m[1]}${digits}${m[3] ?? ''}`);
  if (!Number.isFinite(value)) return null;
  return m[4] ? { value, unit: m[4] } : { value };
}

/** A lone cell as a list of cells: usually one, several when single spaces separate numbers. */
export function classifyCell(printed: string, line: number): Cell[] {
  const raw = printed.trim();
  if (raw === '') return [{ kind: 'empty', raw, line }];
  const key = raw.normalize('NFKC').trim();
  const number = parseNumber(key);
  if (number) return [{ kind: 'number', raw, line, ...number }];
  if (PLACEHOLDER.test(key)) return [{ kind: 'placeholder', raw, line }];
  if (/^\d+(?: +\d+)+$/.test(key)) return digitGroups(key, raw, line);
  if (PLACEHOLDER_HEADERS.some((p) => p.test(key))) return [{ kind: 'text', raw, line }];
  const glued = LABEL_WITH_DIGITS.exec(key);
  if (glued) {
    const label: Cell = { kind: 'text', raw: glued[1]!.trim(), line };
    return [label, ...digitGroups(glued[2]!, glued[2]!, line)];
  }
  return [{ kind: 'text', raw, line }];
}

/**
 * Digits separated by single spaces: separate cells when every group is a well-formed cell
 * (no leading zero but a lone `0`), one `digits` run otherwise, so that `tables` can recover
 * the cells from the form's arithmetic. A single group is a number, or a `digits` run when it
 * is glued to a label (it may hold several cells).
 */
function digitGroups(key: string, raw: string, line: number): Cell[] {
  const groups = key.trim().split(/ +/);
  const wellFormed = groups.every((g) => g === '0' || !g.startsWith('0'));
  if (groups.length > 1 && wellFormed) return groups.map((g) => ({ kind: 'number', raw: g, value: Number(g), line }));
  return [{ kind: 'digits', raw: raw.trim(), line }];
}

export function tokenizeLine(text: string, line: number): TokenLine {
  const cells = splitCells(text).flatMap((c) => classifyCell(c, line));
  return { line, cells, blank: cells.length === 0 };
}

export function tokenize(region: Region): TokenLine[] {
  return region.lines.map((text, i) => tokenizeLine(text, region.firstLine + i));
}
