#!/usr/bin/env node
/**
 * Writes fixtures/faults/: copies of the renumbered fixtures (every cell distinct, arithmetic
 * exact) with one deliberate fault each, and what the validator must say about it.
 *
 *   fixtures/faults/<name>.txt   the source with one printed cell changed (every other byte kept),
 *                                one line deleted, or the file cut short
 *   fixtures/faults/faults.json  each fault: its source, the change, the exact diagnostics expected
 *   fixtures/faults/README.md    the same as a table, for people
 *
 * The faults and their expected diagnostics are data written by reading the sources line by line
 * (1-based line numbers, as in `nl`/`sed -n`); nothing is taken from the parser. A cell is found
 * by its line and its printed value, and the script refuses to run if that line does not print
 * the value exactly once, so a changed source cannot silently shift a fault.
 *
 * Deterministic (no clock, no randomness). Run: `node scripts/make-fault-fixtures.mjs`;
 * `--check` compares instead of writing and exits 1 when a file is missing or differs.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { optionsOf } from './args.mjs';

const options = optionsOf('make-fault-fixtures', 'node scripts/make-fault-fixtures.mjs [--check]  (writes fixtures/faults/; --check: compares instead, writes nothing)', { check: { type: 'boolean', default: false } });

const FIXTURES = new URL('../fixtures/', import.meta.url);
const FAULTS_DIR = new URL('../fixtures/faults/', import.meta.url);

/** Tab-separated rows (seed 002: 一、⇥本年新收…⇥1203⇥2173…). */
const TABS = '002_4a61cbdbb397b0fd.renumbered.txt';
/** One cell per line, blank lines between rows (seed 000: label line, then `⇥  2231` lines). */
const CELLS = '000_02e88f20f87b4541.renumbered.txt';
/** The real seed 002, whose cells are mostly 0: the same layout as TABS. */
const SEED_TABS = '002_4a61cbdbb397b0fd.txt';

const err = (code, path, line) => ({ code, severity: 'error', path, line });
const warn = (code, path, line) => ({ code, severity: 'warning', path, line });

/**
 * Each fault. `cells` changes printed cells ({ line, from, to }); `deleteLine` removes a line;
 * `truncateAt` keeps only the lines before it. `expect` is the exact list of diagnostics, in the
 * order parseReport gives them (by line, lines of null first). `quotes` are texts some message
 * must contain: the report's own labels and the numbers on both sides.
 *
 * `pending` marks an expectation the parser (outside src/validate) does not meet yet; the test
 * for it is an expected failure until that change lands.
 */
