/**
 * What every reader produces: the lines the text path reads — a paragraph is one line, a table
 * row is one line with its cells in reading order, separated by tabs — each with the place in
 * the file it came from, for diagnostics.
 *
 * `DocumentBuilder` turns the events of a structured document (HTML, Word) into those lines, so
 * that the two readers share one idea of what a table is:
 *
 * - cells are read in the order they are printed; `colspan`/`gridSpan` are not turned into empty
 *   cells (Word-made tables give a value cell two grid columns in one row and one in the next),
 *   and a cell hidden under another's `rowspan`/`vMerge` is not printed (the group label is
 *   printed once, on the first row of its group, as in a text export);
 * - a cell's paragraphs and line breaks are one cell, joined by a space (`尚未<br>审结`);
 * - a cell that holds a table, or a row of a single cell, or a cell holding paragraphs of prose,
 *   is layout, not data: its paragraphs are lines of their own, and a table inside it is read as
 *   any other (nested layout tables around a report);
 * - a row with nothing in it (the spacer rows Word adds) prints no line.
 */

/** Where a line came from, in terms a person holding the file can find. */
export interface Place {
  /** 1-based line of the source file (HTML: the line of the `<tr>` or of the paragraph's text). */
  line?: number;
  /** 1-based number of the table (tables that print rows, in document order) and of the row in it. */
  table?: number;
  row?: number;
  /** 1-based number of the paragraph (paragraphs with text, outside tables, in document order). */
  paragraph?: number;
  /** 1-based page (PDF). */
  page?: number;
}

export interface Extracted {
  type: 'html' | 'docx' | 'pdf';
  encoding: string;
  /** One paragraph or table row each, cells separated by tabs; no line breaks inside. */
  lines: string[];
  /** places[i] is where lines[i] came from. */
  places: Place[];
  /** How many tables printed rows. */
  tables: number;
}

/** Characters that cannot stay inside one line of the text handed on. */
const LINE_BREAKS = /[\r\n\f\v\u2028\u2029\u0085]/g;
const ANY_SPACE = /\s+/g;

/** A cell as one line's cell: every run of white space (tabs, breaks, NBSP, U+3000) one space. */
const cellText = (text: string): string => text.replace(ANY_SPACE, ' ').trim();

/**
 * `{ ...place, ...fields }` written out for the places the builders give (a line, or nothing):
 * the spread was the costliest line of the HTML reader. Any other place is spread as before.
 */
function placeWith(place: Place, fields: { table: number; row: number } | { paragraph: number }): Place {
  if (place.table !== undefined || place.row !== undefined || place.paragraph !== undefined || place.page !== undefined) return { ...place, ...fields };
  if (place.line === undefined) return fields;
  return 'paragraph' in fields ? { line: place.line, paragraph: fields.paragraph } : { line: place.line, table: fields.table, row: fields.row };
}

export class LineSink {
  readonly lines: string[] = [];
  readonly places: Place[] = [];
  tables = 0;
  paragraphs = 0;

  /** A paragraph (tabs kept: a Word paragraph may print columns with tab stops). */
  paragraph(text: string, place: Place): void {
    const line = text.replace(LINE_BREAKS, ' ').trim();
    if (line === '') return;
    this.lines.push(line);
    this.places.push(placeWith(place, { paragraph: ++this.paragraphs }));
  }

  /** A table row; nothing when every cell is blank. */
  row(cells: readonly string[], place: Place): void {
    const texts = cells.map(cellText);
    if (texts.every((t) => t === '')) return;
    // (Blank cells print as nothing between tabs.)
    this.lines.push(texts.join('\t'));
    this.places.push(place);
  }
}

interface Block {
  text: string;
  place: Place;
}

interface CellFrame {
  /** Paragraphs (blocks) finished so far, and the one being written. */
  blocks: Block[];
  current: string;
  currentPlace: Place | null;
  /** Holds a table or prose: its paragraphs were printed as lines, it is no cell of its row. */
  container: boolean;
  /** Hidden under a cell above (vMerge continue): not printed. */
  merged: boolean;
}

interface TableFrame {
  /** Number given when the table prints its first row. */
  number: number;
  rows: number;
  /** The row being read. */
  row: RowFrame | null;
}

/** A row being read: its finished cells (each a list of blocks), its place, the cell being read (a cell is read within a row). */
interface RowFrame {
  cells: Block[][];
  place: Place;
  cell: CellFrame | null;
}

const joinBlocks = (blocks: readonly Block[]): string => blocks.map((b) => b.text).join(' ');

/** A cell of more than this many characters in two or more paragraphs is prose, not a table cell. */
const PROSE_CELL = 200;

export class DocumentBuilder {
  readonly sink = new LineSink();
  private readonly tables: TableFrame[] = [];
  private rootText = '';
  private rootPlace: Place | null = null;

  /** `placeHere` says where the reader is, for a block that starts now. */
  constructor(private readonly placeHere: () => Place) {}

