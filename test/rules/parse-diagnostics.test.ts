/**
 * Parse problems are diagnostics of their own codes, and they decide what the arithmetic rules
 * may do: blank and placeholder cells count as 0 (so they may break a sum, which is then
 * reported), while unknown cells and missing rows make the rules that need them stand aside.
 */
import { describe, expect, it } from 'vitest';
import { CLEAN_FIXTURES, error, located, only, parseClean, parseFault, warning } from './support.js';

describe('blank-cell', () => {
  it('blank-cell.tabs: a printed 57 deleted → one warning, and as 0 the row and its column are 57 short', () => {
    const report = parseFault('blank-cell.tabs');
    expect(located(report.diagnostics)).toEqual([
      warning('blank-cell', 'applications.denied.endangersSafety.naturalPerson', 66),
      error('row-total', 'applications.denied.endangersSafety.total', 66),
      error('handled-sum', 'applications.totalHandled.naturalPerson', 84),
    ]);
    expect(only(report, 'blank-cell').message).toBe(
      '“3.危及“三安全一稳定”” × “自然人” is blank; it stays empty in the output (never 0) and counts as 0 in the checks',
    );
    expect(only(report, 'row-total').message).toContain('总计 is 238, but 自然人 (none, as 0) + 商业企业 115');
    expect(only(report, 'row-total').message).toContain('= 181 (a difference of 57)');
    expect(only(report, 'handled-sum').message).toContain('“(七) 总计” is 1613, but the outcome rows （一）予以公开 … （六）其他处理 add up to 1556 (a difference of 57)');
    // Never invented as 0 in the JSON.
    expect(report.applications!.denied.endangersSafety!.naturalPerson).toBeNull();
  });

  it('blank-cell-zero.seed-tabs: a blank where the report means 0 → the warning alone', () => {
    const report = parseFault('blank-cell-zero.seed-tabs');
    expect(located(report.diagnostics)).toEqual([warning('blank-cell', 'applications.denied.endangersSafety.naturalPerson', 66)]);
    expect(report.diagnostics[0]!.message).toContain('“3.危及“三安全一稳定”” × “自然人” is blank');
    expect(report.applications!.denied.endangersSafety!.naturalPerson).toBeNull();
  });
});

describe('placeholder-cell', () => {
  it('placeholder-dash.tabs: “—” for a 4 → one warning, and as 0 the row and its column are 4 short', () => {
    const report = parseFault('placeholder-dash.tabs');
    expect(located(report.diagnostics)).toEqual([
      warning('placeholder-cell', 'applications.unableToProvide.needsCreation.legalService', 73),
      error('row-total', 'applications.unableToProvide.needsCreation.total', 73),
      error('handled-sum', 'applications.totalHandled.legalService', 84),
    ]);
    expect(only(report, 'placeholder-cell').message).toContain('“2.没有现成信息需要另行制作” × “法律服务机构” prints “—” instead of a number');
    expect(only(report, 'row-total').message).toContain('row “2.没有现成信息需要另行制作”: 总计 is 360, but');
    expect(only(report, 'row-total').message).toContain('法律服务机构 (none, as 0)');
    expect(only(report, 'handled-sum').message).toContain('add up to 1474 (a difference of 4)');
  });

  it('placeholder-slash.seed-tabs: “/” where the report means 0 → the warning alone', () => {
    const report = parseFault('placeholder-slash.seed-tabs');
    expect(located(report.diagnostics)).toEqual([warning('placeholder-cell', 'applications.denied.endangersSafety.commercial', 66)]);
    expect(report.diagnostics[0]!.message).toContain('“3.危及“三安全一稳定”” × “商业企业” prints “/”');
  });

  // Issue 3: in a one-cell-per-line layout a cell's diagnostics carry its row label's line (139),
  // not the cell's own (141).
  it('placeholder.cells: one cell per line, the warning too is on the label line 139', () => {
    const report = parseFault('placeholder.cells');
    expect(located(report.diagnostics)).toEqual([
      warning('placeholder-cell', 'applications.denied.endangersSafety.commercial', 139),
      error('row-total', 'applications.denied.endangersSafety.total', 139),
      error('handled-sum', 'applications.totalHandled.commercial', 326),
    ]);
  });

  it('placeholder.cells: the arithmetic part holds already', () => {
    const report = parseFault('placeholder.cells');
    expect(located(report.diagnostics.filter((d) => d.severity === 'error'))).toEqual([
      error('row-total', 'applications.denied.endangersSafety.total', 139),
      error('handled-sum', 'applications.totalHandled.commercial', 326),
    ]);
    expect(only(report, 'row-total').message).toContain('商业企业 (none, as 0)');
    expect(only(report, 'row-total').message).toContain('= 331 (a difference of 102)');
  });
});

