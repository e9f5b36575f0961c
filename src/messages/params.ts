/**
 * Every message a person reads, by id, with the facts it is written from: the contract between
 * the stages, which make diagnostics out of an id and its params (diagnostics.ts), and each
 * language's catalog (en.ts, …), which writes them. A catalog is `Messages`: a function for every
 * id, so one that misses an id does not compile.
 *
 * An id is the diagnostic code it is reported under, or that code and a variant after a dot
 * (`cell-count.tooFew`); the equations of the form share `equation.*`, one per way of telling
 * them (catalog/equations.ts, EquationMessage). Params are facts, not words: labels as the report
 * prints them (Chinese), numbers, codes; each language words and formats them itself.
 */
import type { EquationMessage } from '../catalog/equations.js';
import type { TableKey } from '../catalog/types.js';
import type { DiagnosticCode } from '../diagnostics.js';

/** A row and a column, as a cell message names them (`“（一）予以公开” × “社会组织”`). */
/**
 * Why a row that a line break between two digits may have changed is left empty: it has no sums to
 * tell its readings apart (`none`), none of them adds up (`neither`), more than one does (`both`), or
 * only one in which the row does not hold the joined number: its numbers moved, maybe another row's (`moved`).
 */
export type BreakReason = 'none' | 'neither' | 'both' | 'moved' | 'doubted' | 'ordered';

/** Why a row that reads was left unread (cell-count.unchecked). */
export type CellCountWhy = 'followed' | 'followedNoSums' | 'gap' | 'junk' | 'lost' | 'lostAfter' | 'lastGap' | 'short' | 'before' | 'beside' | 'bare' | 'bareChain' | 'columns' | 'cut' | 'unchecked' | 'alone' | 'followedSpan' | 'order' | 'rest' | 'between' | 'betweenLost' | 'betweenChain' | 'split' | 'underHeader' | 'afterUnread' | 'afterRest' | 'nowhere' | 'beforeHeading' | 'pattern' | 'spill' | 'orderLine' | 'runInto' | 'completes' | 'onlyGroup' | 'splitEarlier' | 'groupLabel';

export interface CellAt {
  row: string;
  column: string;
}

/** What a row's own arithmetic requires of its cells, for messages about cutting run-together digits. */
export type Arithmetic =
  | { kind: 'none' }
  /** The row's last cell (labelled `total`) is the sum of the others. */
  | { kind: 'total'; total: string }
  /** In each group of `size` cells, the last is the sum of the others. */
  | { kind: 'groups'; size: number };

/** A row whose cells a crawler ran together. */
export interface RunTogether {
  row: string;
  /** The digits as printed, cells joined by a space. */
  printed: string;
  /** The cells the form gives the row. */
  cells: number;
  arithmetic: Arithmetic;
}

/** A row whose printed cells read more than one way: numbers with a space in them (`975 901`), blank cells. */
export interface CellReadings {
  row: string;
  /** The cells as printed, null for a blank one. */
  quoted: ReadonlyArray<string | null>;
  /** The cells the form gives the row. */
  cells: number;
  /** The cells that print a number with a space in it (`975 901`): one number, or two cells. */
  spaced: readonly string[];
  /** Words printed before the numbers (`行政`, a label's rest): cells, or the label's. */
  words: readonly string[];
  arithmetic: Arithmetic;
}

/** The values of one cut of run-together digits; null for a cell that prints no number. */
export type CutValues = ReadonlyArray<number | null>;

/** Two cells printed run together as one number (`29883046`), and the two it was read as (2988, 3046). */
export interface AroundCut {
  printed: string;
  read: readonly [number, number];
}

/** What the table's column equations made of a row's cuts. */
export interface AcrossRows {
  /** The codes of the equations that involve the row, in the order they were tried. */
  rules: readonly DiagnosticCode[];
  /** How many cuts fitted the row itself. */
  cuts: number;
  outcome: 'chosen' | 'no-solution' | 'gave-up';
}

/** One cell of an equation's side: its label as printed and its value (null: blank, counted as 0). */
export interface Term {
  label: string;
  value: number | null;
}