  private get table(): TableFrame | undefined {
    return this.tables[this.tables.length - 1];
  }

  /** Text in the current block. `collapse`: white space already collapsed, keep one space at a join. */
  text(text: string, collapse = false): void {
    if (text === '') return;
    const cell = this.table?.row?.cell;
    if (cell) {
      if (cell.merged) return;
      const blank = text.trim() === '';
      // White space opening a block is dropped at the end anyway (most of a Word page's text events).
      if (cell.current === '' && blank) return;
      if (cell.current === '' && !blank) cell.currentPlace = this.placeHere();
      cell.current += collapse && cell.current.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
      return;
    }
    if (this.rootText === '' && text.trim() === '') return;
    if (this.rootPlace === null && text.trim() !== '') this.rootPlace = this.placeHere();
    this.rootText += collapse && this.rootText.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
  }

  /** The end of a block: a paragraph, a line break, a heading. */
  breakLine(): void {
    const cell = this.table?.row?.cell;
    if (cell) {
      if (cell.container) {
        this.sink.paragraph(cell.current, cell.currentPlace ?? this.placeHere());
      } else if (cell.current.trim() !== '') {
        cell.blocks.push({ text: cell.current, place: cell.currentPlace ?? this.placeHere() });
      }
      cell.current = '';
      cell.currentPlace = null;
      return;
    }
    if (this.rootText === '') return;
    this.sink.paragraph(this.rootText, this.rootPlace ?? this.placeHere());
    this.rootText = '';
    this.rootPlace = null;
  }

  startTable(): void {
    const outer = this.table;
    const row = outer?.row;
    if (outer && row?.cell) this.makeContainer(outer, row, row.cell);
    else if (!outer) this.breakLine();
    this.tables.push({ number: 0, rows: 0, row: null });
  }

  endTable(): void {
    const table = this.table;
    if (!table) return;
    this.endRow();
    this.tables.pop();
  }

  startRow(place: Place = {}): void {
    const table = this.table;
    if (table) this.openRow(table, place);
  }

  /** Ends the table's row, if one is open, and opens the next. */
  private openRow(table: TableFrame, place: Place): RowFrame {
    this.endRow();
    table.rows++;
    const row: RowFrame = { cells: [], place, cell: null };
    table.row = row;
    return row;
  }

  endRow(): void {
    const table = this.table;
    const row = table?.row;
    if (!table || !row) return;
    this.endCell();
    table.row = null;
    const [first] = row.cells;
    if (row.cells.length === 1 && first !== undefined && first.length > 1) {
      // A row of one cell is a caption or a layout box: each of its paragraphs is a line.
      for (const block of first) this.printRow(table, row.place, [block.text]);
    } else {
      this.printRow(table, row.place, row.cells.map(joinBlocks));
    }
  }

  startCell(): void {
    const table = this.table;
    if (!table) return;
    const row = table.row ?? this.openRow(table, this.placeHere());
    this.endCell();
    row.cell = { blocks: [], current: '', currentPlace: null, container: false, merged: false };
  }

  /** The cell being read is hidden under the one above it (Word's vMerge continue). */
  mergedCell(): void {
    const cell = this.table?.row?.cell;
    if (cell) cell.merged = true;
  }

  endCell(): void {
    const table = this.table;
    const row = table?.row;
    const cell = row?.cell;
    if (!table || !row || !cell) return;
    if (cell.merged) {
      row.cell = null;
      return;
    }
    this.breakLine();
    if (!cell.container) {
      const length = cell.blocks.reduce((n, b) => n + b.text.length, 0);
      if (cell.blocks.length >= 2 && length > PROSE_CELL) {
        this.makeContainer(table, row, cell);
      } else {
        row.cells.push(cell.blocks);
      }
    }
    row.cell = null;
  }

  /** The whole document read: what is still open is closed. */
  finish(): LineSink {
    while (this.table) this.endTable();
    this.breakLine();
    return this.sink;
  }

  private printRow(table: TableFrame, place: Place, cells: string[]): void {
    if (cells.every((c) => c.trim() === '')) return;
    if (table.number === 0) table.number = ++this.sink.tables;
    this.sink.row(cells, placeWith(place, { table: table.number, row: table.rows }));
  }

  /**
   * The table's current cell holds a table or prose: the row's cells before it are printed as a
   * line, the cell's paragraphs as lines of their own, and the cell is no cell of the row.
   */
  private makeContainer(table: TableFrame, row: RowFrame, cell: CellFrame): void {
    if (cell.container) return;
    if (row.cells.length > 0) {
      this.printRow(table, row.place, row.cells.map(joinBlocks));
      row.cells = [];
    }
    cell.container = true;
    for (const block of cell.blocks) this.sink.paragraph(block.text, block.place);
    cell.blocks = [];
    if (cell.current.trim() !== '') {
      this.sink.paragraph(cell.current, cell.currentPlace ?? this.placeHere());
    }
    cell.current = '';
    cell.currentPlace = null;
  }
}