const FAULTS = [
  // ── The arithmetic rules, tab-separated rows ──────────────────────────────────────────────
  {
    name: 'row-total.tabs',
    source: TABS,
    cells: [{ line: 66, from: '57', to: '58' }],
    change: '“3.危及“三安全一稳定”” × 自然人: 57 → 58',
    why: 'The cell is in one row and one column: its row no longer adds up to its 总计, and its column of outcome rows no longer adds up to （七）总计. Two diagnostics, one per identity the cell is in; nothing else.',
    expect: [
      err('row-total', 'applications.denied.endangersSafety.total', 66),
      err('handled-sum', 'applications.totalHandled.naturalPerson', 84),
    ],
    quotes: ['“3.危及“三安全一稳定””', '总计 is 238', '自然人 58', '= 239', '“(七) 总计” is 1613', 'add up to 1614'],
  },
  {
    name: 'row-total-zero.tabs',
    source: TABS,
    cells: [{ line: 63, from: '539', to: '0' }],
    change: '“（二）部分公开…” × 总计: 539 → 0 (a total printed 0 beside non-zero parts, as real reports do)',
    why: 'The 总计 cell of an outcome row: its row total is wrong, and so is the 总计 column of the outcome rows.',
    expect: [
      err('row-total', 'applications.partiallyGranted.total', 63),
      err('handled-sum', 'applications.totalHandled.total', 84),
    ],
    quotes: ['“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”', '总计 is 0', '= 539', '“(七) 总计” is 8974', 'add up to 8435'],
  },
  {
    name: 'handled-sum.tabs',
    source: TABS,
    cells: [{ line: 84, from: '1613', to: '1614' }],
    change: '“(七) 总计” × 自然人: 1613 → 1614',
    why: 'A （七）总计 cell is in three identities: its column of outcome rows (handled-sum), its row (row-total of （七）总计) and its column’s 勾稽关系 (balance). Exactly those three.',
    expect: [
      err('handled-sum', 'applications.totalHandled.naturalPerson', 84),
      err('row-total', 'applications.totalHandled.total', 84),
      err('balance', 'applications.carriedForward.naturalPerson', 85),
    ],
    quotes: ['“(七) 总计” is 1614', 'add up to 1613', 'row “(七) 总计”', '= 8975', '“本年新收政府信息公开申请数量” 1203', '“上年结转政府信息公开申请数量” 742 = 1945', '“(七) 总计” 1614', '“四、结转下年度继续办理” 332 = 1946'],
  },
  {
    name: 'balance.tabs',
    source: TABS,
    cells: [
      { line: 85, from: '812', to: '813' },
      { line: 85, from: '3200', to: '3201' },
    ],
    change: '“四、结转下年度继续办理” × 商业企业: 812 → 813, and its 总计 3200 → 3201 so the row still adds up',
    why: 'The row stays consistent, so only the 勾稽关系 breaks: in the 商业企业 column and in the 总计 column, both reported on the 结转下年度继续办理 line.',
    expect: [
      err('balance', 'applications.carriedForward.commercial', 85),
      err('balance', 'applications.carriedForward.total', 85),
    ],
    quotes: ['column “商业企业”', '“本年新收政府信息公开申请数量” 2173', '= 2350', '“四、结转下年度继续办理” 813 = 2351', 'column “总计”', '“四、结转下年度继续办理” 3201 = 12175'],
  },
  {
    name: 'review-total.tabs',
    source: TABS,
    cells: [{ line: 92, from: '2111', to: '2112' }],
    change: 'part 四, 行政复议 × 总计: 2111 → 2112',
    why: 'Part 四 prints its fifteen cells on one line; the 行政复议 group no longer adds up.',
    expect: [err('review-total', 'reviewLitigation.review.total', 92)],
    quotes: ['“行政复议”', '总计 is 2112', '结果维持 17 + 结果纠正 976 + 其他结果 451 + 尚未审结 667 = 2111'],
  },
  {
    name: 'litigation-total.tabs',
    source: TABS,
    cells: [{ line: 92, from: '2243', to: '2244' }],
    change: 'part 四, 行政诉讼·未经复议直接起诉 × 总计: 2243 → 2244',
    why: 'Only the 未经复议直接起诉 group breaks; the 复议后起诉 group still adds up.',
    expect: [err('litigation-total', 'reviewLitigation.litigationDirect.total', 92)],
    quotes: ['“行政诉讼·未经复议直接起诉”', '总计 is 2244', '结果维持 361 + 结果纠正 998 + 其他结果 882 + 尚未审结 2 = 2243'],
  },

  // ── The same faults, one cell per line: `line` is the line of the row's label ──────────────
  {
    name: 'row-total.cells',
    source: CELLS,
    cells: [{ line: 140, from: '69', to: '70' }],
    change: '“3.危及“三安全一稳定”” (label line 139) × 自然人 (line 140): 69 → 70',
    why: 'As row-total.tabs; the row is reported on its label’s line 139, not on the cell’s line 140.',
    expect: [
      err('row-total', 'applications.denied.endangersSafety.total', 139),
      err('handled-sum', 'applications.totalHandled.naturalPerson', 326),
    ],
    quotes: ['“3.危及“三安全一稳定””', '总计 is 433', '自然人 70', '= 434', '“（七）总计” is 1700', 'add up to 1701'],
  },
  {
    name: 'row-total-zero.cells',
    source: CELLS,
    cells: [{ line: 93, from: '3430', to: '0' }],
    change: '“二、上年结转政府信息公开申请数量” (label line 86) × 总计 (line 93): 3430 → 0',
    why: 'A total printed 0 in a row of the 勾稽关系: its row, and the 总计 column’s balance (on the 结转下年度继续办理 label line 335).',
    expect: [
      err('row-total', 'applications.carriedOver.total', 86),
      err('balance', 'applications.carriedForward.total', 335),
    ],
    quotes: ['row “二、上年结转政府信息公开申请数量”', '总计 is 0', '= 3430', '“二、上年结转政府信息公开申请数量” 0', '= 9697', '= 13127'],
  },
  {
    name: 'handled-sum.cells',
    source: CELLS,
    cells: [{ line: 327, from: '1700', to: '1701' }],
    change: '“（七）总计” (label line 326) × 自然人 (line 327): 1700 → 1701',
    why: 'As handled-sum.tabs: the three identities of a （七）总计 cell, on the label lines 326 and 335.',
    expect: [
      err('handled-sum', 'applications.totalHandled.naturalPerson', 326),
      err('row-total', 'applications.totalHandled.total', 326),
      err('balance', 'applications.carriedForward.naturalPerson', 335),
    ],
    quotes: ['“（七）总计” is 1701', 'add up to 1700', 'row “（七）总计”', '= 8916', '“一、本年新收政府信息公开申请数量” 2231', '= 2389', '“（七）总计” 1701 + “四、结转下年度继续办理” 689 = 2390'],
  },
  {
    name: 'balance.cells',
    source: CELLS,
    cells: [
      { line: 88, from: '266', to: '267' },
      { line: 93, from: '3430', to: '3431' },
    ],
    change: '“二、上年结转政府信息公开申请数量” (label line 86) × 商业企业: 266 → 267 (line 88), and its 总计 3430 → 3431 (line 93)',
    why: 'The fault is in 上年结转, but balance is reported on the row that closes the identity: the 结转下年度继续办理 label, line 335.',
    expect: [
      err('balance', 'applications.carriedForward.commercial', 335),
      err('balance', 'applications.carriedForward.total', 335),
    ],
    quotes: ['column “商业企业”', '“二、上年结转政府信息公开申请数量” 267', '= 2322', '= 2321', 'column “总计”', '“二、上年结转政府信息公开申请数量” 3431 = 13128', '= 13127'],
  },
  {
    name: 'review-total.cells',
    source: CELLS,
    cells: [{ line: 375, from: '147', to: '148' }],
    change: 'part 四, 行政复议 × 结果纠正 (line 375): 147 → 148',
    why: 'A part rather than the total: the group no longer adds up. Part 四 prints one cell per line; the group is reported on the line of its first value, 374.',
    expect: [err('review-total', 'reviewLitigation.review.total', 374)],
    quotes: ['“行政复议”', '总计 is 747', '结果纠正 148', '= 748'],
  },
  {
    name: 'litigation-total.cells',
    source: CELLS,
    cells: [{ line: 388, from: '1973', to: '1974' }],
    change: 'part 四, 行政诉讼·复议后起诉 × 总计 (line 388): 1973 → 1974',
    why: 'The 复议后起诉 group, reported on the line of its first value, 384.',
    expect: [err('litigation-total', 'reviewLitigation.litigationAfterReview.total', 384)],
    quotes: ['“行政诉讼·复议后起诉”', '总计 is 1974', '结果维持 869 + 结果纠正 764 + 其他结果 2 + 尚未审结 338 = 1973'],
  },

  // ── Parse problems ───────────────────────────────────────────────────────────────────────
  {
    name: 'blank-cell.tabs',
    source: TABS,
    cells: [{ line: 66, from: '57', to: '' }],
    change: '“3.危及“三安全一稳定”” × 自然人: 57 → blank (the tabs around it kept)',
    why: 'A blank is null in the JSON and 0 in the checks. Here the blank took the place of a printed 57, so as 0 the row and the 自然人 column of outcome rows are both 57 short: one blank-cell warning and the two checks the cell is in, each off by 57. (blank-cell-zero.seed-tabs shows the usual case, a blank where the report means 0: the warning alone.)',
    expect: [
      warn('blank-cell', 'applications.denied.endangersSafety.naturalPerson', 66),
      err('row-total', 'applications.denied.endangersSafety.total', 66),
      err('handled-sum', 'applications.totalHandled.naturalPerson', 84),
    ],
    quotes: ['“3.危及“三安全一稳定”” × “自然人” is blank', '自然人 (none, as 0)', '= 181 (a difference of 57)', 'add up to 1556 (a difference of 57)'],
  },
  {
    name: 'blank-cell-zero.seed-tabs',
    source: SEED_TABS,
    cells: [{ line: 66, from: '0', to: '', nth: 1 }],
    change: 'real seed 002: “3.危及“三安全一稳定”” × 自然人: 0 → blank',
    why: 'A blank where the report means 0 (the whole row is 0): the warning, and the arithmetic still holds.',
    expect: [warn('blank-cell', 'applications.denied.endangersSafety.naturalPerson', 66)],
    quotes: ['“3.危及“三安全一稳定”” × “自然人” is blank'],
  },
  {
    name: 'placeholder-dash.tabs',
    source: TABS,
    cells: [{ line: 73, from: '4', to: '—' }],
    change: '“2.没有现成信息需要另行制作” × 法律服务机构: 4 → —',
    why: 'A mark where a number belongs counts as 0, like a blank: the warning, and the row and column each 4 short.',
    expect: [
      warn('placeholder-cell', 'applications.unableToProvide.needsCreation.legalService', 73),
      err('row-total', 'applications.unableToProvide.needsCreation.total', 73),
      err('handled-sum', 'applications.totalHandled.legalService', 84),
    ],
    quotes: ['“2.没有现成信息需要另行制作” × “法律服务机构” prints “—”', '总计 is 360', '= 356 (a difference of 4)', 'add up to 1474 (a difference of 4)'],
  },
  {
    name: 'placeholder-slash.seed-tabs',
    source: SEED_TABS,
    cells: [{ line: 66, from: '0', to: '/', nth: 2 }],
    change: 'real seed 002: “3.危及“三安全一稳定”” × 商业企业: 0 → /',
    why: 'A `/` where the report means 0: the warning alone.',
    expect: [warn('placeholder-cell', 'applications.denied.endangersSafety.commercial', 66)],
    quotes: ['“3.危及“三安全一稳定”” × “商业企业” prints “/”'],
  },
  {
    name: 'placeholder.cells',
    source: CELLS,
    cells: [{ line: 141, from: '102', to: '—' }],
    change: '“3.危及“三安全一稳定”” (label line 139) × 商业企业 (line 141): 102 → —',
    why: 'As placeholder-dash.tabs, one cell per line: every diagnostic of the row, the warning included, on the label line 139.',
    expect: [
      warn('placeholder-cell', 'applications.denied.endangersSafety.commercial', 139),
      err('row-total', 'applications.denied.endangersSafety.total', 139),
      err('handled-sum', 'applications.totalHandled.commercial', 326),
    ],
    quotes: ['“3.危及“三安全一稳定”” × “商业企业” prints “—”', '商业企业 (none, as 0)', '= 331 (a difference of 102)', 'add up to 1443 (a difference of 102)'],
  },
  {
    name: 'not-a-number.tabs',
    source: TABS,
    cells: [{ line: 66, from: '34', to: '三十四' }],
    change: '“3.危及“三安全一稳定”” × 科研机构: 34 → 三十四',
    why: 'A cell that is not a number has no value: the checks that need it (this row’s total, the 科研机构 column of outcome rows) are skipped, not failed. One warning, nothing else.',
    expect: [warn('not-a-number', 'applications.denied.endangersSafety.research', 66)],
    quotes: ['“3.危及“三安全一稳定”” × “科研机构” prints “三十四”'],
  },
  {
    name: 'cell-count.cells',
    source: CELLS,
    cells: [{ line: 142, from: '52', to: '' }],
    change: '“3.危及“三安全一稳定”” (label line 139) × 科研机构 (line 142): 52 → blank (the tab kept)',
    why: 'One cell per line, a blank cell looks like the blank lines between rows, so the row prints six cells for seven columns. The row alone cannot tell which is missing; the table’s column equations can (every other column of outcome rows adds up to （七）总计 only with the six numbers where they belong): cell-count on 科研机构, which is left empty, the other six read, and every check that needs 科研机构 skipped.',
    expect: [err('cell-count', 'applications.denied.endangersSafety.research', 139)],
    quotes: ['“3.危及“三安全一稳定””', '6 cells', '7', 'column “科研机构”'],
  },
  {
    name: 'missing-row.tabs',
    source: TABS,
    deleteLine: 66,
    change: 'line 66, the row “3.危及“三安全一稳定””, deleted',
    why: 'A row the form requires is an error; its values are unknown, so the column sums that need it are skipped rather than reported in all seven columns. Reported after the row before it (line 65).',
    expect: [err('missing-row', 'applications.denied.endangersSafety', 65)],
    quotes: ['“3.危及“三安全一稳定””'],
  },
  {
    name: 'missing-table4.tabs',
    source: TABS,
    truncateAt: 92,
    change: 'cut before line 92: part 四’s heading and column headers kept, its values and parts 五, 六 gone',
    why: 'The table of part 四 is missing (reported at its heading, line 87), and so are parts 五 and 六.',
    expect: [
      err('missing-part', null, null),
      err('missing-part', null, null),
      err('missing-table', 'reviewLitigation', 87),
    ],
    quotes: ['五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
  },
  {
    name: 'missing-part4.tabs',
    source: TABS,
    truncateAt: 87,
    change: 'cut before line 87: the file ends after part 三; parts 四, 五, 六 gone',
    why: 'Part 四 and its table are missing, and so are parts 五 and 六: four errors, and nothing about part 三’s rows.',
    expect: [
      err('missing-part', null, null),
      err('missing-part', null, null),
      err('missing-part', null, null),
      err('missing-table', 'reviewLitigation', null),
    ],
    quotes: ['四、政府信息公开行政复议、行政诉讼情况'],
  },
];

// ── Applying a fault ─────────────────────────────────────────────────────────────────────────

/** Replace the printed value `from` on `line` (1-based), keeping the whitespace around it. */
function changeCell(lines, { line, from, to, nth }, name) {
  const text = lines[line - 1];
  if (text === undefined) throw new Error(`${name}: line ${line} does not exist`);
  const cells = text.split('\t');
  const hits = cells.flatMap((cell, i) => (cell.trim() === from ? [i] : []));
  if (nth === undefined && hits.length !== 1) {
    throw new Error(`${name}: line ${line} prints “${from}” ${hits.length} times, not once: ${JSON.stringify(text)}`);
  }
  const index = hits[(nth ?? 1) - 1];
  if (index === undefined) throw new Error(`${name}: line ${line} has no occurrence ${nth} of “${from}”`);
  const cell = cells[index];
  const start = cell.indexOf(from);
  cells[index] = cell.slice(0, start) + to + cell.slice(start + from.length);
  lines[line - 1] = cells.join('\t');
}

function applyFault(fault, sourceText) {
  const lines = sourceText.split('\n');
  if (fault.cells) for (const cell of fault.cells) changeCell(lines, cell, fault.name);
  if (fault.deleteLine) lines.splice(fault.deleteLine - 1, 1);
  if (fault.truncateAt) return lines.slice(0, fault.truncateAt - 1).map((l) => `${l}\n`).join('');
  return lines.join('\n');
}

// ── The manifest and README ──────────────────────────────────────────────────────────────────

function manifest() {
  return `${JSON.stringify(
    FAULTS.map(({ name, source, change, why, expect, quotes, pending }) => ({
      file: `${name}.txt`,
      source,
      change,
      why,
      expect,
      quotes,
      ...(pending ? { pending } : {}),
    })),
    null,
    2,
  )}\n`;
}

const showDiagnostic = (d) => `\`${d.code}\` ${d.severity} ${d.path ?? '(no path)'} ${d.line === null ? '(no line)' : `L${d.line}`}`;

function readme() {
  const rows = FAULTS.map((f) => {
    const where = f.cells ? f.cells.map((c) => `L${c.line}`).join(', ') : f.deleteLine ? `L${f.deleteLine} deleted` : `cut at L${f.truncateAt}`;
    const cell = (s) => s.replaceAll('|', '\\|');
    return `| \`${f.name}.txt\` | ${f.source.slice(0, 3)}${f.source.includes('renumbered') ? ' renumbered' : ' seed'} | ${where} | ${cell(f.change)} | ${f.expect.map(showDiagnostic).join('<br>')}${f.pending ? '<br>**pending:** see below' : ''} |`;
  });
  const notes = FAULTS.map((f) => `- **${f.name}** — ${f.why}${f.pending ? `\n  *Pending:* ${f.pending}` : ''}`);
  return `# Fault fixtures

Written by \`scripts/make-fault-fixtures.mjs\` (do not edit by hand; run the script). Each file is
a renumbered fixture (every cell distinct, arithmetic exact) or, where noted, a real seed, with
exactly one deliberate fault: one printed cell changed (found by its line and value, every other
byte kept), one line deleted, or the file cut short. \`faults.json\` holds the same as data; the
tests in \`test/rules/\` assert these diagnostics exactly (code, severity, path, line), in this order.
A fault marked **pending** states the intended result, which needs a change outside
\`src/validate\` (explained below); its exact test is an expected failure (\`it.fails\`) until then.

Sources: **002** prints tab-separated rows (\`${TABS}\`); **000** prints one cell per line
(\`${CELLS}\`), where a row's diagnostics carry the line of the row's label.

| file | source | line | change | diagnostics expected |
|---|---|---|---|---|
${rows.join('\n')}

## Why these diagnostics

${notes.join('\n')}
`;
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────

function outputs() {
  const files = new Map();
  for (const fault of FAULTS) {
    const source = readFileSync(new URL(fault.source, FIXTURES), 'utf8');
    files.set(`${fault.name}.txt`, applyFault(fault, source));
  }
  files.set('faults.json', manifest());
  files.set('README.md', readme());
  return files;
}

function main(check) {
  const files = outputs();
  if (check) {
    const stale = [...files].filter(([name, text]) => {
      const url = new URL(name, FAULTS_DIR);
      return !existsSync(url) || readFileSync(url, 'utf8') !== text;
    });
    for (const [name] of stale) console.error(`fixtures/faults/${name} is missing or out of date`);
    if (stale.length > 0) {
      console.error('run: node scripts/make-fault-fixtures.mjs');
      process.exit(1);
    }
    return;
  }
  mkdirSync(FAULTS_DIR, { recursive: true });
  for (const [name, text] of files) writeFileSync(new URL(name, FAULTS_DIR), text);
  console.error(`wrote ${files.size} files to fixtures/faults/`);
}

main(options.check);