/** An equation that does not hold, side by side. */
export interface EquationFault {
  /** The column (per-column equations) or the row (per-row) it failed in, as printed. */
  where: string;
  left: readonly Term[];
  right: readonly Term[];
  leftSum: number;
  rightSum: number;
  /** The labels the form gives the first and last items of the left side (（一）予以公开, （六）其他处理). */
  leftRange: readonly [first: string, last: string];
}

/**
 * Why numbers printed apart from their labels were not paired: they do not pair one to one
 * (`count`), pair more than one way (`readings`), add up no way (`arithmetic`), or are the numbers
 * another run of labels would take too (`shared`: printed between two runs of labels).
 */
export type PairingReason = 'count' | 'readings' | 'arithmetic' | 'shared';

/**
 * Why numbers printed with no label were given to no row: a PairingReason, `short` (the row
 * printed right before them is short of its cells: they may be its rest), or `headed` (the row
 * printed right before them heads a small table of its own, and they may be its numbers).
 */
export type UnlabelledReason = PairingReason | 'short' | 'headed';

/** Part 二 read again another way, after row by row (fillUnread.ts): column by column under its headers, or small table by small table. */
export type RereadBy = 'underHeaders' | 'smallTable';

/** How the numbers of a row printed apart from its label were paired with it. */
export type PairedBy = 'rows' | 'columns' | 'interleaved' | 'position';

/** A sum of table cells a figure in the prose may mean, as a message names it (the form's labels). */
export interface CellsNamed {
  /** The rows' labels; when the cells are in several columns, each with its column (`一、… 自然人`). */
  rows: readonly string[];
  /** The column every cell is in; null when they are in several. */
  column: string | null;
  value: number;
}

/** A row of one report in a message about another: its label, the line of its label (null: unknown) and its value. */
export interface RowValueAt {
  row: string;
  line: number | null;
  value: number;
}

/** Files users give by mistake, told apart by their first bytes (decode.ts). */
export type NotTextKind =
  | 'pdf'
  | 'doc'
  | 'rtf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'tiff'
  | 'webp'
  | 'gzip'
  | 'rar'
  | '7z'
  | 'docx'
  | 'odt'
  | 'xlsx'
  | 'ofd'
  | 'zip'
  | 'html'
  | 'binary';

/** What kind of file a reader's message speaks of. */
export type FileKind = 'pdf' | 'docx' | 'html' | 'office';

/** What is wrong with a web page, Word file or PDF that cannot be read (`damaged-file`). */
export type Damage =
  /** It ends in the middle of its contents (a ZIP whose entries run past its end). */
  | { what: 'cutOff' }
  /** A ZIP's closing directory, which lists its contents, is missing. */
  | { what: 'noDirectory' }
  /** A ZIP's directory is there but broken. */
  | { what: 'brokenDirectory' }
  /** An entry of a ZIP is broken, does not unpack, or is packed by a method Word does not use. */
  | { what: 'brokenEntry'; entry: string }
  | { what: 'notUnpacked'; entry: string }
  | { what: 'packing'; entry: string; method: number }
  /** A ZIP with `word/` parts but no document. */
  | { what: 'noDocument' }
  /** A PDF without its end marker (`%%EOF`). */
  | { what: 'noEndMarker' }
  /** A PDF that pdfjs cannot open. */
  | { what: 'notOpenable' }
  | { what: 'unreadablePage'; page: number }
  /** The reader failed otherwise. */
  | { what: 'unreadable' };

/** How a file is too large to be one report (`too-large`). */
export type Excess =
  | { what: 'bytes'; megabytes: number; limit: number }
  | { what: 'pages'; pages: number; limit: number }
  /** A ZIP entry that would unpack past `limit` MB (a ZIP bomb). */
  | { what: 'unpacked'; entry: string; limit: number };

