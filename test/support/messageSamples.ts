/**
 * Params for every message id, each variant of a message at least once: the type makes a new id
 * without samples a compile error, so the language tests cover every message.
 */
import type { CutValues, EquationFault, MessageId, MessageParams, RunTogether } from '../../src/messages/params.js';

const cell = { row: '3.危及“三安全一稳定”', column: '自然人' };
const run: RunTogether = { row: '一、本年新收政府信息公开申请数量', printed: '801000081', cells: 7, arithmetic: { kind: 'total', total: '总计' } };
const part2: RunTogether = { row: '规章', printed: '5589126475', cells: 3, arithmetic: { kind: 'none' } };
const part4: RunTogether = { row: '行政复议', printed: '110024001510102', cells: 15, arithmetic: { kind: 'groups', size: 5 } };
const cuts: CutValues[] = [
  [5, 5, 89126475],
  [5, 58, 9126475],
  [5, 589, 126475],
  [5, 5891, 26475],
  [5, 58912, 6475],
  [55, 8, 9126475],
];
const across = (outcome: 'chosen' | 'no-solution' | 'gave-up') => ({ rules: ['handled-sum', 'balance'] as const, cuts: 3, outcome });
const fault = (left: EquationFault['left'], right: EquationFault['right'], where: string): EquationFault => ({
  where,
  left,
  right,
  leftSum: left.reduce((s, t) => s + (t.value ?? 0), 0),
  rightSum: right.reduce((s, t) => s + (t.value ?? 0), 0),
  leftRange: ['（一）予以公开', '（六）其他处理'],
});
const rowTerms = [
  { label: '自然人', value: 1203 },
  { label: '商业企业', value: null },
  { label: '其他', value: 7540 },
];

