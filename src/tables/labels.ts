/**
 * A label as printed → the row of the form it names: the catalog's patterns matched on its
 * matchKey (the row whose words come last wins, so a group label or header words before the row's
 * own words do not count), the label cells where those words are, and the label as messages quote
 * it. A label that runs over lines may name several rows one after another (labelUnits): labels
 * printed apart from their numbers.
 */
import { GROUP_NUMBERING_AT_END, PART_NUMBERING_ALONE, ROW_NUMBERING, ROW_NUMBERING_ALONE, ROW_NUMBERING_ANYWHERE } from '../catalog/lexicon.js';
import { remembered } from '../limits.js';
import { CHINESE, matchKey } from '../normalize/matchKey.js';
import { isNonEmpty, type Cell, type NonEmpty } from '../tokens.js';
import type { PlannedRow, TablePlan } from './plan.js';

/** A row label as printed: its row, the label as messages quote it, and its line. */
export interface RowLabel {
  planned: PlannedRow;
  /** The row's label as printed (from the row's own words on), for messages. */
  label: string;
  /** Line of the row's own label (where the matched words are). */
  line: number;
}

export interface RowMatch {
  readonly row: PlannedRow;
  /** Index into the label's matchKey where the row's words start. */
  readonly start: number;
  readonly end: number;
}

/**
 * The row whose pattern matches last in the label (group labels come first), or null. The row's
 * words start at that row's first match, so a label split over lines is quoted whole.
 */
export function matchRow(key: string, rows: readonly PlannedRow[]): RowMatch | null {
  let best: RowMatch | null = null;
  let bestCount = 0;
  /** Each numbered row's matches, first to last, for interleaved (below), which looks at no other. */
  const spans: RowMatch[] = [];
  for (const row of rows) {
    // exec on the row's own global regex: matchAll would construct a copy of it on every call.
    const re = row.pattern;
    re.lastIndex = 0;
    let start = -1;
    let end = -1;
    let count = 0;
    for (let m = re.exec(key); m !== null; m = re.exec(key)) {
      if (start < 0) start = m.index;
      end = Math.max(end, m.index + m[0].length);
      count++;
      if (m[0] === '') re.lastIndex++;
    }
    re.lastIndex = 0;
    if (end < 0) continue;
    if (row.numbering !== null) spans.push({ row, start, end });
    if (!best || end > best.end || (end === best.end && start < best.start)) {
      best = { row, start, end };
      bestCount = count;
    }
  }
  // A row's words printed again and again (`本年新收本年新收…`, a line of junk): no label of it.
  if (best && bestCount > MOST_REPEATS * best.row.ownMatches) return null;
  return best && !otherNumbering(key, best, rows) && !numberingAfter(key, best, rows) && !interleaved(key, best, spans) && !endsWithAnotherRow(key, best, rows) && !endsWithOtherColumn(key, best, rows) ? best : null;
}

/**
 * Do the words (each a cell's text, in order) stand for one row of the plan's table other than its
 * first, followed by `count` numbers, one or more: part of the table printed past its start? The
 * words name that row (`二、上年结转政府信息公开申请数量`; `（二）部分公开（区分处理的，只计这`, its
 * label cut by a number), or are the start of words the form prints over later rows (`三、本年度`
 * / `办理结果`, TablePlan.laterWords), and no cell of them is a header word or names another
 * row (a group's label aside): a header, or the labels of several rows printed together and then
 * numbers of several columns (as pdfminer prints part 三), is the table from its start.
 */
export function laterLabelOf(words: readonly string[], count: number, plan: TablePlan): boolean {
  if (count < 1 || words.length === 0) return false;
  let named: PlannedRow | null = null;
  for (const word of words) {
    // A page of words (a report run into one line) is no label.
    if (word.length > MOST_LABEL_CHARACTERS) return false;
    const key = matchKey(word);
    if (key === '') continue;
    if (plan.isHeaderWord(key)) return false;
    // A group's label before its row's (`（六）其他处理` / `2.申请人逾期未按收费通知…`).
    if (plan.groupLabels.includes(key)) continue;
    const row = rowNamed(key, plan);
    if (row === null) continue;
    if (named !== null && row !== named) return false;
    named = row;
  }
  const key = matchKey(words.join(''));
  const row = rowNamed(key, plan);
  if (row !== null) return row.index > 0 && (named === null || named === row);
  return named === null && key.length >= 2 && plan.laterWords.some((w) => w.startsWith(key) || key.startsWith(w));
}

/** The most characters a cell of a row's label prints (laterLabelOf): the form's longest label, its note with it, is 28. */
const MOST_LABEL_CHARACTERS = 160;

/**
 * Is the key the label of one of the plan's columns other than its first, and are `count` numbers
 * one for each of its rows: a column of a table printed column by column, past its start?
 */
export function laterColumnOf(key: string, count: number, plan: TablePlan): boolean {
  return count === plan.rows.length && plan.columnLabels.includes(key) && key !== plan.columnLabels[0];
}

/** How many keys rowNamed remembers for a table. */
const NAMED_SIZE = 4096;

/**
 * matchRow's row for a key, remembered (bounded in count, and not for a key longer than any
 * label): the same few words come back row after row, and a line of words cut into pieces
 * (unitShapes) asks of each.
 */
export function rowNamed(key: string, plan: TablePlan): PlannedRow | null {
  const named = (): PlannedRow | null => matchRow(key, plan.rows)?.row ?? null;
  return key.length > MAX_CACHED_LABEL ? named() : remembered(plan.named, key, NAMED_SIZE, named);
}

/** The most times a label may print its row's words: a label printed twice, a cell repeated; more are no label. */
const MOST_REPEATS = 3;


/** The fewest words after a row's numbering that may tell whose label opens there (`2.重复`). */
const LEAST_OPENING = 2;
/**
 * The most words after a numbering that tell a row's label opens there (otherNumbering); also how
 * many of the next row's words a label running on into it prints from their start (wholeThenNext).
 */