export type MessageParams = {
  // ── The input as a whole ─────────────────────────────────────────────────────────────────────
  'empty-input': Record<string, never>;
  'empty-input.noText': Record<string, never>;
  'not-text': { kind: NotTextKind };
  /** Bytes that do not read as the encoding the user named. */
  'not-text.encoding': { encoding: string; detected: string | null };
  'unknown-encoding': { name: string };
  'not-a-report': Record<string, never>;
  /** Not a report in the encoding the user named, whose bytes detection reads as another. */
  'not-a-report.encoding': { encoding: string; detected: string };
  /**
   * Larger than the size bound (limits.ts): `bytes` its size, or null when reading stopped at the
   * bound (a device, an endless stream); `limit` the bound.
   */
  'too-large': { bytes: number | null; limit: number };
  /** More lines than the work bound `lines`, which grows with the size bound `limit`. */
  'too-large.lines': { lines: number; limit: number };
  /** More table cells than the work bound `cells`, which grows with the size bound `limit`. */
  'too-large.cells': { cells: number; limit: number };
  /** The parts begin again at `line` (a second report's part 一). */
  'second-report': { line: number };
  /** A negative number in a column that counts (only a change, 本年增/减, may be negative). */
  'not-a-number.negative': CellAt & { printed: string };
  'unsupported-format': { year: number; firstYear: number };
  /** No table and no year: a report in free form. */
  'unsupported-format.freeForm': { firstYear: number };
  'missing-part': { heading: string };
  /** Part `heading` was found by its table, its heading not (a typo, no heading): `line` is the table's first row. */
  'heading-not-found': { heading: string };
  /** Neither the title nor the opening says the year. */
  'year-unclear': Record<string, never>;

  // ── Web pages, Word files, PDFs that cannot be read (readers/) ────────────────────────────────
  /** A PDF given to the synchronous parseReport, which cannot read it (parseDocument does). */
  'not-text.pdfNeedsAsync': Record<string, never>;
  'legacy-doc': Record<string, never>;
  encrypted: { kind: FileKind };
  'damaged-file': { kind: FileKind; damage: Damage };
  /** A PDF or Word file past the readers' own limits (pages, 100 MB, what it unpacks to), whatever the size bound. */
  'too-large.document': { kind: FileKind; excess: Excess };
  'no-text-layer': Record<string, never>;
  'no-table': { kind: FileKind };

  // ── Tables and rows ──────────────────────────────────────────────────────────────────────────
  'missing-table': { table: TableKey };
  /** `placeholder`: the word a converter printed where the table was (`[TABLE]`). */
  'missing-table.placeholder': { table: TableKey; placeholder: string };
  /** `after`: the line of the row before it (or of the table's heading): where it was expected. */
  'missing-row': { row: string; table: TableKey; after: number | null };
  'missing-row.unread': { row: string; table: TableKey; line: number };
  'unknown-row': { label: string };
  'unknown-row.passedOver': { label: string };
  'unknown-row.afterWords': { label: string };
  /** The rest of a row's label (`row`, as printed before its numbers), printed after them. */
  'unknown-row.labelRest': { label: string; row: string };
  /** A line of one number printed over and over, more than the table's cells (`label`: the number). */
  'unknown-row.numberOver': { label: string };
  'unknown-row.unitOver': { label: string };
  'unknown-row.headingAgain': { label: string };
  'unknown-row.runningHead': { label: string };
  /** `repeats`: how often the row appears after its first print. */
  'duplicate-row': { row: string; repeats: number };
  /** The row's first print does not fit its cells (a header line taken for it); the print on line `kept` is read. */
  'duplicate-row.unread': { row: string; kept: number };
  /** `other`: the line of the row's other print, which is not read either. */
  'duplicate-row.neither': { row: string; other: number };
  /** A line of one number printed again right after itself inside a row (`line`, the second). */
  'duplicate-row.line': { row: string; line: number; other: number; value: string };
  /** Lines `from`–`to`, a row's label among them, print lines `first`–`firstEnd` right before them again word for word (`times` times): read once. */
  'duplicate-row.lines': { row: string; first: number; firstEnd: number; from: number; to: number; times: number };
  /** The same, a stretch of column headers and numbers that names no row. */
  'duplicate-row.linesHeaded': { first: number; firstEnd: number; from: number; to: number; times: number };
  /** More cells printed than the form has. `quoted`: the cells as printed, null for a blank one. */
  'cell-count': { row: string; printed: number; cells: number; quoted: ReadonlyArray<string | null> };
  /** Fewer: which one is missing cannot be told. */
  'cell-count.tooFew': { row: string; printed: number; cells: number; quoted: ReadonlyArray<string | null> };
  /** A row one cell short whose missing cell the table's column equations locate: `column` is its label. */
  'cell-count.located': { row: string; printed: number; cells: number; quoted: ReadonlyArray<string | null>; column: string };
  /** Part 四 printed as one row with another number of cells than the form's fifteen. */
  'cell-count.oneRow': { printed: number; cells: number };
  /** Part 四's fifteen over several lines, `failing` of its three groups (2 or 3) not adding up. */
  'cell-count.oneRowSums': { quoted: Array<string | null>; from: number; to: number; failing: number };
  /** Part 四's group over several lines whose five numbers add up in another order than printed. */
  'cell-count.order': { row: string; quoted: string[] };
  /** Part 四's group failing its sum, as does the group beside it, both adding up with `first` (the first's 总计) and `second` (the next's first cell) in each other's places. */
  'cell-count.swapped': { row: string; quoted: string[]; first: string; second: string };
  /** More cells than the form's, blank ones at both ends, and no one way of dropping them that the row's sums confirm. */
  'cell-count.edges': { row: string; printed: number; cells: number; quoted: ReadonlyArray<string | null> };
  /**
   * A row whose numbers do not add up and which may hold another row's numbers or have lost its
   * own: numbers with no label follow it (`followed`: a line split), or it is printed over several
   * lines and rows of the form after it are missing (`gap`: lines or labels lost), or it prints at
   * one end a cell that cannot be a value and its numbers one column over fit its sums as well
   * (`junk`: junk a conversion left taken for one of its cells, one of its own printed elsewhere).
   */
  'cell-count.unchecked': { row: string; cells: number; quoted: ReadonlyArray<string | null>; why: CellCountWhy };
  /** One plain number where the row has `cells` cells and no arithmetic: one cell, or all of them run together (`read`, the only cut). */
  'cell-count.oneNumber': { row: string; printed: string; cells: number; read: ReadonlyArray<number | null> };
  /** More than one way of reading a row's cells (as printed, `975 901` as two cells, blank cells left out) fits the form and adds up. */
  'cell-count.readings': CellReadings;

  // ── Rows printed apart from their numbers ─────────────────────────────────────────────────────
  /** `labels` labels printed one after another, then `lines` lines of numbers (`values` in all). */
  /** `gapped`: labels of rows with no sums that leave out rows of the form between them, whose count alone pairs nothing. */
  'ambiguous-pairing': { row: string; labels: number; lines: number; values: number; reason: PairingReason | 'gapped' | 'column' | 'order' | 'again' };
  /** `lines` lines of numbers printed with no label where `rows` rows of the form have none. */
  'ambiguous-pairing.unlabelled': { row: string; rows: number; lines: number; reason: UnlabelledReason };
  /** The row's label heads a small table of its own (column headers after it), the table's other labels do not. */
  'ambiguous-pairing.headed': { row: string };
  /** The row is printed twice (`other`: the line of the second print), both reading as the row, with other numbers. */
  'ambiguous-pairing.twice': { row: string; other: number };
  /** The row printed among rows the form puts before it (between `before` and `after`), and again at line `other` where the form puts it. */
  'ambiguous-pairing.astray': { row: string; other: number; before: string; after: string };
  /** The row printed once, among rows the form puts before it (between `before` and `after`), its numbers apart from its label. */
  'ambiguous-pairing.astrayOnce': { row: string; before: string; after: string };
  /** The row prints the very numbers of an earlier row of its table (`other`, read at `line`), and some row of the table is printed again. */
  'ambiguous-pairing.copied': { row: string; other: string; line: number };
  /** Part 四's group read after its label (`read`), and in the table's numbers read in the order printed (`order`, the only reading), otherwise. */
  'ambiguous-pairing.order': { row: string; read: string; order: string };
  /** The same, the reading in the order printed (`order`) itself in doubt (inOrderBefore, inOrderGap, said on the table). */
  'ambiguous-pairing.orderDoubted': { row: string; read: string; order: string };
  /** Part 四's last group read after its label (`read`), and more numbers right after them among the column headers (`next`, the first five, from `line`). */
  'ambiguous-pairing.lastFollowed': { row: string; read: string; next: string; line: number };
  /** The row's numbers one a line, lines `from`–`to` printing `numbers` of lines from `first` on again right after them, and the row does not add up. */
  'ambiguous-pairing.repeated': { row: string; first: number; from: number; to: number; numbers: string };
  /**
   * The row read row by row (`value` in `column`) and read again another way (`by`: `other`) read
   * the cell differently, and the row has no sums to tell which is right.
   */
  'ambiguous-pairing.headerAfter': { row: string; column: string; value: number };
  'ambiguous-pairing.restOfShort': { row: string; other: string; line: number };
  'ambiguous-pairing.disputed': { row: string; column: string; value: number; other: number; by: RereadBy };
  /** The row reads the numbers printed at `line` after a run of `labels` labels, its own among them, that do not pair one to one with them. */
  'ambiguous-pairing.reprinted': { row: string; line: number; labels: number };
  /** Part 二 printed column by column: the row's cell under `column` is among its `last` numbers, and the header that follows it (`next`, printed right after, or the form's next) is printed fewer times than the form has it. */
  'ambiguous-pairing.lostHeader': { row: string; column: string; next: string; last: number };
  /** Part 二 printed column by column: the words before the numbers under `column` end with a unit, which its header does not print. */
  'ambiguous-pairing.unitHeader': { row: string; column: string; unit: string };
  'ambiguous-pairing.lostAfter': { row: string; column: string };
  /** Part 四's numbers in the order printed (`numbers` of them): `readings` different runs of fifteen split into three groups that each add up (`runs` in all). */
  'ambiguous-pairing.inOrder': { numbers: number; readings: number; runs: number };
  'ambiguous-pairing.inOrderRepeat': { numbers: number; repeated: CutValues };
  'ambiguous-pairing.inOrderGap': { numbers: number; read: CutValues; other: CutValues; between: number; line: number };
  /** Part 四's numbers in the order printed (`numbers`): fifteen read so (`read`), and before them, from `line`, right under the table's header words, five (`group`) that add up in another order. */
  'ambiguous-pairing.inOrderBefore': { numbers: number; read: CutValues; group: CutValues; line: number };
  'recovered-pairing': { row: string; labels: number; lines: number; by: PairedBy; after: boolean; unchecked: boolean };
  /**
   * Part 四 read from its `numbers` numbers in the order printed: one run of fifteen (or `runs`,
   * all reading the same) splits into three groups that each add up, `read` this row's; `tail`: the
   * line where its column headers open again, past parts 五 and 六, over the rest of its numbers (null: none).
   */
  'recovered-pairing.inOrder': { row: string; read: CutValues; numbers: number; runs: number; tail: number | null };
  /**
   * The table's `numbers` numbers all printed apart from its labels, in `blocks` blocks each down
   * one column, between lines `first` and `last`: one placement of them fits every row's and
   * column's arithmetic, `read` this row's (tables/blocks.ts).
   */
  'recovered-pairing.blocks': { row: string; read: CutValues; numbers: number; blocks: number; first: number; last: number };
  /**
   * Part 三's `numbers` numbers all printed apart from its labels, between lines `first` and `last`,
   * row after row in the form's order, but for `moved` (its value and line; null when none) printed
   * away from its place and put back in row `moved.row`, column `moved.column`: every row's and
   * column's arithmetic holds, in only one way; `read` this row's (tables/formOrder.ts).
   */
  'recovered-pairing.formOrder': {
    row: string;
    read: CutValues;
    numbers: number;
    first: number;
    last: number;
    moved: { value: number; line: number; row: string; column: string } | null;
    /** The one number among them that is no cell of the table (a page's number), not read; null when none is. */
    extra: { value: number; line: number } | null;
    /** The one cell whose number is not among them (printed elsewhere, or lost), left empty; null when every cell's is. */
    gap: { row: string; column: string } | null;
  };
  'recovered-pairing.underHeaders': { row: string; read: CutValues; columns: readonly string[]; rows: number };
  'recovered-pairing.smallTable': { row: string; read: CutValues; item: string; rows: number; numbers: number };
  /** The words right before and after the row's numbers (`before`, `after`), which spell its label. */
  'recovered-pairing.around': { row: string; read: CutValues; before: string; after: string; cut: AroundCut | null };

  // ── Cells ────────────────────────────────────────────────────────────────────────────────────
  'blank-cell': CellAt;
  'placeholder-cell': CellAt & { printed: string };
  'not-a-number': CellAt & { printed: string };
  /** Digits too many to be a count: a run-on. */
  'not-a-number.tooLong': CellAt & { printed: string };
  'not-a-count': CellAt & { printed: string };
  /** A number cut by a line break at its decimal point: `before` ends line `beforeLine`, `after` opens `afterLine`; read as `read`. */
  'joined-number': CellAt & { before: string; after: string; beforeLine: number; afterLine: number; read: string };
  /** Line `beforeLine` ends in `before`, the next opens with `after`: read as one number, the row's cells `read` add up, as printed they do not. */
  'joined-number.digits': { row: string; before: string; after: string; beforeLine: number; afterLine: number; read: CutValues };
  /** The same break, where reading it as printed (`printed`) and as one number (`joined`) give the row other cells and its sums do not settle which. */
  'cut-number': { row: string; before: string; after: string; beforeLine: number; afterLine: number; printed: CutValues; joined: CutValues; reason: BreakReason };
  unit: CellAt & { printed: string; unit: string; expected: string };

  // ── Cells run together ───────────────────────────────────────────────────────────────────────
  /** A row read with its spaced numbers as cells (`975 901`) or its stray blank cells left out: the only reading that fits and adds up. */
  'recovered-cells': CellReadings & { read: CutValues; blanks: number };
  'recovered-digits': RunTogether & { read: CutValues; across: AcrossRows | null };
  /** Numbers a space apart of a few digits each, the only cut that fits cutting two or more of them further: not taken. */
  'ambiguous-digits.fewDigits': RunTogether & { read: CutValues };
  'ambiguous-digits.singleDigits': RunTogether & { read: CutValues };
  /** A row with no sums (part 二): its numbers apart as printed, the only cut into its cells (`read`) cutting one of a few digits further. */
  'ambiguous-digits.noSums': RunTogether & { read: CutValues };
  /** The row's label printed without its numbering (`numbering`), its first cell that numbering run into a number (`printed`, `3.14`): read as the number after it (`read`), the row adding up so. */
  'recovered-digits.numbering': { row: string; printed: string; numbering: string; read: string };
  /** Part 四 run together: `cuts` cuts of the whole run fit, and all give this group `read`. */
  'recovered-digits.agreed': RunTogether & { read: CutValues; cuts: number };
  'ambiguous-digits': RunTogether & { cuts: readonly CutValues[]; complete: boolean; across: AcrossRows | null };
  /** No cut fits; `gaveUp`: the search reached `steps` first. `maxDigits`: the most digits a cell holds. */
  'unrecoverable-digits': RunTogether & { gaveUp: boolean; steps: number; maxDigits: number };

  // ── Across the text and across years ─────────────────────────────────────────────────────────
  /**
   * A figure the prose states (`quote`, on `line`) that no sum of cells it may mean agrees with:
   * `table` is the first such sum (with the line of its first row), `others` the rest.
   */
  'text-table': { quote: string; line: number; table: CellsNamed & { line: number | null }; others: readonly CellsNamed[] };
  /** In `column`, this report's 上年结转 differs from the same organ's 结转下年度 of the year before. */
  'carry-over': { column: string; carriedOver: RowValueAt; previous: RowValueAt & { year: number; file: string | null } };
} & { [M in EquationMessage as `equation.${M}`]: EquationFault }

export type MessageId = keyof MessageParams;

/** A language's catalog: every message, written from its params. */
export type Messages = { readonly [Id in MessageId]: (params: MessageParams[Id]) => string };

/**
 * What each diagnostic code is called and means, in one language: `title` names it in a few words
 * (the GitHub annotation's title), `meaning` says what it means for the report (docs/contract.md,
 * with Markdown `code` spans). A language that misses a code does not compile.
 */
export type CodeTexts = { readonly [Code in DiagnosticCode]: { readonly title: string; readonly meaning: string } };