describe('unknown values: the rules that need them are skipped, not failed', () => {
  it('not-a-number.tabs: “三十四” for 34 → the warning alone (no row-total, no handled-sum on 科研机构)', () => {
    const report = parseFault('not-a-number.tabs');
    expect(located(report.diagnostics)).toEqual([warning('not-a-number', 'applications.denied.endangersSafety.research', 66)]);
    expect(report.diagnostics[0]!.message).toContain('“3.危及“三安全一稳定”” × “科研机构” prints “三十四”');
    expect(report.applications!.denied.endangersSafety!.research).toBeNull();
  });

  it('cell-count.cells: a blank cell one cell per line, placed by the column equations → cell-count on 科研机构 at the label line, nothing else', () => {
    const report = parseFault('cell-count.cells');
    expect(located(report.diagnostics)).toEqual([error('cell-count', 'applications.denied.endangersSafety.research', 139)]);
    expect(report.diagnostics[0]!.message).toContain('row “3.危及“三安全一稳定”” prints 6 cells where the form has 7');
    expect(report.diagnostics[0]!.message).toContain('the missing one in column “科研机构”');
    // The source's row (lines 140–146): 69 102 52 63 91 56 433, its 52 blanked.
    expect(report.applications!.denied.endangersSafety).toEqual({
      naturalPerson: 69, commercial: 102, research: null, nonprofit: 63, legalService: 91, other: 56, total: 433,
    });
  });
});

describe('missing rows, tables and parts are errors', () => {
  it('missing-row.tabs: a deleted row → missing-row after the row before it, and no cascade of column sums', () => {
    const report = parseFault('missing-row.tabs');
    expect(located(report.diagnostics)).toEqual([error('missing-row', 'applications.denied.endangersSafety', 65)]);
    expect(report.diagnostics[0]!.message).toBe('row “3.危及“三安全一稳定”” of the application (part 三) table was not found (expected after line 65)');
    expect(report.applications!.denied.endangersSafety).toBeNull();
  });

  it('missing-table4.tabs: part 四 cut after its headers → missing-table at its heading, and parts 五, 六 missing', () => {
    const report = parseFault('missing-table4.tabs');
    expect(located(report.diagnostics)).toEqual([
      error('missing-part', null, null),
      error('missing-part', null, null),
      error('missing-table', 'reviewLitigation', 87),
    ]);
    expect(report.diagnostics[0]!.message).toContain('五、存在的主要问题及改进情况');
    expect(report.diagnostics[1]!.message).toContain('六、其他需要报告的事项');
    expect(report.reviewLitigation).toBeNull();
  });

  // With part 四 gone, part 三's rows must not come back as `unknown-row` warnings of part 四.
  it('missing-part4.tabs: the file ends after part 三 → four errors and nothing about part 三', () => {
    const report = parseFault('missing-part4.tabs');
    expect(located(report.diagnostics)).toEqual([
      error('missing-part', null, null),
      error('missing-part', null, null),
      error('missing-part', null, null),
      error('missing-table', 'reviewLitigation', null),
    ]);
  });

  it('missing-part4.tabs: the errors hold already', () => {
    const report = parseFault('missing-part4.tabs');
    expect(located(report.diagnostics.filter((d) => d.severity === 'error'))).toEqual([
      error('missing-part', null, null),
      error('missing-part', null, null),
      error('missing-part', null, null),
      error('missing-table', 'reviewLitigation', null),
    ]);
    expect(report.diagnostics[0]!.message).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(report.applications).not.toBeNull();
    expect(report.reviewLitigation).toBeNull();
  });
});

describe('clean fixtures', () => {
  it.each(CLEAN_FIXTURES)('%s has no error diagnostic', (name) => {
    expect(parseClean(name).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