export const OPENING_WORDS = 3;
/** After a group's bracketed numeral, one word tells the group (`（六）其`: one group of a table is numbered so). */
const OPENING_WORDS_NUMERAL = 1;

/**
 * How a row's label opens as the form prints it: its numbering and first words, as many as tell it
 * from every other row's words, two at least (`2.重复`, `4.保护`; `1.属于国`, as 属于 opens several
 * rows' words; `1.申请人无`, as 2.申请人逾期… opens with 申请人 too); its whole label when it has no
 * numbering. Found once a row.
 */
const OPENINGS = new WeakMap<PlannedRow, string>();
export function openingOf(row: PlannedRow, rows: readonly PlannedRow[]): string {
  let opening = OPENINGS.get(row);
  if (opening === undefined) {
    const numbering = row.numbering;
    if (numbering === null) opening = row.ownKey;
    else {
      const own = wordsOf(row);
      let n = LEAST_OPENING;
      while (n < own.length && rows.some((r) => r !== row && wordsOf(r).startsWith(own.slice(0, n)))) n++;
      opening = numbering + own.slice(0, n);
    }
    OPENINGS.set(row, opening);
  }
  return opening;
}

/** Each row numbering in a label, in order (ROW_NUMBERING_ANYWHERE, found again and again). */
const NUMBERINGS = new RegExp(ROW_NUMBERING_ANYWHERE.source, 'g');

/**
 * Does the label open as another row does, its numbering and first words (openingOf; a group's
 * words before them aside), and end as the matched row? `1.属于国家` / `止公开` (1.属于国家秘密's
 * start, 2.其他法律行政法规禁止公开's end; the label may hold the first row's words whole,
 * `1.属于国家` / `秘密` / `止公开`), `处 4.无正当理` / `由大量反复` / `理 重新出具已` / `获取信息`
 * (4.'s start, 5.'s end), `2.重复` / `开出版物` (2.重复申请's start, 3.要求提供公开出版物's end),
 * `（六）其` / `）总计` (（六）其他处理's start, （七）总计's end): the lines between them lost, its
 * words are two rows' run together, and the numbers after it may be either's. A numbering alone
 * misprinted (`3. 无正当理由大量反复申请`, LibreOffice renumbering a list) is no sign; nor is
 * another numbering after it, nor one row's label whole and the next's from its start (left to
 * the rules for labels running on: `5.要求行政机关确认或重新` / `（六）其他处理` and its numbers;
 * wholeThenNext). The label's numbering is the first that numbers a row of the table (a group's,
 * `（三）不予公开`, aside), at or before the row's words, or the last of several there (`（四） 2.没有现成`
 * / `2.其他`: 2.其他法律…'s start, no 3.其他).
 */
function otherNumbering(key: string, best: RowMatch, rows: readonly PlannedRow[]): boolean {
  NUMBERINGS.lastIndex = 0;
  try {
    for (let m = NUMBERINGS.exec(key); m !== null && m.index <= best.start; m = NUMBERINGS.exec(key)) {
      const opening = m[0];
      const after = key.slice(m.index + opening.length);
      // Another numbering after it opens another row's label: the rules for labels running on decide.
      // One before the row's words is nearer them: it is the label's (`（四）2.没有现成2.其他`).
      const next = ROW_NUMBERING_ANYWHERE.exec(after);
      if (next !== null && m.index + opening.length + next.index <= best.start && rows.some((row) => row.numbering === next[0])) continue;
      const later = next !== null;
      if (rows.some((row) => row.numbering === opening)) {
        if (best.row.numbering === opening || later) return false;
        // Its words as many as tell the row, three at most (`7.属于行` of 7.属于行政执法案卷, whose
        // first five characters 8.属于行政查询事项 shares but for the numbering), or fewer, the
        // label cut short (`2.其他` / `法律行政法规禁止公开`: 2.其他法律…'s start, not 3.其他).
        const opens = (row: PlannedRow): string => openingOf(row, rows).slice(0, opening.length + OPENING_WORDS);
        const label = opening + after;
        return rows.some((row) => row !== best.row && row.numbering === opening && (label.startsWith(opens(row)) || opens(row).startsWith(label)) && !wholeThenNext(key, row, best.row));
      }
      // A group's numbering and first word (`（六）其`, of （六）其他处理) before a row of another group.
      if (!later && after.length >= OPENING_WORDS_NUMERAL) {
        const opens = opening + after.slice(0, OPENING_WORDS_NUMERAL);
        const group = rows.find((row) => row.groupKey?.startsWith(opens) === true);
        if (group !== undefined && best.row.groupKey !== group.groupKey) return true;
      }
    }
    return false;
  } finally {
    NUMBERINGS.lastIndex = 0;
  }
}

/**
 * Does a later row of the same group's numbering stand after the row's words, opening words (or
 * ending the label): the label the end of one row's and the start of the next's (pdftotext -layout
 * of labels wrapped in a narrow column beside their group's, `止公开` / `危` / `（三 及3.“三安` /
 * `）不予公 全一稳  0 1 … 163`: 2.其他法律行政法规禁止公开's end, 3.危及“三安全一稳定”'s start, whose
 * words the group's pieces cut so that only 2.'s pattern matches). The numbers after it may be
 * either's. A numbering followed by another label's numbering (`1.信访举报投诉类申请 3. （五）`),
 * a numbering misprinted or astray, is no sign.
 */
function numberingAfter(key: string, best: RowMatch, rows: readonly PlannedRow[]): boolean {
  NUMBERINGS.lastIndex = best.end;
  try {
    for (let m = NUMBERINGS.exec(key); m !== null; m = NUMBERINGS.exec(key)) {
      const numbering = m[0];
      const next = key.charAt(m.index + numbering.length);
      if (next !== '' && !OPENS_WORDS.test(next)) continue;
      if (rows.some((row) => row.numbering === numbering && row.index > best.row.index && row.groupKey === best.row.groupKey)) return true;
    }
    return false;
  } finally {
    NUMBERINGS.lastIndex = 0;
  }
}