export const MESSAGE_SAMPLES: { readonly [Id in MessageId]: readonly MessageParams[Id][] } = {
  'empty-input': [{}],
  'empty-input.noText': [{}],
  'not-text': (['pdf', 'doc', 'rtf', 'png', 'jpeg', 'gif', 'tiff', 'webp', 'gzip', 'rar', '7z', 'docx', 'odt', 'xlsx', 'ofd', 'zip', 'html', 'binary'] as const).map((kind) => ({ kind })),
  'not-text.encoding': [
    { encoding: 'gbk', detected: null },
    { encoding: 'utf-8', detected: 'gb18030' },
  ],
  'not-text.pdfNeedsAsync': [{}],
  'legacy-doc': [{}],
  encrypted: (['pdf', 'docx', 'html', 'office'] as const).map((kind) => ({ kind })),
  'damaged-file': [
    { kind: 'pdf', damage: { what: 'noEndMarker' } },
    { kind: 'pdf', damage: { what: 'notOpenable' } },
    { kind: 'pdf', damage: { what: 'unreadablePage', page: 3 } },
    { kind: 'docx', damage: { what: 'cutOff' } },
    { kind: 'docx', damage: { what: 'noDirectory' } },
    { kind: 'docx', damage: { what: 'brokenDirectory' } },
    { kind: 'docx', damage: { what: 'brokenEntry', entry: 'word/document.xml' } },
    { kind: 'docx', damage: { what: 'notUnpacked', entry: 'word/document.xml' } },
    { kind: 'docx', damage: { what: 'packing', entry: 'word/document.xml', method: 14 } },
    { kind: 'docx', damage: { what: 'noDocument' } },
    { kind: 'html', damage: { what: 'unreadable' } },
  ],
  'too-large.document': [
    { kind: 'pdf', excess: { what: 'bytes', megabytes: 120, limit: 100 } },
    { kind: 'pdf', excess: { what: 'pages', pages: 1000, limit: 150 } },
    { kind: 'docx', excess: { what: 'unpacked', entry: 'word/document.xml', limit: 50 } },
  ],
  'no-text-layer': [{}],
  'no-table': (['pdf', 'docx', 'html'] as const).map((kind) => ({ kind })),
  'unknown-encoding': [{ name: 'gbx' }],
  'not-a-report': [{}],
  'not-a-report.encoding': [{ encoding: 'gbk', detected: 'utf-8' }],
  'too-large': [
    { bytes: 17 * 1024 * 1024, limit: 16 * 1024 * 1024 },
    { bytes: null, limit: 16 * 1024 * 1024 },
  ],
  'too-large.lines': [{ lines: 262_144, limit: 16 * 1024 * 1024 }],
  'too-large.cells': [{ cells: 262_144, limit: 16 * 1024 * 1024 }],
  'second-report': [{ line: 127 }],
  'unsupported-format': [{ year: 2017, firstYear: 2019 }],
  'unsupported-format.freeForm': [{ firstYear: 2019 }],
  'missing-part': [{ heading: '四、政府信息公开行政复议、行政诉讼情况' }],
  'heading-not-found': [{ heading: '四、政府信息公开行政复议、行政诉讼情况' }],
  'missing-table': [{ table: 'activeDisclosure' }, { table: 'applications' }, { table: 'reviewLitigation' }],
  'missing-table.placeholder': [{ table: 'applications', placeholder: '[TABLE]' }],
  'missing-row': [
    { row: '3.危及“三安全一稳定”', table: 'applications', after: 65 },
    { row: '3.危及“三安全一稳定”', table: 'applications', after: null },
  ],
  'unknown-row': [{ label: '（八）其他' }, { label: '一、本年新收政府信息公开申请数量 二、上年结转政府信息公开申请数量 三、本年度办理结果' }],
  'duplicate-row': [
    { row: '2.重复申请', repeats: 1 },
    { row: '2.重复申请', repeats: 3 },
  ],
  'duplicate-row.unread': [{ row: '3.其他', kept: 52 }],
  'duplicate-row.neither': [{ row: '行政处罚', other: 62 }],
  'duplicate-row.line': [{ row: '四、结转下年度继续办理', line: 462, other: 461, value: '247' }],
  'ambiguous-pairing': (['count', 'readings', 'arithmetic', 'shared', 'gapped', 'column'] as const).map((reason) => ({ row: '2.重复申请', labels: 4, lines: 3, values: 21, reason })),
  'ambiguous-pairing.unlabelled': [
    { row: '2.重复申请', rows: 2, lines: 1, reason: 'count' },
    { row: '2.重复申请', rows: 1, lines: 1, reason: 'arithmetic' },
    { row: '2.重复申请', rows: 2, lines: 2, reason: 'readings' },
    { row: '2.重复申请', rows: 2, lines: 2, reason: 'shared' },
    { row: '行政诉讼·复议后起诉', rows: 1, lines: 5, reason: 'short' },
  ],
  'ambiguous-pairing.headed': [{ row: '行政复议' }],
  'ambiguous-pairing.twice': [{ row: '5.属于三类内部事务信息', other: 172 }],
  'ambiguous-pairing.copied': [{ row: '行政诉讼（复议后起诉）', other: '行政复议', line: 53 }],
  'duplicate-row.lines': [
    { row: '复议后起诉', first: 608, firstEnd: 610, from: 612, to: 614, times: 1 },
    { row: '(一) 予以公开', first: 60, firstEnd: 60, from: 61, to: 150060, times: 150000 },
  ],
  'ambiguous-pairing.order': [{ row: '复议后起诉', read: '687 263 560 9 1519', order: '17 555 930 565 2067' }],
  'ambiguous-pairing.repeated': [{ row: '未经复议直接起诉', first: 493, from: 495, to: 496, numbers: '196 19' }],
  'ambiguous-pairing.reprinted': [{ row: '2.重复申请', line: 50, labels: 2 }],
  'ambiguous-pairing.inOrder': [{ numbers: 20, readings: 2, runs: 3 }],
  'ambiguous-pairing.inOrderRepeat': [{ numbers: 17, repeated: [361, 998, 882, 2, 2243] }],
  'recovered-pairing.inOrder': [
    { row: '行政复议', read: [593, 544, 19, 867, 2023], numbers: 16, runs: 1, tail: null },
    { row: '行政诉讼·复议后起诉', read: [17, 312, 588, 825, 1742], numbers: 16, runs: 1, tail: 530 },
    { row: '行政诉讼·未经复议直接起诉', read: [0, 0, 0, 0, 0], numbers: 17, runs: 3, tail: null },
  ],
  'recovered-pairing.smallTable': [
    { row: '规章', read: [49, 146, 3444], item: '（一）', rows: 2, numbers: 6 },
    { row: '行政处罚', read: [8289], item: '（六）', rows: 2, numbers: 2 },
    { row: '行政事业性收费', read: [1598], item: '（八）', rows: 1, numbers: 1 },
  ],
  'recovered-pairing.around': [
    { row: '（三）不予公开 1.属于国家秘密', read: [27, 38, 15, 119, 111, 53, 363], before: '（三）不予 属于国家', after: '公开 秘密' },
    { row: '3.要求提供公开出版物', read: [115, 103, 90, 75, 134, 25, 542], before: '3.要求提供公', after: '' },
    { row: '（七）总计', read: [1700, 1545, 1496, 952, 1672, 1550, 8915], before: '', after: '（七）总计' },
  ],
  'recovered-pairing.underHeaders': [
    { row: '规章', read: [5589, 12, 6475], columns: ['本年制发件数', '本年废止件数', '现行有效件数'], rows: 2 },
    { row: '行政许可', read: [4759], columns: ['本年处理决定数量'], rows: 1 },
  ],
  'recovered-pairing.formOrder': [
    { row: '（三）不予公开 3.危及“三安全一稳定”', read: [69, 102, 52, 63, 91, 56, 433], numbers: 175, first: 113, last: 520, moved: { value: 69, line: 431, row: '（三）不予公开 3.危及“三安全一稳定”', column: '自然人' }, extra: null, gap: null },
    { row: '一、本年新收政府信息公开申请数量', read: [2231, 2055, 980, 1371, 1302, 1758, 9697], numbers: 175, first: 1, last: 1, moved: null, extra: null, gap: null },
    { row: '3.要求提供公开出版物', read: [84, 85, 28, 159, 140, 96, 592], numbers: 176, first: 1, last: 1, moved: null, extra: { value: 2, line: 1 }, gap: null },
    { row: '四、结转下年度继续办理', read: [735, 200, 917, 211, 463, 247, null], numbers: 174, first: 1, last: 1, moved: null, extra: null, gap: { row: '四、结转下年度继续办理', column: '总计' } },
    { row: '四、结转下年度继续办理', read: [23, 43, 34, 149, 89, 136, null], numbers: 160, first: 104, last: 471, moved: { value: 1372, line: 117, row: '一、本年新收政府信息公开申请数量', column: '法律服务机构' }, extra: null, gap: { row: '四、结转下年度继续办理', column: '总计' } },
  ],
  'recovered-pairing.blocks': [
    { row: '一、本年新收政府信息公开申请数量', read: [1203, 2173, 1460, 952, 1686, 1269, 8743], numbers: 175, blocks: 150, first: 81, last: 520 },
    { row: '（六）其他处理 3.其他', read: [0, 0, 0, 0, 0, 0, 0], numbers: 161, blocks: 40, first: 12, last: 300 },
  ],
  'recovered-pairing': [
    { row: '2.重复申请', labels: 4, lines: 4, by: 'rows', after: false, unchecked: false },
    { row: '规章', labels: 2, lines: 6, by: 'columns', after: true, unchecked: false },
    { row: '2.重复申请', labels: 1, lines: 1, by: 'position', after: false, unchecked: false },
    { row: '2.重复申请', labels: 2, lines: 2, by: 'position', after: false, unchecked: false },
    { row: '1.属于国家秘密', labels: 19, lines: 133, by: 'rows', after: false, unchecked: true },
    { row: '2.重复申请', labels: 19, lines: 133, by: 'interleaved', after: false, unchecked: false },
  ],
  'cell-count': [{ row: '（一）予以公开', printed: 8, cells: 7, quoted: ['1', '2', null, '4', '5', '6', '7', '8'] }],
  'cell-count.tooFew': [{ row: '（一）予以公开', printed: 6, cells: 7, quoted: ['1', '2', '3', '4', '5', '6'] }],
  'cell-count.located': [{ row: '四、结转下年度继续办理', printed: 6, cells: 7, quoted: ['735', '200', '917', '211', '463', '247'], column: '总计' }],
  'cell-count.edges': [{ row: '二、上年结转政府信息公开申请数量', printed: 6, cells: 7, quoted: [null, '1', '2', '3', '4', '5', '7', null] }],
  'cell-count.unchecked': [
    { row: '（二）部分公开', cells: 7, quoted: [null, '59', '61', '108', '92', '36', '127'], why: 'followed' },
    { row: '行政事业性收费', cells: 2, quoted: [null, '5'], why: 'followedNoSums' },
    { row: '8.属于行政查询事项', cells: 7, quoted: ['83', '61', '43', '66', '71', '47', '349'], why: 'gap' },
    { row: '四、结转下年度继续办理', cells: 7, quoted: ['1111111111111111111111111111', '535', '851', '536', '480', '371', '346'], why: 'junk' },
    { row: '1.本机关不掌握相关政府信息', cells: 7, quoted: ['100', '21', '118', '94', '103', '96', '532'], why: 'lost' },
    { row: '行政规范性文件', cells: 3, quoted: ['13', '1153', '2662'], why: 'short' },
    { row: '四、结转下年度继续办理', cells: 7, quoted: ['46', '136', '142', '146', '150', '688', '688'], why: 'columns' },
    { row: '四、结转下年度继续办理', cells: 7, quoted: ['81', '2', '690', '567', '658', '141', '3200'], why: 'unchecked' },
    { row: '行政许可', cells: 1, quoted: ['2'], why: 'cut' },
    { row: '规章', cells: 3, quoted: ['38', '104', '882'], why: 'before' },
    { row: '（四）无法提供 1.本机关不掌握相关政府信息', cells: 7, quoted: ['32', '130', '111', '62', '109', '31', '475'], why: 'beside' },
    { row: '（四）无法提供 1.本机关不掌握相关政府信息', cells: 7, quoted: ['32', '130', '111', '62', '109', '31', '475'], why: 'bare' },
  ],
  'cell-count.readings': [
    { row: '二、上年结转政府信息公开申请数量', quoted: ['0', '0', '0 000', '0', '0', '0'], cells: 7, spaced: ['0 000'], words: [], arithmetic: { kind: 'total', total: '总计' } },
    { row: '（三）不予公开 1.属于国家秘密', quoted: ['0', '0', '0', '0', null, '0', '0', '0'], cells: 7, spaced: [], words: ['行政'], arithmetic: { kind: 'total', total: '总计' } },
  ],
  'cell-count.oneNumber': [
    { row: '政府集中采购', printed: '52', cells: 2, read: [5, 2] },
    { row: '规章', printed: '100', cells: 3, read: [1, 0, 0] },
  ],
  'cell-count.oneRow': [{ printed: 14, cells: 15 }],
  'blank-cell': [cell],
  'placeholder-cell': [{ ...cell, printed: '—' }],
  'not-a-number': [{ ...cell, printed: '三十四' }],
  'not-a-number.tooLong': [{ ...cell, printed: '1234567890123456789012345678901234' }],
  'not-a-number.negative': [{ ...cell, printed: '-109' }],
  'not-a-count': [{ ...cell, printed: '2.5' }],
  'joined-number': [{ row: '行政事业性收费', column: '本年收费金额（单位：万元）', before: '10', after: '.5', beforeLine: 53, afterLine: 54, read: '10.5' }],
  'joined-number.digits': [{ row: '四、结转下年度继续办理', before: '46', after: '3', beforeLine: 459, afterLine: 460, read: [735, 200, 917, 211, 463, 247, 2773] }],
  'cut-number': [
    { row: '行政许可', before: '29', after: '41', beforeLine: 13, afterLine: 14, printed: [29], joined: [2941], reason: 'none' },
    { row: '四、结转下年度继续办理', before: '46', after: '3', beforeLine: 459, afterLine: 460, printed: [735, 200, 917, 211, 46, 3, 247], joined: [735, 200, 917, 211, 463, 247, null], reason: 'neither' },
    { row: '行政复议', before: '3', after: '76', beforeLine: 158, afterLine: 159, printed: [144, 18, 3, 76, 241], joined: [144, 18, 376, 12, 550], reason: 'both' },
    { row: '（四）无法提供', before: '342', after: '11', beforeLine: 89, afterLine: 90, printed: [null, null, null, null, null, null, null], joined: [32, 130, 111, 62, 109, 31, 475], reason: 'moved' },
    { row: '1.本机关不掌握相关政府信息', before: '3', after: '6', beforeLine: 90, afterLine: 91, printed: [32, 130, 111, 62, 109, 31, 475], joined: [null, null, null, null, null, null, null], reason: 'doubted' },
  ],
  unit: [{ row: '政府集中采购', column: '采购总金额', printed: '251000元', unit: '元', expected: '万元' }],
  'recovered-cells': [
    {
      row: '二、上年结转政府信息公开申请数量',
      quoted: ['766', '404', '975 901', '312', '840', '4198'],
      cells: 7,
      spaced: ['975 901'],
      words: [],
      arithmetic: { kind: 'total', total: '总计' },
      read: [766, 404, 975, 901, 312, 840, 4198],
      blanks: 0,
    },
    {
      row: '1.属于国家秘密',
      quoted: ['88', '132', '8', '95', '38', '74', null, '435'],
      cells: 7,
      spaced: [],
      words: [],
      arithmetic: { kind: 'total', total: '总计' },
      read: [88, 132, 8, 95, 38, 74, 435],
      blanks: 1,
    },
    {
      row: '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      quoted: ['行政', '70', '37', '105', '109', '98', '112 531'],
      cells: 7,
      spaced: ['112 531'],
      words: ['行政'],
      arithmetic: { kind: 'total', total: '总计' },
      read: [70, 37, 105, 109, 98, 112, 531],
      blanks: 0,
    },
  ],
  'recovered-digits': [
    { ...run, read: [80, 1, 0, 0, 0, 0, 81], across: null },
    { ...part2, read: [0, 0, 0], across: null },
    { ...run, read: [80, 1, 0, 0, 0, 0, 81], across: across('chosen') },
  ],
  'recovered-digits.agreed': [{ ...part4, row: '行政诉讼·未经复议直接起诉', cells: 5, arithmetic: { kind: 'total', total: '总计' }, read: [10, 8, 9, 3, 30], cuts: 2 }],
  'ambiguous-digits': [
    { ...part2, cuts, complete: true, across: null },
    { ...run, cuts: cuts.slice(0, 2), complete: false, across: null },
    { ...run, cuts: cuts.slice(0, 2), complete: true, across: across('chosen') },
    { ...run, cuts: cuts.slice(0, 2), complete: true, across: across('no-solution') },
    { ...part4, cuts: cuts.slice(0, 2), complete: true, across: across('gave-up') },
  ],
  'unrecoverable-digits': [
    { ...run, gaveUp: true, steps: 100000, maxDigits: 6 },
    { ...part2, gaveUp: false, steps: 12, maxDigits: 6 },
    { ...part4, gaveUp: false, steps: 12, maxDigits: 6 },
  ],
  'year-unclear': [{}],
  'text-table': [
    {
      quote: '收到政府信息公开申请75件',
      line: 12,
      table: { rows: ['一、本年新收政府信息公开申请数量'], column: '总计', value: 74, line: 88 },
      others: [{ rows: ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量'], column: '总计', value: 80 }],
    },
    { quote: '行政复议3件', line: 7, table: { rows: ['行政复议'], column: '总计', value: 2, line: null }, others: [] },
  ],
  'carry-over': [
    {
      column: '商业企业',
      carriedOver: { row: '二、上年结转政府信息公开申请数量', line: 61, value: 487 },
      previous: { row: '四、结转下年度继续办理', line: 85, value: 480, year: 2022, file: 'a/2022.txt' },
    },
    {
      column: '总计',
      carriedOver: { row: '二、上年结转政府信息公开申请数量', line: null, value: 3 },
      previous: { row: '四、结转下年度继续办理', line: null, value: 0, year: 2022, file: null },
    },
  ],
  'equation.sums': [
    fault(
      [
        { label: '一、本年新收政府信息公开申请数量', value: 8744 },
        { label: '二、上年结转政府信息公开申请数量', value: 3431 },
      ],
      [
        { label: '（七）总计', value: 8974 },
        { label: '四、结转下年度继续办理', value: 3200 },
      ],
      '总计',
    ),
  ],
  'equation.outcomes': [fault([{ label: '（一）予以公开', value: 1556 }], [{ label: '(七) 总计', value: 1613 }], '自然人')],
  'equation.rowTotal': [fault(rowTerms, [{ label: '总计', value: 8744 }], '本年新收政府信息公开申请数量'), fault(rowTerms, rowTerms, '（七）总计')],
  'equation.groupTotal': [
    fault(
      [
        { label: '结果维持', value: 17 },
        { label: '结果纠正', value: 976 },
        { label: '其他结果', value: 451 },
        { label: '尚未审结', value: 667.5 },
      ],
      [{ label: '总计', value: 2112 }],
      '行政复议',
    ),
  ],
};
