/**
 * Part 三 read from its words and numbers in the order printed, lines aside: each row's label
 * printed whole around its own numbers, part before them and part after, in the form's order. A
 * report whose lines ran together (a page copied as one line, `pdftotext -layout` joined) keeps a
 * single space where each line broke, so a label that wrapped in its cell comes apart around the
 * numbers, and the group's column and the numbering column come between:
 *
 *     （三）不予 属于国家 1. 27 38 15 119 111 53 363 公开 秘密 其他法律 2. 81 113 … 537 行政法规禁 止公开
 *
 * The row-by-row reading cannot tell where one label's rest ends and the next label starts here.
 * This reading looks, around each run of exactly a row's count of numbers, for the words right
 * before it and right after it that spell one row's label whole: its own words, its group's words
 * (`（三）不予` … `公开`) whole among them or not at all, and so the words the form prints over rows
 * (`三、` / `本年` / `度办` / `理结` / `果`, the column beside the outcome rows, wrapped among (一)'s
 * lines), its numbering (`1.`) anywhere, no other row's numbering, and for a label the catalog
 * shortens no further words that name a row. A run
 * is read as a row when every way of reading all such runs, rows in the form's order, gives it that
 * row, where:
 *
 * - the words left between two runs' labels name no row and hold no numbering alone (a label
 *   printed away from its numbers, which could then be any run's);
 * - no label's words reach numbers no run takes (a run of another count, cut or short), whose
 *   label they may be.
 *
 * A row so read is taken when its numbers add up; when its label, printed whole on one side of
 * them, has the row of the form beside it on that side missing (lines lost: the numbers may be
 * that row's), it is not. Nothing is taken when the table's column rules, where they can be
 * checked, fail with the rows taken. Rows the row-by-row reading left unread are filled from it;
 * if a cell that reading did read differs, nothing is taken.
 */