/** A character that opens a label's words: Chinese, or a quotation mark (`“三安全一稳定”`). */
const OPENS_WORDS = /[\p{Script=Han}“"]/u;

/**
 * Does the label print one row's label whole and then the start of the next's words (`4.无正当理由
 * 大量反复申请 … 要求行政机关确认…`, 5.'s numbering misprinted): a label running on into the next,
 * left to the rules for that, not words of two rows with the lines between them lost (`1.属于国家秘密`
 * / `止公开`: only the end of 2.其他法律行政法规禁止公开's words)?
 */
function wholeThenNext(key: string, first: PlannedRow, next: PlannedRow): boolean {
  const whole = key.indexOf(first.ownKey);
  return whole >= 0 && key.includes(wordsOf(next).slice(0, OPENING_WORDS), whole + first.ownKey.length);
}


/**
 * Are another numbered row's numbering and words printed between the row's own words, its words
 * both before and after them (`补正后申 没有现成 2. 信息需要另 行制作 补正后申`: a label wrapped
 * around its numbers, printed again with the row before's, 2.没有现成信息需要另行制作)? Then the
 * label is two rows' run together, and the numbers after it may be either's: it names neither.
 * (Words alone between, unnumbered part 二 rows' run together, are left to the readings that
 * pair labels and numbers.)
 */
function interleaved(key: string, best: RowMatch, spans: readonly RowMatch[]): boolean {
  return spans.some((s) => {
    if (s.row === best.row || s.row.numbering === null || s.start <= best.start || s.end >= best.end) return false;
    const numbering = key.lastIndexOf(s.row.numbering, s.end);
    return numbering > best.start && numbering < s.end;
  });
}

/** The fewest characters of a column's header that tell it (`本年新制作数量`; not `其他`, `总计`). */
const LEAST_HEADER = 4;

/** The Chinese characters of each column header of a row, found once a row. */
const OWN_HEADERS = new WeakMap<PlannedRow, readonly string[]>();
function headersOf(row: PlannedRow): readonly string[] {
  let headers = OWN_HEADERS.get(row);
  if (headers === undefined) {
    headers = row.spec.columns.map((c) => hanOf(matchKey(c.label)));
    OWN_HEADERS.set(row, headers);
  }
  return headers;
}

/** The column headers of `rows` of LEAST_HEADER characters or more, found once a set of rows. */
const COLUMN_HEADERS = new WeakMap<readonly PlannedRow[], readonly string[]>();
function columnHeaders(rows: readonly PlannedRow[]): readonly string[] {
  let headers = COLUMN_HEADERS.get(rows);
  if (headers === undefined) {
    headers = [...new Set(rows.flatMap(headersOf))].filter((h) => h.length >= LEAST_HEADER);
    COLUMN_HEADERS.set(rows, headers);
  }
  return headers;
}

/**
 * Is the label, after its row's words, the header of one column its row does not have, and nothing
 * else (`政府集中采购 本年 新制 作数 量`: a table printed column by column, each column's header and
 * then its numbers, the label of a row printed right before another small table's column)? Then
 * the numbers after it are that column's, not the row's. (A whole header line after a label, several
 * columns' headers, is the table's header printed after its labels: pairing's to read.)
 */
function endsWithOtherColumn(key: string, match: RowMatch, rows: readonly PlannedRow[]): boolean {
  // matchRow's every label passes here: most end with their row's words, and nothing is found.
  if (key.length - match.end < LEAST_HEADER) return false;
  const tail = hanOf(key.slice(match.end));
  return tail.length >= LEAST_HEADER && columnHeaders(rows).includes(tail) && !headersOf(match.row).includes(tail);
}

/** The shortest start of a row's own words that names it when a label ends with it (`行政规范性`). */
const LEAST_START = 3;
/** The most characters of another row's words a label may end with to name neither row; more are a label of its own. */
const MOST_FOREIGN = 8;
/** A Chinese character: only words tell one label from another (a stray mark or digit may be anywhere). */
const WORDS_ONLY = /^\p{Script=Han}+$/u;
/** Punctuation: quotes, commas and brackets a label's words may print between them. */
const MARKS = /\p{P}/gu;

/** The characters of each row's own words and its group label's, as matchKeys (found once a row). */
const OWN_WORDS = new WeakMap<PlannedRow, ReadonlySet<string>>();

const NOT_HAN = /\P{Script=Han}+/gu;
/** A key's Chinese characters only: marks, spaces and numberings aside, they tell one label from another. */
export const hanOf = (key: string): string => key.replace(NOT_HAN, '');

/** A trie of every run of characters of some labels: each node, the characters that may follow. */
interface PieceNode {
  next: Map<string, PieceNode>;
}

/** The trie of each list of labels (by their words), built once. */
const PIECES = new Map<string, PieceNode>();

/** How many lists of labels PIECES keeps: the tables' few (a form's words, about 1,000 characters, make a trie of 2 MB), not one for each report's words. */
const MOST_PIECE_LISTS = 32;

function piecesOf(labels: readonly string[]): PieceNode {
  const key = labels.join('\u0000');
  let root = PIECES.get(key);
  if (root === undefined) {
    root = { next: new Map() };
    // Every suffix of every label, character by character: its prefixes are every run of the label's characters.
    for (const label of labels)
      for (let i = 0; i < label.length; i++) {
        let node = root;
        for (let j = i; j < label.length; j++) {
          const ch = label.charAt(j);
          let child = node.next.get(ch);
          if (child === undefined) {
            child = { next: new Map() };
            node.next.set(ch, child);
          }
          node = child;
        }
      }
    if (PIECES.size >= MOST_PIECE_LISTS) PIECES.clear();
    PIECES.set(key, root);
  }
  return root;
}

/**
 * Is the text the labels' words, whole or in pieces, one after another, and nothing else
 * (`许可其他对外管理`: the rest of one label and the start of the next)? Each piece is a run of a
 * label's characters. From each place a piece may start, the runs that follow are walked character
 * by character (288,000 characters of `本年新收` take a walk of a few characters from each).
 */
export function inPieces(text: string, labels: readonly string[]): boolean {
  const root = piecesOf(labels);
  const reached = [true, ...Array<boolean>(text.length).fill(false)];
  for (let i = 0; i < text.length; i++) {
    if (!reached[i]) continue;
    let node: PieceNode | undefined = root;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text.charAt(j));
      if (node === undefined) break;
      reached[j + 1] = true;
    }
  }
  return text !== '' && reached[text.length] === true;
}

/**
 * Does the matchKey print a Chinese character that is none of the row's own words nor its group
 * label's? Never for a row the catalog shortens without knowing the rest of its words (RowSpec.rest).
 */
export function otherWordsIn(key: string, row: PlannedRow): boolean {
  if (row.shortened && row.restKey === '') return false;
  let own = OWN_WORDS.get(row);
  if (own === undefined) {
    own = new Set([...row.ownKey, ...row.noteKey, ...row.restKey, ...matchKey(row.topLabel)]);
    OWN_WORDS.set(row, own);
  }
  for (const ch of key) if (CHINESE.test(ch) && !own.has(ch)) return true;
  return false;
}

/** The fewest characters of a shortened label's rest that tell it (withoutRest). */
const LEAST_REST = 4;

/**
 * The words after a row's own with the rest of a label the catalog shortens left out, whole or its
 * start, where the label is cut before its numbers: they are the row's own (`…不补正、` / `理 纳费用、`
 * / `行政机关不再处理其政府` / the numbers: the words between, 2.…缴纳费用's end, are another row's).
 */
function withoutRest(after: string, rest: string): string {
  if (rest === '') return after;
  const whole = after.indexOf(rest);
  if (whole >= 0) return after.slice(0, whole) + after.slice(whole + rest.length);
  // Its start ends the words: only the last rest.length characters are looked at (a label of 80,000 characters is not searched from each).
  for (let p = Math.max(0, after.length - rest.length); p <= after.length - LEAST_REST; p++) if (rest.startsWith(after.slice(p))) return after.slice(0, p);
  return after;
}

/** A row's own words, its numbering aside (`要求行政机关确认…` of `5.要求行政机关确认…`). */
export const wordsOf = (row: PlannedRow): string => (row.numbering === null ? row.ownKey : row.ownKey.slice(row.numbering.length));

/** Does `start` begin another row's own label, short of all of it: with its numbering or without (a numbering misprinted, `4.要求行政机` for 5.)? */
const beginsLabel = (start: string, row: PlannedRow): boolean =>
  (row.ownKey.length > start.length && row.ownKey.startsWith(start)) || (wordsOf(row).length > start.length && wordsOf(row).startsWith(start));

/** The most characters of a group's numbering (`(十一)`, once made a matchKey). */
const MOST_GROUP_NUMBERING = 5;

/**
 * Does the label end, after its row's words, with the start of another row's own words
 * (`规章 行政规范性`, `行政强制 第二十条第（八）项 … 行政事业性`: a report run into one line, the next
 * row's label wrapped around its numbers; `无正当理由大量反复申请 4.要求行政机`, its numbering
 * misprinted as a renumbered list prints it), or with a few words from inside another row's own
 * words that are not its row's (`3.危 及 握相`), or with another group's numbering? Then the
 * numbers after it may be either row's.
 */
function endsWithAnotherRow(key: string, match: RowMatch, rows: readonly PlannedRow[]): boolean {
  // Only the key's last characters can start a row's words: no more of them than the longest
  // row's (a label of 50,000 characters is not searched from each).
  const longest = rows.reduce((n, row) => Math.max(n, row.ownKey.length), 0);
  // Or with another group's numbering, its bracket maybe unclosed (`取信息 （六`, of （六）其他处理
  // wrapped in its narrow column, on the line of its numbers).
  // (A numbering of a few characters: only the key's last ones are looked at.)
  const opening = GROUP_NUMBERING_AT_END.exec(key.slice(Math.max(match.end, key.length - MOST_GROUP_NUMBERING)))?.[0];
  if (opening !== undefined && rows.some((row) => row.groupKey !== null && row.groupKey !== match.row.groupKey && row.groupKey.startsWith(opening))) return true;
  for (let from = Math.max(match.end, key.length - longest); from <= key.length - LEAST_START; from++) {
    const start = key.slice(from);
    if (rows.some((row) => row !== match.row && beginsLabel(start, row))) return true;
  }
  // Or, right after the row's words, another row's numbering and opening, whatever follows (`）不予处
  // 出版物4.无正` / `理 当理由` / `大量反`: 3.要求提供公开出版物's end beside 4.无正当理由…'s start,
  // its group's 理 among 4.'s words, and 4.'s words cut short of its pattern).
  const next = key.slice(match.end);
  if (rows.some((row) => row !== match.row && row.numbering !== null && next.startsWith(openingOf(row, rows)))) return true;
  // Or with a few words that end inside another row's own words, none of its row's nor its
  // group's (`3.危 及 握相` on 1.本机关不掌握相关政府信息's line of numbers, the lines between lost;
  // `（二）部分公开（区分处理 供 息需要另行制` on 2.没有现成信息需要另行制作's, 供 left of 无法提供),
  // past the start of the row's bracketed note. Words that start a row's own are the loop's
  // above, from three characters on (`规章 行政` is 规章).
  const after = withoutRest(key.slice(match.end), match.row.restKey);
  // Past the note, which may follow other words (`（二）部分公开 度办 （区分处理的，`: the column
  // of 三、本年度办理结果 printed between the row's words and its note).
  const note = match.row.noteKey.length >= 2 ? after.indexOf(match.row.noteKey.slice(0, 2)) : -1;
  const tail = note < 0 ? after : after.slice(note + sharedStart(after.slice(note), match.row.noteKey));
  // Marks among the words are no sign (`安全一稳定”`, the end of 3.危及“三安全一稳定”).
  const words = tail.replace(MARKS, '');
  if (words.length < 2 || words.length > MOST_FOREIGN || !WORDS_ONLY.test(words) || !otherWordsIn(tail, match.row)) return false;
  const others = rows.filter((row) => row !== match.row);
  // An end inside another row's words is no longer than they are (`规章` then 24,000 marks is not searched from each).
  for (let from = Math.max(0, tail.length - longest); from <= tail.length - 2; from++) {
    const end = tail.slice(from);
    if (otherWordsIn(end, match.row) && !others.some((row) => row.ownKey.startsWith(end)) && others.some((row) => row.ownKey.includes(end))) return true;
  }
  return false;
}