import type { TableRows, TableValue } from '../catalog/types.js';
import { ROW_NUMBERING, ROW_NUMBERING_ALONE } from '../catalog/lexicon.js';
import { diagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { remembered } from '../limits.js';
import type { AroundCut } from '../messages/params.js';
import { matchKey } from '../normalize/matchKey.js';
import type { TokenLine } from '../tokens.js';
import type { TableResult } from './buildTable.js';
import { equationsHold, type RowState } from './crossRows.js';
import { fillUnread, leftOutRows, readWhole } from './fillUnread.js';
import { hanOf } from './labels.js';
import { cellsIn, type PlannedRow, type TablePlan } from './plan.js';
import { groupsAddUp, readsPlainly, SPACED_NUMBERS } from './rowValues.js';

/**
 * A piece of the print: a word (what a space or a cell's edge sets apart: its Chinese characters,
 * the row numbering it opens with, whether it is that numbering alone), a number, or a stop (a
 * mark, digits run together) that no label or run reaches across.
 */
type Word = { kind: 'word'; raw: string; key: string; han: string; numbering: string | null; alone: boolean; line: number };
type Piece = Word | { kind: 'number'; value: number; line: number } | { kind: 'stop' };

/**
 * The most words on each side of a run of numbers that may be its label's: a label one character a
 * line in a narrow column (`不予公 属` / `开 于` / `三` / `类` / … / `息`, 5.属于三类内部事务信息) has as
 * many words as characters, its group's pieces among them.
 */
const MOST_WORDS = 20;
/** Runs of numbers past this many per row of the form are no table printed so (and bound the work). */
const MOST_RUNS_PER_ROW = 4;

/** A plain count: digits, no leading zero, within 2^53. */
const COUNT = /^(?:0|[1-9]\d{0,14})$/;

/** What wordOf reads of a word, remembered for short words (bounded): words come back row after row, report after report. */
const WORDS = new Map<string, Omit<Word, 'kind' | 'raw' | 'line'>>();
const WORDS_KEPT = 4096;
const LONGEST_KEPT = 64;

/** A word as printed, its Chinese characters and numbering read. */
function wordOf(raw: string, line: number): Word {
  const readWord = (): Omit<Word, 'kind' | 'raw' | 'line'> => {
    const key = matchKey(raw);
    return { key, han: hanOf(key), numbering: ROW_NUMBERING.exec(key)?.[0] ?? null, alone: ROW_NUMBERING_ALONE.test(key) };
  };
  return { kind: 'word', raw, ...(raw.length > LONGEST_KEPT ? readWord() : remembered(WORDS, raw, WORDS_KEPT, readWord)), line };
}

/** The pieces of each region once a plan: this reading and formOrder.ts read the same region. */
const PIECES = new WeakMap<readonly TokenLine[], Map<TablePlan, readonly Piece[]>>();

/**
 * The region's pieces in the order printed. A text cell comes apart at its spaces; digits a space
 * apart are numbers (digits run together could be cut several ways: a stop).
 */
export function piecesOf(lines: readonly TokenLine[], plan: TablePlan): readonly Piece[] {
  const byPlan = PIECES.get(lines) ?? new Map<TablePlan, readonly Piece[]>();
  PIECES.set(lines, byPlan);
  const known = byPlan.get(plan);
  if (known !== undefined) return known;
  const pieces = readPieces(lines, plan);
  byPlan.set(plan, pieces);
  return pieces;
}

function readPieces(lines: readonly TokenLine[], plan: TablePlan): Piece[] {
  const column = plan.rows[0]?.spec.columns[0];
  const out: Piece[] = [];
  for (const tokenLine of lines) {
    for (const cell of tokenLine.cells) {
      if (cell.kind === 'empty') continue;
      // A placeholder in words (`无`, a cell that prints none): a label's word as well (`4.` / `无` / `正` /
      // `当`, 4.无正当理由… one character a line).
      if (cell.kind === 'text' || (cell.kind === 'placeholder' && /\p{Script=Han}/u.test(cell.raw))) {
        for (const part of cell.raw.split(/\s+/)) {
          if (part === '') continue;
          if (COUNT.test(part)) out.push({ kind: 'number', value: Number(part), line: cell.line });
          else out.push(wordOf(part, cell.line));
        }
        continue;
      }
      // Digits a space apart, and numbers a single space apart that read as one in thousands (`24 239`):
      // as many numbers (`3 179 16 0 17    24 239`, a row's last two cells printed so; plain
      // pdftotext's `196 535`, a line's two cells). The form-order reading counts them so too.
      if (cell.kind === 'digits' || (cell.kind === 'number' && SPACED_NUMBERS.test(cell.raw.trim()))) {
        const parts = cell.raw.trim().split(' ');
        if (parts.every((p) => COUNT.test(p))) for (const p of parts) out.push({ kind: 'number', value: Number(p), line: cell.line });
        else out.push({ kind: 'stop' });
        continue;
      }
      if (cell.kind === 'number' && column !== undefined && readsPlainly(cell, column) && COUNT.test(cell.raw.trim())) {
        out.push({ kind: 'number', value: cell.value, line: cell.line });
        continue;
      }
      out.push({ kind: 'stop' });
    }
  }
  return out;
}

/** A run of numbers, and where it lies among the pieces. */
interface Run {
  from: number;
  to: number;
  values: number[];
  line: number;
  /** The number printed as one that the run reads as two cells run together (cutOnce), and the two. */
  cut?: AroundCut;
  /** Words amid its numbers (splitRun): where they stand among the pieces; none for a run unbroken. */
  inner?: { from: number; to: number; ordered: boolean };
  /** Where a numbering alone among its numbers stood (runsOf), by piece index. */
  numberings?: number[];
}

function runsOf(pieces: readonly Piece[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  pieces.forEach((piece, i) => {
    // A numbering alone among numbers (`69 3. 102 52 …`: its column printed beside the row's middle line) leaves the run whole.
    if (piece.kind === 'word' && piece.alone && current !== null && pieces[i + 1]?.kind === 'number') {
      (current.numberings ??= []).push(i);
      return;
    }
    if (piece.kind !== 'number') {
      current = null;
      return;
    }
    if (current === null) {
      current = { from: i, to: i + 1, values: [], line: piece.line };
      runs.push(current);
    }
    current.values.push(piece.value);
    current.to = i + 1;
  });
  return runs;
}

/**
 * A run one number short of a row's count whose numbers add up, in the row's sums, in exactly one
 * way with one of them cut in two (`2 11 14 10 21 29883046`: two cells run together, 2988 and 3046):
 * the run so cut; else none.
 */
function cutOnce(run: Run, words: PlanWords): Run[] {
  const groups = words.sums.get(run.values.length + 1);
  if (groups === undefined || groups === null) return [];
  const found: Array<{ values: number[]; cut: AroundCut }> = [];
  run.values.forEach((v, i) => {
    const digits = String(v);
    for (let k = 1; k < digits.length; k++) {
      const second = digits.slice(k);
      if (second.length > 1 && second.startsWith('0')) continue;
      const read: [number, number] = [Number(digits.slice(0, k)), Number(second)];
      const values = [...run.values.slice(0, i), ...read, ...run.values.slice(i + 1)];
      if (groupsAddUp(values, groups)) found.push({ values, cut: { printed: digits, read } });
    }
  });
  const [only] = found;
  return found.length === 1 && only !== undefined ? [{ ...run, values: only.values, cut: only.cut }] : [];
}

/**
 * A run of no row's count that went on past a numbering alone (`0 336` / `（七） 549 … 9767`: the
 * last two of (六)'s, then （七）总计's seven): the runs each side of the numbering, which then opens
 * the words before the second. A run of a row's count stays whole (`69 3. 102 52 …`).
 */
function atNumberings(run: Run, pieces: readonly Piece[], widths: ReadonlySet<number>): Run[] {
  if (widths.has(run.values.length) || run.numberings === undefined) return [run];
  const out: Run[] = [];
  let from = run.from;
  let taken = 0;
  for (const at of [...run.numberings, run.to]) {
    // The pieces from `from` to the numbering are numbers.
    const values = run.values.slice(taken, taken + at - from);
    const first = pieces[from];
    if (values.length > 0 && first?.kind === 'number') out.push({ from, to: at, values, line: first.line });
    taken += values.length;
    from = at + 1;
  }
  return out;
}

/**
 * Two runs that are one row's numbers split by its label's second line (`（六） 300 0 30 0 6` /
 * `其他处理  0  336`, pdftotext -layout): on lines one after the other, a word or two between them,
 * together a row's count and neither alone. The run whole, the words amid it; else none.
 *
 * Which columns the second line's numbers stand in, the print does not say: a cell drawn lower
 * than its row's others goes to the next line wherever its column is, and the row's sums hold in
 * any order but its last cell's. Only a second line of one number, the row's last cell, which its
 * sums confirm, gives the cells their order (`ordered`); a run that is not is read to place its
 * label among the others, and its cells are not read.
 */
function splitRun(first: Run, second: Run | undefined, pieces: readonly Piece[], widths: ReadonlySet<number>): Run[] {
  if (second === undefined || widths.has(second.values.length) || !widths.has(first.values.length + second.values.length)) return [];
  const between = pieces.slice(first.to, second.from);
  if (between.length === 0 || between.length > 2 || !between.every((p) => p.kind === 'word')) return [];
  const last = pieces[first.to - 1];
  const next = pieces[second.from];
  if (last?.kind !== 'number' || next?.kind !== 'number' || next.line !== last.line + 1) return [];
  return [{ from: first.from, to: second.to, values: [...first.values, ...second.values], line: first.line, inner: { from: first.to, to: second.from, ordered: second.values.length === 1 } }];
}

/** What of a row's label its words must spell: its own words (with its note, or past a shortened label's end), its group's words allowed among them. */
interface Spelling {
  own: string;
  note: string;
  group: string;
  shortened: boolean;
  /** The words the form prints past a shortened label's end (RowSpec.rest); '' when not known. */
  rest: string;
  /** The numberings its words may open with: its own (`1.`), its group's (`（三）`). */
  numberings: ReadonlySet<string>;
  /** Its own numbering, which its words must print when its own words are a column's header too (`3.其他`, `（七）总计`); else null. */
  numbered: string | null;
  /** The group's words, when the row stands for its group printed as one row (the 2019 form's `（六）其他处理`); else null. */
  asGroup: string | null;
  /** Words the form prints over rows (TableSpec.printedWords: `三、本年度办理结果`), each as its Chinese characters: pieces of them may stand among a label's. */
  over: readonly string[];
  /** The most characters of those words a label's words may hold (the longest). */
  overMost: number;
  /** Its own numbering where it is Chinese (`一、`, `（七）`), which may be printed alone anywhere among its words (its own column); else null. */
  numbering: string | null;
  /** Its own words without that numbering (`own` where there is none). */
  bare: string;
}

const spellingOf = (row: PlannedRow, plan: TablePlan, overKeys: readonly string[]): Spelling => {
  const grouped = row.topLabel !== row.spec.label;
  const groupKey = grouped ? matchKey(row.topLabel) : '';
  const numberings = new Set<string>();
  if (row.numbering !== null) numberings.add(row.numbering);
  const groupNumbering = ROW_NUMBERING.exec(groupKey)?.[0];
  if (groupNumbering !== undefined) numberings.add(groupNumbering);
  const own = hanOf(row.ownKey);
  const asGroup = plan.table.oneRowGroups.some((g) => g.row === row.path) ? hanOf(groupKey) : null;
  const over = overKeys.map(hanOf);
  // Their numbering (`三、`) is no other row's.
  for (const key of overKeys) {
    const numbering = ROW_NUMBERING.exec(key)?.[0];
    if (numbering !== undefined) numberings.add(numbering);
  }
  const chinese = row.numbering !== null && hanOf(row.numbering) !== '' && row.ownKey.startsWith(row.numbering) ? row.numbering : null;
  const bare = chinese === null ? own : hanOf(row.ownKey.slice(chinese.length));
  return { own, note: hanOf(row.noteKey), group: hanOf(groupKey), shortened: row.shortened, rest: hanOf(row.restKey), numberings, numbered: plan.isHeaderWord(own) ? row.numbering : null, asGroup, over, overMost: Math.max(0, ...over.map((w) => w.length)), numbering: chinese, bare };
};

/** What the reading takes from a plan, made once: its rows' spellings, the words printed over rows, each row count's sums. */
interface PlanWords {
  spellings: ReadonlyMap<PlannedRow, Spelling>;
  over: readonly string[];
  /** The sums of the rows of each count of cells (with arithmetic), where they all have the same; else null. */
  sums: ReadonlyMap<number, readonly number[] | null>;
}

const PLAN_WORDS = new WeakMap<TablePlan, PlanWords>();

function planWords(plan: TablePlan): PlanWords {
  const known = PLAN_WORDS.get(plan);
  if (known !== undefined) return known;
  // Words over rows that are a shortened label's rest (`、行政机关不再处理其政府信息公开申请`) are that row's.
  const overKeys = plan.laterWords.filter((w) => hanOf(w).length >= 2 && !plan.rows.some((r) => r.restKey !== '' && hanOf(r.restKey) === hanOf(w)));
  const rows = plan.rows.filter((r) => r.sumGroups.length > 0);
  const sums = new Map<number, readonly number[] | null>();
  for (const row of rows) {
    const n = row.spec.columns.length;
    const seen = sums.get(n);
    sums.set(n, seen === undefined || (seen !== null && seen.join() === row.sumGroups.join()) ? row.sumGroups : null);
  }
  const words = { spellings: new Map(rows.map((r) => [r, spellingOf(r, plan, overKeys)] as const)), over: overKeys.map(hanOf), sums };
  PLAN_WORDS.set(plan, words);
  return words;
}

/**
 * Do the words spell the row's label whole: their Chinese characters, the group's label left out
 * (printed whole among them, or in pieces: `（三）不予` … `公开`), the row's own words exactly (its
 * note after them, whole or its start, or for a shortened label, the rest of its words, whole or
 * their start, where known, else more words after them that name no row)? A row that stands for
 * its group printed as one row is spelled by the group's label too. A word that opens with another
 * row's numbering (`3.其他`) starts that row's label, not this one's; its own Chinese numbering
 * (`一、`) may stand alone anywhere among them. The words printed over rows are looked for among
 * them only when `overNear` (a piece of them is near the numbers).
 */
function spells(words: readonly Word[], s: Spelling, namesRow: (key: string) => boolean, overNear = true): boolean {
  if (words.some((w) => w.numbering !== null && !s.numberings.has(w.numbering))) return false;
  const hans = words.map((w) => w.han).filter((h) => h !== '');
  // The group printed as one row, its label alone (`（六）其他处理`, or in pieces).
  if (s.asGroup !== null && s.asGroup !== '' && hans.join('') === s.asGroup) return true;
  if (s.numbered !== null && !words.some((w) => w.numbering === s.numbered)) return false;
  const total = hans.reduce((n, h) => n + h.length, 0);
  if (total < s.bare.length || (!s.shortened && total > s.own.length + s.note.length + s.group.length + (overNear ? s.overMost : 0))) return false;
  // Its Chinese numbering alone anywhere among them (`本年新收政` / `一、` / `府信息公开`: the numbering's
  // own column beside the label's middle line), its words then without it.
  const ways: Array<[readonly string[], string]> = [[hans, s.own]];
  const numbering = s.numbering;
  if (numbering !== null && words.some((w) => w.alone && w.numbering === numbering)) {
    ways.push([words.filter((w) => !(w.alone && w.numbering === numbering)).map((w) => w.han).filter((h) => h !== ''), s.bare]);
  }
  for (const [chars, own] of ways) {
    if (spellsOwn(chars, own, s, namesRow)) return true;
    if (overNear) for (const word of s.over) for (const without of leftOut(chars, word)) if (spellsOwn(without, own, s, namesRow)) return true;
  }
  return false;
}

/** The most ways leftOut gives, and the most steps it takes to find them. */
const MOST_LEFT_OUT = 64;
const MOST_LEFT_OUT_STEPS = 2048;

/**
 * Each way to leave out of `hans` words that, in order, make `whole` exactly (`三` / `不予` / `公开` of
 * （三）不予公开 among `其` / `他` / … / `公` / `开`; `三` / `本年` / `度办` / `理结` / `果` of 三、本年度办理结果,
 * the column beside the outcome rows wrapped among a label's lines): what is left each time. The
 * group's words, or those printed over rows, are left out whole or not at all: a piece of them
 * alone (`其他`) may be a row's own.
 */
function leftOut(hans: readonly string[], whole: string): string[][] {
  const out: string[][] = [];
  if (whole === '') return out;
  const taken: number[] = [];
  let steps = 0;
  const walk = (at: number, from: number): void => {
    if (at === whole.length) {
      const set = new Set(taken);
      out.push(hans.filter((_, i) => !set.has(i)));
      return;
    }
    for (let j = from; j < hans.length && out.length < MOST_LEFT_OUT && ++steps <= MOST_LEFT_OUT_STEPS; j++) {
      const h = hans[j] ?? '';
      if (h === '' || !whole.startsWith(h, at)) continue;
      taken.push(j);
      walk(at + h.length, j + 1);
      taken.pop();
    }
  };
  walk(0, 0);
  return out;
}

/**
 * Does a word hold only a piece of one of the words printed over rows, two characters at least (one
 * alone, `三` of `（三）`, is any group's numbering)?
 */
const overPiece = (han: string, over: readonly string[]): boolean => han.length >= 2 && over.some((word) => word.includes(han));

/** spells, for the words' Chinese characters (those printed over rows left out), the row's own words `own`. */
function spellsOwn(hans: readonly string[], own: string, s: Spelling, namesRow: (key: string) => boolean): boolean {
  for (const candidate of [hans, ...leftOut(hans, s.group)]) {
    const rest = candidate.join('');
    // Its note may be cut short (its rest printed after a page's running head, or lost).
    if (rest === own || (s.note !== '' && rest.startsWith(own) && (own + s.note).startsWith(rest))) return true;
    // Past a shortened label's end: its known rest, whole or its start (a line of it lost), else words that name no row.
    if (s.shortened && rest.startsWith(own) && (s.rest === '' ? !namesRow(rest.slice(own.length)) : s.rest.startsWith(rest.slice(own.length)))) return true;
  }
  return false;
}

/** The rows of the table (with arithmetic) whose label these words, in order, spell (spells): one, or none, for a label as printed. */
export function spelledRows(words: readonly string[], plan: TablePlan): PlannedRow[] {
  const pieces = words.map((w) => wordOf(w, 0));
  return [...planWords(plan).spellings].filter(([, spelling]) => spells(pieces, spelling, (key) => keyNamesRow(key, plan))).map(([row]) => row);
}

/** The words from `from` on, going `step`, up to a number or a stop: where a run's label may lie. */
function wordsFrom(pieces: readonly Piece[], from: number, step: 1 | -1): Word[] {
  const out: Word[] = [];
  for (let i = from; i >= 0 && i < pieces.length && out.length < MOST_WORDS; i += step) {
    const piece = pieces[i];
    if (piece?.kind !== 'word') break;
    out.push(piece);
  }
  return step === 1 ? out : out.reverse();
}

/** A way to read a run: the row whose label the `head` words before it and the `tail` words after it spell. */
interface Option {
  row: PlannedRow;
  head: number;
  tail: number;
  /** Of the `tail` words, those past the run's last number (the rest stand amid its numbers). */
  past: number;
}

/** The most ways to read one run that are looked at: past it, the run is no row's label printed around it. */
const MOST_OPTIONS = 64;

/** The rows (of the run's count of cells, with arithmetic) the words around a run may spell, and how many words on each side. */
function optionsOf(pieces: readonly Piece[], run: Run, words: PlanWords, plan: TablePlan): Option[] {
  const before = wordsFrom(pieces, run.from - 1, -1);
  // Words amid its numbers are its label's, first of those after them.
  const inner = run.inner === undefined ? [] : pieces.slice(run.inner.from, run.inner.to).filter(isWord);
  const after = [...inner, ...wordsFrom(pieces, run.to, 1)];
  /** The characters of the last `head` words before the run, and of the first `tail` after it. */
  const headChars = charsOutward(before, -1);
  const tailChars = charsOutward(after, 1);
  const out: Option[] = [];
  // Words printed over rows may stand among the label's only where a piece of them is near.
  const { over } = words;
  const overNear = over.length > 0 && (before.some((w) => overPiece(w.han, over)) || after.some((w) => overPiece(w.han, over)));
  for (const [row, spelling] of words.spellings) {
    if (row.spec.columns.length !== run.values.length) continue;
    // What spells would refuse at once, not asked: words reaching past one with another row's
    // numbering (refused however many more are taken), and too few or too many characters (more
    // words after the run only add characters). The group's label alone is its own length.
    const heads = ownNumberings(before, -1, spelling);
    const tails = ownNumberings(after, 1, spelling);
    const group = spelling.asGroup !== null && spelling.asGroup !== '' ? spelling.asGroup.length : -1;
    const most = spelling.shortened ? Infinity : spelling.own.length + spelling.note.length + spelling.group.length + (overNear ? spelling.overMost : 0);
    for (let head = 0; head <= heads; head++) {
      // More words before only add characters: past the most, no more heads spell it.
      const headOnly = headChars[head] ?? 0;
      if (headOnly > most && headOnly > group) break;
      for (let tail = inner.length; tail <= tails; tail++) {
        const total = (headChars[head] ?? 0) + (tailChars[tail] ?? 0);
        if (total > most && total > group) break;
        if (total < spelling.bare.length && total !== group) continue;
        if (!spells([...before.slice(before.length - head), ...after.slice(0, tail)], spelling, (key) => keyNamesRow(key, plan), overNear)) continue;
        out.push({ row, head, tail, past: tail - inner.length });
        if (out.length > MOST_OPTIONS) return [];
      }
    }
  }
  return out;
}

/** Characters of the words nearest the run, taking 0, 1, 2… of them (`step` -1: the words end at the run). */
function charsOutward(words: readonly Word[], step: 1 | -1): number[] {
  const out = [0];
  for (let k = 1; k <= words.length; k++) out.push((out[k - 1] ?? 0) + (words[step === 1 ? k - 1 : words.length - k]?.han.length ?? 0));
  return out;
}

/** How many of the words nearest the run may be taken before one opens with a numbering not the row's (spells refuses that). */
function ownNumberings(words: readonly Word[], step: 1 | -1, spelling: Spelling): number {
  for (let k = 1; k <= words.length; k++) {
    const numbering = words[step === 1 ? k - 1 : words.length - k]?.numbering ?? null;
    if (numbering !== null && !spelling.numberings.has(numbering)) return k - 1;
  }
  return words.length;
}

/**
 * Words that name a row of the table, left between the labels read: a label printed away from its
 * numbers, which may then be any run's, or a row's numbering alone. Before the first run only, the
 * column headers (`其他`, `总计`, which are also rows' labels) name no row: among the rows, `其他`
 * alone is 3.其他's label.
 */
function namesRow(words: readonly Word[], plan: TablePlan, headers: boolean): boolean {
  let stretch = '';
  for (const w of words) {
    // A row's numbering alone (`3.`): the rest of its label is elsewhere, or these words are it.
    if (w.alone) return true;
    if (!headers || !plan.isHeaderWord(w.key)) {
      stretch += w.key;
      continue;
    }
    if (keyNamesRow(stretch, plan)) return true;
    stretch = '';
  }
  return keyNamesRow(stretch, plan);
}

/** Does a row's pattern find its words in the key? */
function keyNamesRow(key: string, plan: TablePlan): boolean {
  if (key === '') return false;
  return plan.rows.some((row) => {
    row.pattern.lastIndex = 0;
    const hit = row.pattern.test(key);
    row.pattern.lastIndex = 0;
    return hit;
  });
}

/** The rows read: each its values, the line its numbers start on, and the words its label was spelled from. */
interface AroundReading {
  rows: Map<PlannedRow, AroundRow>;
}

/** A row a run's words name: its numbers, whether they add up, and the words its label was spelled from. */
interface AroundRow {
  values: number[];
  /** Two of its cells printed run together, read cut (cutOnce); null for none. */
  cut: AroundCut | null;
  addsUp: boolean;
  line: number;
  before: string;
  after: string;
  /** Its label's words, as far as any reading takes them, all stand before its numbers (`before`), or all after them (`after`). */
  ownBefore: boolean;
  ownAfter: boolean;
}

const isWord = (p: Piece): p is Word => p.kind === 'word';
const wordsText = (pieces: readonly Piece[]): string => pieces.filter(isWord).map((p) => p.raw).join(' ');

/**
 * The table's rows read from the words around their numbers (the module's rules), or null when
 * the print does not read so. Each run of a row's count of numbers whose words around it may spell
 * a row's label takes one such reading; the readings of neighbouring runs share the words between
 * them, the one's rest first, then the other's start, with nothing between them that names a row
 * of the table. A run is read as a row when every way of reading all runs so, rows in the form's
 * order, gives it that row.
 */
export function readAround(lines: readonly TokenLine[], plan: TablePlan): AroundReading | null {
  const pieces = piecesOf(lines, plan);
  const widths = new Set(plan.rows.map((r) => r.spec.columns.length));
  const found = runsOf(pieces).flatMap((r) => atNumberings(r, pieces, widths));
  const words = planWords(plan);
  const candidates = found.flatMap((r, i) => (widths.has(r.values.length) ? [r] : [...cutOnce(r, words), ...splitRun(r, found[i + 1], pieces, widths)]));
  if (candidates.length === 0 || candidates.length > MOST_RUNS_PER_ROW * plan.rows.length) return null;
  const runs: Array<{ run: Run; options: Option[] }> = [];
  for (const run of candidates) {
    const options = optionsOf(pieces, run, words, plan);
    if (options.length > 0) runs.push({ run, options });
  }
  if (runs.length === 0) return null;
  /** Are the words from `from` to `to` free of any row's label? */
  const free = new Map<string, boolean>();
  const noLabel = (from: number, to: number): boolean => {
    const key = `${from}:${to}`;
    let ok = free.get(key);
    if (ok === undefined) {
      ok = from > to || !namesRow(pieces.slice(from, to).filter(isWord), plan, from === 0);
      free.set(key, ok);
    }
    return ok;
  };
  // A label's words that reach numbers no row here takes (a run of another count) may be theirs.
  const touches = (at: number): boolean => pieces[at] !== undefined && pieces[at]?.kind !== 'word';
  const link = (a: number, p: Option, b: number, o: Option): boolean => {
    const left = runs[a]?.run;
    const right = runs[b]?.run;
    if (left === undefined || right === undefined || p.row.index >= o.row.index) return false;
    const end = left.to + p.past;
    const start = right.from - o.head;
    if (end > start) return false;
    if (end < start && ((p.past > 0 && touches(end)) || (o.head > 0 && touches(start - 1)))) return false;
    return noLabel(end, start);
  };
  const last = runs.length - 1;
  const reach = (from: number, step: 1 | -1, ends: (o: Option, run: Run) => boolean): boolean[][] => {
    const out: boolean[][] = runs.map(() => []);
    for (let j = from; j >= 0 && j <= last; j += step) {
      const here = runs[j];
      if (here === undefined) continue;
      here.options.forEach((o, i) => {
        const prior = runs[j - step];
        (out[j] as boolean[])[i] =
          prior === undefined ? ends(o, here.run) : prior.options.some((p, k) => out[j - step]?.[k] === true && (step === 1 ? link(j - 1, p, j, o) : link(j, o, j + 1, p)));
      });
    }
    return out;
  };
  const forward = reach(0, 1, (o, run) => !(o.head > 0 && touches(run.from - o.head - 1)) && noLabel(0, run.from - o.head));
  const backward = reach(last, -1, (o, run) => !(o.past > 0 && touches(run.to + o.past)) && noLabel(run.to + o.past, pieces.length));
  const rows: AroundReading['rows'] = new Map();
  for (const [j, { run, options }] of runs.entries()) {
    const fitting = options.filter((_, i) => forward[j]?.[i] === true && backward[j]?.[i] === true);
    // No way to read every run: the print is not so. Several rows for this run: it is not read.
    if (fitting.length === 0) return null;
    const [first] = fitting;
    if (first === undefined || fitting.some((o) => o.row !== first.row) || run.inner?.ordered === false) continue;
    const group = words.spellings.get(first.row)?.group ?? '';
    /** Do the words hold none of the row's own (only its group's, marks, numberings)? */
    const noneOwn = (from: number, to: number): boolean => pieces.slice(from, to).every((p) => p.kind !== 'word' || p.han === '' || group.includes(p.han));
    const head = Math.max(...fitting.map((o) => o.head));
    const past = Math.max(...fitting.map((o) => o.past));
    const amid = run.inner === undefined ? [] : pieces.slice(run.inner.from, run.inner.to);
    rows.set(first.row, {
      values: run.values,
      cut: run.cut ?? null,
      addsUp: groupsAddUp(run.values, first.row.sumGroups),
      line: run.line,
      before: wordsText(pieces.slice(run.from - head, run.from)),
      after: wordsText([...amid, ...pieces.slice(run.to, run.to + past)]),
      // Words of its label after the numbers in one reading (a note's rest) tie the label to them.
      ownBefore: noneOwn(run.inner?.from ?? run.to, run.inner?.to ?? run.to) && noneOwn(run.to, run.to + past),
      ownAfter: noneOwn(run.from - head, run.from),
    });
  }
  return rows.size === 0 ? null : { rows };
}

/**
 * `read` (part 三 read row by row), its unread rows read from the words around their numbers
 * (readAround), when the column rules hold with them wherever they can be checked and every cell
 * `read` did read agrees; else null, and `read` stands.
 */
export function withWordsAround<Rows extends TableRows>(lines: readonly TokenLine[], plan: TablePlan<Rows>, read: TableResult<TableValue<Rows>>): TableResult<TableValue<Rows>> | null {
  const printed = (row: PlannedRow): ReadonlyArray<unknown> | null => cellsIn(read.table, row);
  if (plan.rows.every((row) => readWhole(read.table, row))) return null;
  const reading = readAround(lines, plan);
  if (reading === null) return null;
  const leftOut = leftOutRows(plan, read.table);
  /** Is the row of the form beside `row` going `step` (rows left out aside) missing: named by no run here, nothing of it read before? */
  const missingBeside = (row: PlannedRow, step: 1 | -1): boolean => {
    for (let i = row.index + step; i >= 0 && i < plan.rows.length; i += step) {
      const other = plan.rows[i];
      if (other === undefined || leftOut.has(other.path)) continue;
      return !reading.rows.has(other) && printed(other)?.some((v) => v !== null) !== true;
    }
    return false;
  };
  // A label printed whole before its numbers, rows of the form after it missing: the numbers may be
  // one of theirs, printed where their label and this row's numbers were lost (likewise after).
  const taken = new Map<PlannedRow, AroundRow>();
  for (const [row, found] of reading.rows) {
    if (!found.addsUp) continue;
    if ((found.ownBefore && missingBeside(row, 1)) || (found.ownAfter && missingBeside(row, -1))) continue;
    taken.set(row, found);
  }
  if (taken.size === 0) return null;
  // The column rules, with the rows read here and the rows read before whole, wherever they can be checked.
  const states = new Map<string, RowState>([...taken].map(([row, found]) => [row.path, { kind: 'known', values: found.values }]));
  const known = new Map<string, RowState>();
  for (const row of plan.rows) {
    const cells = printed(row);
    if (cells?.every((v) => typeof v === 'number')) known.set(row.path, { kind: 'known', values: cells as number[] });
  }
  if (!equationsHold(states, known, plan.columnRules, plan.widest, new Set(states.keys()))) return null;
  // Words the row-by-row reading took for no row's label (`unknown-row`) are these rows' labels now.
  const spelled = new Set<string>();
  for (const { before, after } of taken.values()) for (const w of `${before} ${after}`.split(' ')) if (w !== '') spelled.add(w);
  const stale = (d: PendingDiagnostic): boolean => d.code === 'unknown-row' && String((d.params as { label?: unknown }).label ?? '').split(/\s+/).every((w) => w === '' || spelled.has(w));
  return fillUnread(plan, read, (row) => {
    const found = taken.get(row);
    if (found === undefined) return undefined;
    const params = { row: row.spec.label, read: found.values, before: found.before, after: found.after, cut: found.cut };
    return { values: found.values, line: found.line, note: diagnostic('recovered-pairing', 'recovered-pairing.around', params, row.fullPath, found.line) };
  }, { othersUnread: false, stale });
}