/** How many characters two texts share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The length of each label cell's matchKey: where each cell's words sit in the label's key. */
const keyLengths = (labelCells: readonly Cell[]): number[] => labelCells.map((c) => matchKey(c.raw).length);

/** Index of the label cell holding key position `at`, given each cell's key length. */
function cellAt(keyLengths: readonly number[], at: number): number {
  let seen = 0;
  let i = 0;
  for (const length of keyLengths) {
    seen += length;
    if (at < seen) return i;
    i++;
  }
  return keyLengths.length - 1;
}

/** The label cells where the match's words start and end. A one-cell label needs no key lengths. */
function matchedCells(label: Label, match: RowMatch): { first: number; last: number } {
  if (label.length === 1) return { first: 0, last: 0 };
  const lengths = keyLengths(label);
  return { first: cellAt(lengths, match.start), last: cellAt(lengths, match.end - 1) };
}

/**
 * The cells of a label: the text cells before a row's values, as many as there are (at least one).
 * A label runs over cells and lines: `(三) 不予 公开⇥1.属于国家秘密`, or a label split over lines.
 */
export type Label = NonEmpty<Cell>;

export const isLabel: (cells: readonly Cell[]) => cells is Label = isNonEmpty;

/** The label's cell `i`, an index matchedCells gave (so one of its cells). */
export const cellOf = (label: Label, i: number): Cell => label[i] ?? label[0];

/** The label's last cell: the one the values follow. */
export const lastOf = (label: Label): Cell => cellOf(label, label.length - 1);

/**
 * The row's own label as printed: the label's cells from `first` on (header words and the group
 * label before it are left out). The row's line is that of cell `first`.
 */
export function ownLabel(label: Label, first: number): string {
  let text = cellOf(label, first).raw.trim();
  for (let i = first + 1; i < label.length; i++) text += ' ' + cellOf(label, i).raw.trim();
  return text;
}

/** The label's cells as one text, as printed (what its matchKey is taken of). */
export function labelText(label: Label): string {
  if (label.length === 1) return label[0].raw;
  let text = '';
  for (const c of label) text += c.raw;
  return text;
}

/** A label's row, and the label cells where the row's words start and end (see matchedCells). */
export interface LabelMatch {
  readonly match: RowMatch | null;
  readonly first: number;
  readonly last: number;
}

const MATCH_CACHE_SIZE = 4096;
/**
 * Longer labels are not remembered: a form's labels are short, and a crawled page may run a whole
 * table into one label of hundreds of thousands of characters, which 4,096 entries would keep.
 */
const MAX_CACHED_LABEL = 256;

/**
 * matchRow for a label as printed, with matchedCells. Remembered (bounded in count and length)
 * by the cells' texts: the same labels come back in most reports, and then need neither matchKey,
 * the patterns nor the cells' key lengths.
 */
export function matchLabel(label: Label, plan: TablePlan): LabelMatch {
  const cellTexts = labelKey(label);
  const find = (): LabelMatch => {
    const match = matchRow(matchKey(labelText(label)), plan.rows);
    return { match, ...(match ? matchedCells(label, match) : { first: 0, last: 0 }) };
  };
  return cellTexts === null ? find() : remembered(plan.labels, cellTexts, MATCH_CACHE_SIZE, find);
}

/**
 * The label's cell texts with a line break between cells, which tells where each cell ends: a
 * cell never holds one (lines are split at it). Null for a cell that does (built by hand), and
 * for a label too long to remember.
 */
function labelKey(label: Label): string | null {
  let key = label[0].raw;
  if (key.includes('\n')) return null;
  for (let i = 1, cell = label[1]; cell !== undefined; cell = label[++i]) {
    const raw = cell.raw;
    if (raw.includes('\n')) return null;
    key += '\n' + raw;
    if (key.length > MAX_CACHED_LABEL) return null; // not remembered
  }
  return key.length > MAX_CACHED_LABEL ? null : key;
}


/** Where a label's rows are, by cell index: the cells of each from `start` on, its words from `first` on. */
export interface UnitShape {
  readonly start: number;
  readonly first: number;
  readonly row: PlannedRow;
}

/** How many lines after a group label's first line its rest may stand (its first row's lines between). */
const GROUP_REST_REACH = 3;

/** The lines a label's cells stand on: the first cell of each and the one past its last, and its text as printed. */
function labelLines(label: Label): Array<{ start: number; end: number; text: string }> {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let i = 0; i < label.length; ) {
    const line = cellOf(label, i).line;
    let j = i;
    let text = '';
    for (let c = label[j]; c !== undefined && c.line === line; c = label[++j]) text += c.raw;
    lines.push({ start: i, end: j, text });
    i = j;
  }
  return lines;
}

/**
 * The order of the label's cells with each group label's rest moved to right after the line it
 * completes, where a table prints the group's label in a column of its own beside its first
 * row's and plain pdftotext prints the two columns' lines in turn: `（三）不予公` / `1.属于国家秘` /
 * `开` / `密` reads `（三）不予公` `开` / `1.属于国家秘` `密`. Only a line that is exactly the rest of
 * a group label begun on a line of its own is moved, from the next few lines, past a line that
 * opens with a row numbering. Null when none is.
 */
function regroupedOrder(label: Label, plan: TablePlan): number[] | null {
  const lines = labelLines(label);
  const keys = lines.map((line) => matchKey(line.text));
  /** The line moved to right after each line it completes, and the lines so moved. */
  const rests = new Map<number, number>();
  const moved = new Set<number>();
  /** The numbering line moved to right before the first line of the label it opens (numberingAmid). */
  const leads = numberingAmid(keys, plan);
  for (const k of leads.values()) moved.add(k);
  for (let i = 0; plan.groupLabels.length > 0 && i + 2 < lines.length; i++) {
    const key = keys[i] ?? '';
    if (moved.has(i) || key.length < 2 || !ROW_NUMBERING.test(keys[i + 1] ?? '')) continue;
    const group = plan.groupLabels.find((g) => g.length > key.length && g.startsWith(key));
    const rest = group?.slice(key.length);
    if (rest === undefined || keys[i + 1] === rest) continue;
    for (let j = i + 2; j <= i + 1 + GROUP_REST_REACH && j < lines.length; j++) {
      if (keys[j] !== rest || moved.has(j)) continue;
      rests.set(i, j);
      moved.add(j);
      break;
    }
  }
  if (moved.size === 0) return null;
  const order: number[] = [];
  const cellsOf = (k: number): void => {
    const line = lines[k];
    if (line) for (let c = line.start; c < line.end; c++) order.push(c);
  };
  lines.forEach((_, k) => {
    if (moved.has(k)) return;
    const lead = leads.get(k);
    if (lead !== undefined) cellsOf(lead);
    cellsOf(k);
    const rest = rests.get(k);
    if (rest !== undefined) cellsOf(rest);
  });
  return order;
}

/** How many lines of a label's words may stand on each side of its numbering (numberingAmid). */
const AMID_REACH = 3;

/**
 * A row's numbering alone on a line amid its label's lines, as plain pdftotext prints a label
 * wrapped in its cell beside the numbering centred in its own (`上年` / `二、` / `结转政府信息公开申请
 * 数量`, `上年结转政府` / `二、` / `信息公开申请数量`): by the first line of the label's words, the
 * numbering line it goes before. Only where the lines right before the numbering and right after it
 * (no numbering among them) spell, with it first, a row's label as the form prints it, exactly.
 */
function numberingAmid(keys: readonly string[], plan: TablePlan): Map<number, number> {
  const leads = new Map<number, number>();
  let taken = -1;
  for (let k = 1; k + 1 < keys.length; k++) {
    const numbering = keys[k] ?? '';
    if (!ROW_NUMBERING_ALONE.test(numbering)) continue;
    const rows = plan.rows.filter((r) => r.wholeKey.startsWith(numbering));
    if (rows.length === 0) continue;
    search: for (let before = 1; before <= AMID_REACH && k - before > taken; before++) {
      const above = keys.slice(k - before, k);
      if (above.some((key) => ROW_NUMBERING.test(key))) break;
      for (let after = 1; after <= AMID_REACH && k + after < keys.length; after++) {
        const below = keys.slice(k + 1, k + 1 + after);
        if (below.some((key) => ROW_NUMBERING.test(key))) break;
        const words = numbering + above.join('') + below.join('');
        if (rows.some((r) => r.wholeKey === words)) {
          leads.set(k - before, k);
          taken = k + after;
          break search;
        }
      }
    }
  }
  return leads;
}

/** Units of a label found once (labelUnits): the order its cells are read in (regroupedOrder; null: as printed) and the rows' shapes in that order. */
export interface UnitsFound {
  readonly order: readonly number[] | null;
  readonly shapes: readonly UnitShape[];
}

/** The most labels whose units are remembered (labelUnits), and the longest. */
const UNITS_CACHE_SIZE = 4096;

/**
 * The rows a label names one after another, when it runs over lines and they name rows in the
 * form's order: labels printed apart from their numbers (a PDF converter prints the labels of
 * several rows, then their numbers). The label's lines are cut into pieces: a piece starts at a
 * line that opens with a row numbering (`2.`, `（三）`, `四、`), or at a line that names a row on
 * its own after a piece that does; other lines continue the piece before (a label wrapped over
 * lines: `2.重复申` / `请`). A piece naming a later row of the form than the one before starts a
 * new row; one naming the same or an earlier row joins it (its words win, as in matchLabel: a group
 * label `（六）其他处理` before `1.申请人…`, header words before the first row). A piece naming no
 * row joins the row before it (a wrapped label's rest), unless it opens with a row numbering
 * (`（三）不予公开`, `三、本年度办理结果`): then the row after it; at the end of two rows' labels
 * or more, it starts a later row when its words start that row's label, numbering and all (the
 * label cut short, its rest printed after the numbers). Only the rows at the end that follow the
 * form's order count: what comes before them is their header. Empty when the label names fewer
 * than two rows so (then it is one label, matchLabel's).
 */
export function labelUnits(printed: Label, plan: TablePlan): RowLabel[] {
  if (printed[0].line === lastOf(printed).line) return [];
  const key = labelKey(printed);
  const find = (): UnitsFound => {
    const order = regroupedOrder(printed, plan);
    return { order, shapes: unitShapes(reordered(printed, order), plan) };
  };
  const found = key === null ? find() : remembered(plan.units, key, UNITS_CACHE_SIZE, find);
  const label = reordered(printed, found.order);
  const { shapes } = found;
  const units: RowLabel[] = [];
  shapes.forEach(({ first, row }, k) => {
    const end = shapes[k + 1]?.start ?? label.length;
    let text = cellOf(label, first).raw.trim();
    for (let i = first + 1; i < end; i++) text += ' ' + cellOf(label, i).raw.trim();
    units.push({ planned: row, label: text, line: cellOf(label, first).line });
  });
  return units;
}

/** The label's cells in `order` (regroupedOrder), or as printed. */
function reordered(label: Label, order: readonly number[] | null): Label {
  if (order === null) return label;
  const cells = order.map((i) => cellOf(label, i));
  return isNonEmpty(cells) ? cells : label;
}

/** The most words a one-line label is cut into for wordUnits (a page of words is no header). */
const MAX_WORD_UNITS = 64;

/**
 * labelUnits of a label printed on one line, each of its words taken for a line of its own: a
 * report run into one line keeps a single space where its lines broke, so the labels of several
 * rows printed apart from their numbers stand in one cell (`行政复议 行政诉讼 结果 … 未经复议直接起诉
 * 复议后起诉 687 263 …`: the header of part 四, then 行政复议's numbers). Only when one cell names two
 * of the rows so: cells a table prints side by side (`| 项目 | 本年新收件数 | 上年结转件数 |`, a
 * header) are no lines. Each unit's line is the label's. Empty when the label names fewer than
 * two rows so, or has too many words.
 */
export function wordUnits(label: Label, plan: TablePlan): RowLabel[] {
  const line = label[0].line;
  if (lastOf(label).line !== line) return [];
  const words: Cell[] = [];
  /** The label cell each word comes from. */
  const cellOfWord: number[] = [];
  for (const [c, cell] of label.entries()) {
    // Word by word, not split whole: a cell of a million words is no label, and is given up at the 65th.
    const wordsOfCell = /\S+/g;
    for (let m = wordsOfCell.exec(cell.raw); m !== null; m = wordsOfCell.exec(cell.raw)) {
      const word = m[0];
      if (words.length >= MAX_WORD_UNITS) return [];
      // Each word on a line of its own (numbered in turn): how unitShapes cuts a label into pieces.
      words.push({ kind: 'text', raw: word, line: words.length });
      cellOfWord.push(c);
    }
  }
  if (!isLabel(words) || words.length < 2 || !namesTwoRows(words, plan)) return [];
  const shapes = unitShapes(words, plan);
  const cells = shapes.map((shape) => cellOfWord[shape.first]);
  if (cells.every((c, k) => cells.indexOf(c) === k)) return [];
  return shapes.map(({ first, row }, k) => {
    const end = shapes[k + 1]?.start ?? words.length;
    const text = words.slice(first, end).map((w) => w.raw).join(' ');
    return { planned: row, label: text, line };
  });
}

/**
 * May the words name two rows: do two rows' patterns match their text (PlannedRow.anywhere)? Each
 * unit unitShapes finds is a piece of the words that names a row, and it needs two rows: words
 * that name fewer are not matched piece by piece (a line of a thousand words, each piece matched
 * as it grows, took seconds).
 */
function namesTwoRows(words: Label, plan: TablePlan): boolean {
  const key = matchKey(labelText(words));
  let named = 0;
  for (const row of plan.rows) if (row.anywhere.test(key) && ++named >= 2) return true;
  return false;
}

/**
 * A line's words with those that are a piece of a group's label and of no row's own left out,
 * when the line prints other words too: plain pdftotext prints a group's label, in a column of its
 * own beside its rows', on its rows' lines (`（五）不 2.重` / `予处理 复申请`: 2.重复申请).
 */
export function withoutGroupPieces(text: string, plan: TablePlan): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return text;
  const own = words.filter((w) => !plan.isGroupPiece(matchKey(w)));
  return own.length === 0 || own.length === words.length ? text : own.join(' ');
}

function unitShapes(label: Label, plan: TablePlan): readonly UnitShape[] {
  /** The label's pieces: the index of each one's first cell, whether it opens with a row numbering, and the row it names. */
  const pieces: Array<{ start: number; numbered: boolean; row: PlannedRow | null; key: string }> = [];
  let text = '';
  for (const { start: i, text: printedText } of labelLines(label)) {
    const numbered = ROW_NUMBERING.test(matchKey(printedText));
    const lineText = withoutGroupPieces(printedText, plan);
    const key = matchKey(lineText);
    const current = pieces.at(-1);
    const alone = numbered || !current ? null : rowNamed(key, plan);
    // A piece too long to be matched again (a page of words) is no label a line could complete:
    // a line naming a row starts its own piece after it, as after a piece that names one.
    if (!current || numbered || (alone !== null && (current.row !== null || text.length > MAX_CACHED_LABEL))) {
      text = lineText;
      pieces.push({ start: i, numbered, row: numbered || !current ? rowNamed(key, plan) : alone, key });
    } else {
      // The words together name the row (a wrapped label); or, when they name none, the piece's
      // still does. A piece longer than any label (a page of words) is not matched again and
      // again as it grows, which would take quadratic time.
      if (text.length <= MAX_CACHED_LABEL) {
        text += lineText;
        current.key = matchKey(text);
        current.row = matchRow(current.key, plan.rows)?.row ?? current.row;
      }
    }
  }
  /**
   * The units so far: the index of their first cell, the row they name (its index in the form),
   * and where the row's own label starts: the piece naming it, when that opens with its numbering.
   */
  const units: Array<{ start: number; index: number; own: number }> = [];
  /** The first piece since the last that named a row, and the first of those that opens with a numbering. */
  let pending = -1;
  let opens = -1;
  /** The first unit of the rows' labels printed again (a stretch of lines printed twice), if any. */
  let again = -1;
  /** How many units name each row (by index), kept with them: a label of 40,000 lines is not searched back from each. */
  const named = new Map<number, number>();
  const count = (i: number, by: number): void => {
    named.set(i, (named.get(i) ?? 0) + by);
  };
  for (const piece of pieces) {
    // The last piece of a run of two labels or more, opening with a row's numbering and naming
    // none, whose words start the label of a row after them, numbering and all: that row's label,
    // cut short (`2.申请人逾期未按收费通`, its rest printed after the numbers of all of them), or the
    // start, however short, or the numbering alone, of the form's next row (`2.重复申请` / `3.`,
    // `5.要` / `求行`: a run one label longer). After a single label it is not taken: a label split
    // around its own numbers (`无正当理由大量反复申请` / `5.要求行政机关` / its numbers /
    // `确认或重新出具已获取信息`) is read by the rules for that.
    if (!piece.row && piece.numbered && piece === pieces.at(-1) && units.length >= 2) piece.row = cutShort(piece.key, units.at(-1)?.index ?? -1, plan);
    if (!piece.row) {
      if (pending < 0) pending = piece.start;
      if (opens < 0 && piece.numbered) opens = piece.start;
      continue;
    }
    const current = units.at(-1);
    const own = piece.numbered ? piece.start : -1;
    const index = piece.row.index;
    if (current && piece.numbered && index < current.index && (named.get(index) ?? 0) > 0) {
      // A row's label with its numbering, of a row named before the last: the labels printed again
      // (`1.信访举报投诉类申请` / `2.重复申请` twice, then the numbers). Its rows start afresh here; the
      // print before is no header of theirs.
      again = units.length;
      units.push({ start: opens >= 0 ? opens : piece.start, index, own });
      count(index, 1);
    } else if (current && index <= current.index) {
      count(current.index, -1);
      count(index, 1);
      current.index = index;
      current.own = own;
    } else {
      units.push({ start: current ? (opens >= 0 ? opens : piece.start) : pending >= 0 ? pending : piece.start, index, own });
      count(index, 1);
    }
    pending = -1;
    opens = -1;
  }
  // The units at the end in the form's order; what comes before is the first one's header.
  let from = units.length - 1;
  while (from > 0 && from !== again && (units[from - 1]?.index ?? Infinity) < (units[from]?.index ?? -Infinity)) from--;
  if (units.length - from < 2) return [];
  const shapes: UnitShape[] = [];
  units.slice(from).forEach((unit, k, kept) => {
    const start = k === 0 && from !== again ? 0 : unit.start;
    const end = kept[k + 1]?.start ?? label.length;
    const cells = label.slice(start, end);
    if (!isLabel(cells)) return;
    const found = matchLabel(cells, plan);
    // Its words named the row with a group's label's pieces left out (withoutGroupPieces), from its numbering.
    const row = found.match?.row ?? (unit.own >= start ? plan.rows[unit.index] : undefined);
    if (!row) return;
    shapes.push({ start, first: unit.own >= start ? unit.own : start + found.first, row });
  });
  return shapes.length >= 2 ? shapes : [];
}

/** A key printed with the row's group's label before its own words, on its line (`（三）不予公开 三安全一稳定”`), that label left out. */
export function withoutGroupLabel(printed: string, row: PlannedRow): string {
  const group = row.groupKey;
  return group !== null && printed.startsWith(group) ? printed.slice(group.length) : printed;
}

/**
 * Is the label (a matchKey) nothing but the table's group labels, each whole or without its
 * numbering (`(六)其他处理`, `(五)不予处理(六)其他处理`)? The catalog reads （六）其他处理 alone as that
 * group's one row, where a report prints the group so (the 2019 form).
 */
export function groupLabelsOnly(key: string, plan: TablePlan): boolean {
  let rest = key;
  while (rest !== '') {
    const group = plan.groupLabels.find((g) => rest.startsWith(g)) ?? plan.groupTitles.find((t) => rest.startsWith(t));
    if (group === undefined) return false;
    rest = rest.slice(group.length);
  }
  return key !== '';
}

/** The least characters of a row's own words a label cut short prints (cutShort): fewer may start several labels. */
const LEAST_CUT_SHORT = 4;

/**
 * The row after the one at `after` (its index in the form) whose whole label, numbering first,
 * starts with `key` and runs on past it, where `key` holds LEAST_CUT_SHORT characters or more past
 * the numbering, or is a part's numbering alone (`四、`, its words after the numbers): a label cut
 * short (`2.申请人逾期未按收费通`). Null when none, or several. The row right after `after`'s label
 * is so however few of its characters `key` holds, its numbering alone too (`2.重复申请` / `3.`, then
 * the run's numbers, `要求提供公开出版物` further on: （五）3.'s numbering, printed in its own cell;
 * `4.无正当理由大量反复申请` / `5.要` / `求行`, then the numbers, `理` / `政机关确认…` further on).
 */
function cutShort(key: string, after: number, plan: TablePlan): PlannedRow | null {
  const numbering = ROW_NUMBERING.exec(key)?.[0];
  if (numbering === undefined) return null;
  // A part's numbering alone (`四、`) is one row's only; a row's numbering (`2.`) is many rows'.
  const alone = key === numbering && PART_NUMBERING_ALONE.test(numbering);
  // The start of the label of the row right after the last one named, however short, its
  // numbering alone too: that row's (it is the one the form prints next).
  const next = plan.rows[after + 1];
  if (!alone && next !== undefined && next.numbering === numbering && next.wholeKey.startsWith(key) && next.wholeKey.length > key.length) return next;
  if (!alone && key.length - numbering.length < LEAST_CUT_SHORT) return null;
  const rows = plan.rows.filter((row) => row.index > after && row.numbering === numbering && row.wholeKey.startsWith(key) && row.wholeKey.length > key.length);
  return rows.length === 1 ? (rows[0] ?? null) : null;
}

/**
 * Are the words of `later` the end of `first`'s label, not the row printed again: `first` ends
 * with a start of the form's label (its own words, two characters or more), `later` is an end of
 * it after that start, words between them maybe printed elsewhere (`3.补正后` / … / `仍不明确` of
 * 3.补正后申请内容仍不明确), and `later` holds none of its numbering?
 */
export function restOfLabel(first: RowLabel, later: RowLabel): boolean {
  const rest = labelEnd(later);
  if (rest === null) return false;
  const whole = later.planned.wholeKey;
  const start = matchKey(first.label);
  for (let k = whole.length - rest.length; k >= 2; k--) if (start.endsWith(whole.slice(0, k))) return true;
  return false;
}

/**
 * The label's words when they are an end of its row's label alone (`仍不明确` of 3.补正后申请内容仍不明确,
 * `要另行 制作` of 2.没有现成信息需要另行制作), as a matchKey, its group's label aside: none of its
 * numbering, not its start. Null when not so.
 */
export function labelEnd(label: RowLabel): string | null {
  const { wholeKey, numbering } = label.planned;
  const rest = withoutGroupLabel(matchKey(label.label), label.planned);
  return rest !== '' && rest.length < wholeKey.length && wholeKey.endsWith(rest) && (numbering === null || !rest.includes(numbering)) ? rest : null;
}
