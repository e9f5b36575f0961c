/**
 * text-table over sentences written against one report whose every cell is distinct: the
 * renumbered 002 fixture (2021 form, tab-separated). Its values, read from the file:
 * 本年新收 8743, 上年结转 3431, （七）总计 8974, 结转下年度 3200; 自然人 本年新收 1203 (上年结转 742,
 * （七）总计 1613); 予以公开 374, 部分公开 539, 不予公开 (eight rows) 3144, 无法提供 1370, 本机关不掌握 442,
 * 不予处理 2235, 其他处理 1312; 行政复议 2111, 直接起诉 2243, 复议后起诉 2098; 规章 5505/29/8680,
 * 行政规范性文件 11/2739/7275, 行政许可 2513, 行政处罚 187, 行政强制 26, 行政事业性收费 10.5 万元.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, type PendingDiagnostic } from '../src/diagnostics.js';
import { zh } from '../src/messages/zh.js';
import { NEGATED_CLAIMS } from '../src/catalog/prose.js';
import { anyOf, findFigures, proseLines } from '../src/prose/figures.js';
import { chineseNumeral } from '../src/prose/numbers.js';
import { parseWithLayout } from '../src/report.js';
import type { Report } from '../src/schema.js';
import { ruleContext } from '../src/validate/context.js';
import { textTable } from '../src/validate/textTable.js';

const FILE = 'fixtures/002_4a61cbdbb397b0fd.renumbered.txt';
const { report, layout } = parseWithLayout(readFileSync(FILE), { file: FILE });

/** The heading the test sentences stand under, as in part 一 of a report. */
const HEADING = '（二）政府信息公开申请办理情况';

/** The rule's findings for one sentence printed on line 7 of this report (under a heading), before they are written in a language. */
const pending = (sentence: string, over: Report = report, previous = HEADING): PendingDiagnostic[] =>
  textTable(ruleContext(over, { ...layout, figures: findFigures([{ line: 7, text: sentence, previous }], { year: over.meta.year, organ: over.meta.organ }) }, over.diagnostics));

/** The warnings for one sentence, in English or (the catalog kept for the Chinese messages) Chinese. */
function check(sentence: string, lang: 'en' | 'zh' = 'en') {
  return pending(sentence).map((d) => {
    const rendered = render(d);
    return lang === 'zh' && d.message === 'text-table' ? { ...rendered, message: zh['text-table'](d.params) } : rendered;
  });
}

describe('chineseNumeral', () => {
  it.each([
    ['十二', 12],
    ['十', 10],
    ['三十', 30],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['二十万', 200_000],
    ['三万零五十', 30_050],
    ['一千零一', 1001],
  ])('%s is %d', (text, value) => expect(chineseNumeral(text)).toBe(value));

  it.each(['二三', '一零', '十十', '百', '万', '二〇二四', ''])('%s is no number', (text) => expect(chineseNumeral(text)).toBeNull());
});

describe('text-table: figures stated right are silent', () => {
  it.each([
    '2024年，我镇共收到政府信息公开申请8743件。',
    '本年度新收政府信息公开申请8,743件，上年结转3431件，办结8974件，结转下年度继续办理3200件。',
    '全年受理依申请公开８７４３件，已全部依法答复。',
    '共收到12174件政府信息公开申请（含上年结转3431件）。',
    '收到政府信息公开申请12174件，其中上年结转3431件。',
    '全年共办理政府信息公开申请8974件。',
    '尚有3200件结转下年度办理。',
    '因政府信息公开被申请行政复议2111件，被提起行政诉讼4341件。',
    '因政府信息公开工作被提起行政诉讼2243件。',
    '本年度发生政府信息公开行政复议两千一百一十一件。',
    '行政事业性收费10.5万元。',
    '全年行政事业性收费金额105000元。',
    '本年制发行政规范性文件十一件，废止行政规范性文件2,739件，现行有效规范性文件7275件。',
    '印发11件规范性文件。',
    '全年作出行政处罚决定一百八十七件，做出行政强制决定二十六件，作出行政许可决定2513件。',
    '收到的申请中，自然人申请1203件，法人或其他组织申请7540件。',
    '其中，予以公开374件，部分公开539件，不予公开3144件，无法提供1370件，不予处理2235件，其他处理1312件。',
    '办结的申请中，374件予以公开，539件部分公开。',
    '办结的申请中，因本机关不掌握相关政府信息无法提供的442件。',
    '本年度我镇新收到政府信息公开申请8743件，上年结转申请3431件。',
    '全年共处理政府信息公开申请8974件，结转至2025年继续办理3200件。',
    '截至2024年12月31日，现行有效规范性文件7275件。',
  ])('%s', (sentence) => {
    expect(check(sentence)).toEqual([]);
    expect(findFigures([{ line: 1, text: sentence, previous: HEADING }], { year: 2024, organ: report.meta.organ }).length).toBeGreaterThan(0);
  });
});

describe('text-table: figures that are not about these cells are never compared', () => {
  it.each([
    ['a sub-unit', '区政府办公室受理政府信息公开申请12件。'],
    ['an aggregate', '全县共收到政府信息公开申请500件。'],
    ['a named body', '县司法局收到政府信息公开申请12件。'],
    ['a body of the organ', '乔官镇便民服务中心收到政府信息公开申请3件。'],
    ['another year', '2023年共收到政府信息公开申请5件，办结5件。'],
    ['last year', '上年度共收到政府信息公开申请15件。'],
    ['half a year', '上半年收到政府信息公开申请30件。'],
    ['an increase', '收到政府信息公开申请同比增长15件。'],
    ['a change', '较上年增加办结申请20件。'],
    ['an estimate', '收到政府信息公开申请约100件。'],
    ['余', '收到政府信息公开申请400余件。'],
    ['多', '受理政府信息公开申请100多件。'],
    ['左右', '收到政府信息公开申请12件左右。'],
    ['a bound', '收到政府信息公开申请超过100件。'],
    ['a rate', '按时答复率达100%。'],
    ['respectively', '收到和办结政府信息公开申请分别为12件和10件。'],
    ['信息处理费 (not 行政事业性收费)', '2024年乔官镇收取信息处理费0元。'],
    ['licence applications', '受理行政许可申请1234件。'],
    ['internal rules', '制定规章制度5项。'],
    ['a reviewing body', '依法办理行政复议案件85件，其中涉及政府信息公开的12件。'],
    ['published decisions', '公开行政处罚决定12件。'],
    ['Party documents', '制定党内规范性文件3件。'],
    ['an ordinal', '这是第12件政府信息公开申请。'],
    ['a letter, not an application', '收到人大代表建议4件。'],
    ['a plan for next year', '2025年，我镇计划收到政府信息公开申请10件。'],
    ['a count of persons', '培训政府信息公开工作人员60人次。'],
    ['a channel', '其中，通过网络平台收到申请100件。'],
    ['on time', '全年办结政府信息公开申请8974件，其中按时办结8970件。'],
    ['channels in a breakdown', '全年共受理政府信息公开申请8743件，其中当面申请5件，网络申请12件，信函申请3件。'],
  ])('%s: %s', (_why, sentence) => expect(check(sentence)).toEqual([]));
});

describe('text-table: wordings of real reports', () => {
  it.each([
    // Agreeing, in the many ways reports put it.
    '2024年，本机关共收到政府信息公开申请8743件，上年结转3431件，已办结8974件，结转下年度继续办理3200件。',
    '全年共受理政府信息公开申请12174件（含上年结转3431件），已全部依法答复8974件。',
    '本年度收到的8743件申请中，自然人申请1203件，法人或者其他组织申请7540件。',
    '从申请主体看，自然人1203件，商业企业2173件，科研机构1460件，社会组织952件，法律服务机构1686件。',
    '从办理结果看，予以公开374件，部分公开539件，不予公开3144件，无法提供1370件，不予处理2235件，其他处理1312件。',
    '上年结转的3431件申请已全部办结。',
    '收到政府信息公开申请共计8743件，办结8974件。',
    '收到各类依申请公开事项8743件。',
    '全年共收到依申请公开申请8743件，较去年减少100件。',
    '全年因政府信息公开被申请行政复议2111件、被提起行政诉讼4341件。',
    '因政府信息公开被申请行政复议和提起行政诉讼共计6452件。',
    '全年行政事业性收费收入10.5万元。',
    // Of this year's applications, those answered and those still open (8743 − 3200).
    '共收到政府信息公开申请8743件，已答复5543件，正在办理3200件。',
    // Not about these cells: silent whatever the number.
    '2023年收到申请20件，2024年收到申请25件。',
    '全年共办理行政应诉案件30件，其中政府信息公开类5件。',
    '全年共受理各类政务服务申请5000件，办结4990件。', // under the disclosure heading, but about other work
    '全年受理行政许可申请300件，办结298件。',
    '在政府网站发布规范性文件12件。',
    '清理现行有效规范性文件50件。',
    '未发生因政府信息公开被行政复议纠错的情况。',
    '县政府办公室受理申请5件，各乡镇受理申请10件。',
    '受理的申请中，涉及征地拆迁类12件，占比40%。',
    '本年度未收取信息处理费。',
    '共接到群众来电咨询120余次。',
    '提供一条龙服务。',
    '办好十件民生实事。',
    // Another body named by its level (a 县政府 or 区政府 in a 镇's report), a part of the year, a count since the start.
    '区政府共收到政府信息公开申请100件，其中区政府办公室受理20件。',
    '本年度，县政府共收到政府信息公开申请8744件。',
    '2024年1-6月收到申请4000件。',
    '3月至6月收到申请8744件。',
    '截至2024年底，累计收到政府信息公开申请50000件。',
    '累计收到政府信息公开申请50000件。',
  ])('%s', (sentence) => expect(check(sentence)).toEqual([]));

  it('a paragraph not about disclosure says nothing of part 三, even with the words of its figures', () => {
    expect(pending('全年共受理申请5000件，办结4990件。', report, '（三）政务服务情况')).toEqual([]);
    expect(pending('全年共受理申请5000件，办结4990件。').map((d) => d.path)).toEqual(['applications.newReceived.total', 'applications.totalHandled.total']);
  });

  it.each([
    ['全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。', 'reviewLitigation.review.total', '“行政复议” + “行政诉讼·未经复议直接起诉” + “行政诉讼·复议后起诉” 总计 is 6452'],
    ['本年度无因政府信息公开引起的行政复议案件。', 'reviewLitigation.review.total', '“行政复议” 总计 is 2111'],
    ['未发生因依申请公开引发的行政诉讼。', 'reviewLitigation.litigationDirect.total', '“行政诉讼·未经复议直接起诉” + “行政诉讼·复议后起诉” 总计 is 4341'],
    // The share after the figure is another number; the figure itself is this year's (silence here would miss a real mistake).
    ['收到政府信息公开申请12件，同比增长20%。', 'applications.newReceived.total', '“一、本年新收政府信息公开申请数量” 总计 is 8743'],
    ['共收到政府信息公开申请8743件，已答复5544件，正在办理3200件。', 'applications.totalHandled.total', '“（七）总计” 总计 is 8974 (line 84); “（一）至（六）办理结果” 总计 is 8974; “一、本年新收 − 四、结转下年度继续办理” 总计 is 5543'],
    // The whole year, this year's count, the organ's own government: compared.
    ['2024年1月至12月，共收到政府信息公开申请8744件。', 'applications.newReceived.total', '“一、本年新收政府信息公开申请数量” 总计 is 8743'],
    ['全年共收到依申请公开申请8744件。', 'applications.newReceived.total', '“一、本年新收政府信息公开申请数量” 总计 is 8743'],
    ['全年累计收到政府信息公开申请8744件。', 'applications.newReceived.total', '“一、本年新收政府信息公开申请数量” 总计 is 8743'],
    ['本年度，乔官镇政府共收到政府信息公开申请8744件。', 'applications.newReceived.total', '“一、本年新收政府信息公开申请数量” 总计 is 8743'],
    ['本年度，我镇政府共收到政府信息公开申请8744件。', 'applications.newReceived.total', '“一、本年新收政府信息公开申请数量” 总计 is 8743'],
    ['其中商业企业2174件。', 'applications.newReceived.commercial', '“一、本年新收政府信息公开申请数量” 商业企业 is 2173'],
    ['本年度收到的8744件申请中，自然人申请1203件。', 'applications.newReceived.total', '“一、本年新收政府信息公开申请数量” 总计 is 8743'],
  ])('a statement against the tables: %s', (sentence, path, cells) => {
    const found = check(sentence);
    expect(found.map((d) => [d.path, d.line])).toEqual([[path, 7]]);
    expect(found[0]!.message).toContain(`table ${cells}`);
  });
});

describe('text-table: a figure stated wrong is one warning with both lines', () => {
  it('received: the message quotes the figure, the cells and both lines', () => {
    const found = check('2024年，我镇共收到政府信息公开申请8744件。');
    expect(found).toEqual([
      {
        code: 'text-table',
        severity: 'warning',
        path: 'applications.newReceived.total',
        line: 7,
        message:
          'text says “收到政府信息公开申请8744件” (line 7); table “一、本年新收政府信息公开申请数量” 总计 is 8743 (line 60); “一、本年新收政府信息公开申请数量” + “二、上年结转政府信息公开申请数量” 总计 is 12174',
      },
    ]);
    expect(check('2024年，我镇共收到政府信息公开申请8744件。', 'zh')[0]!.message).toBe(
      '第 7 行正文称“收到政府信息公开申请8744件”，但第 60 行表格“一、本年新收政府信息公开申请数量”总计为 8743；“一、本年新收政府信息公开申请数量”+“二、上年结转政府信息公开申请数量”总计为 12174',
    );
  });

  it.each([
    ['本年度办结政府信息公开申请8975件。', 'applications.totalHandled.total'],
    ['上年结转政府信息公开申请3430件。', 'applications.carriedOver.total'],
    ['结转下年度继续办理3,201件。', 'applications.carriedForward.total'],
    ['本年新收政府信息公开申请八千七百四十二件。', 'applications.newReceived.total'],
    ['其中自然人申请1204件。', 'applications.newReceived.naturalPerson'],
    ['申请办理结果中，予以公开375件。', 'applications.granted.total'],
    ['申请办理结果中，不予公开3145件。', 'applications.denied.stateSecret.total'],
    ['因政府信息公开被申请行政复议2112件。', 'reviewLitigation.review.total'],
    ['因政府信息公开被提起行政诉讼4342件。', 'reviewLitigation.litigationDirect.total'],
    ['行政事业性收费11.5万元。', 'activeDisclosure.fees.amount'],
    ['本年制发行政规范性文件十二件。', 'activeDisclosure.normativeDocuments.issued'],
    ['作出行政处罚决定188件。', 'activeDisclosure.punishment.decisions'],
    ['乔官镇共收到政府信息公开申请8744件。', 'applications.newReceived.total'],
    ['全年共处理政府信息公开申请8974件，结转至2025年继续办理3201件。', 'applications.carriedForward.total'],
    ['截至2024年12月31日，现行有效规范性文件7276件。', 'activeDisclosure.normativeDocuments.inForce'],
  ])('%s', (sentence, path) => {
    const found = check(sentence);
    expect(found.map((d) => [d.code, d.severity, d.path, d.line])).toEqual([['text-table', 'warning', path, 7]]);
  });

  it('a "sentence" over 1,000 characters (a table run into one line) is not read; the sentences around it are', () => {
    const wrong = '2024年，我镇共收到政府信息公开申请8744件。';
    const runOn = '本年度收到政府信息公开申请 12 件，'.repeat(60);
    expect(runOn.length).toBeGreaterThan(1000);
    expect(check(runOn)).toEqual([]);
    // The same figure stated wrong in a sentence of ordinary length, before and after it, is found each time.
    expect(check(`${wrong}${runOn}。${wrong}`).map((d) => d.path)).toEqual(['applications.newReceived.total', 'applications.newReceived.total']);
  });

  it('a statement that nothing was received, against a table that received 8743', () => {
    const found = check('本年度未收到政府信息公开申请。', 'zh');
    expect(found.map((d) => d.message)).toEqual(['第 7 行正文称“未收到政府信息公开申请”，但第 60 行表格“一、本年新收政府信息公开申请数量”总计为 8743']);
  });

  it('a 总计 the table prints wrong may be read as the sum of its parts (review-total reports the table)', () => {
    const file = 'fixtures/faults/review-total.tabs.txt'; // 行政复议 总计 2111 printed 2112
    const fault = parseWithLayout(readFileSync(file), { file });
    const say = (sentence: string) =>
      textTable(ruleContext(fault.report, { ...fault.layout, figures: findFigures([{ line: 7, text: sentence, previous: HEADING }], { year: 2024, organ: fault.report.meta.organ }) }, fault.report.diagnostics)).map((d) => render(d).message);
    expect(say('因政府信息公开被申请行政复议2111件。')).toEqual([]);
    expect(say('因政府信息公开被申请行政复议2112件。')).toEqual([]);
    expect(say('因政府信息公开被申请行政复议2113件。')).toEqual(['text says “行政复议2113件” (line 7); table “行政复议” 总计 is 2112 (line 92)']);
  });

  it('a cell the report could not read makes the figure unknown: no warning', () => {
    const unread: Report = { ...report, diagnostics: [...report.diagnostics, { code: 'not-a-number', severity: 'warning', message: '', path: 'applications.carriedOver.total', line: 61 }] };
    expect(pending('共收到政府信息公开申请9999件。', unread)).toEqual([]);
  });
});

describe('proseLines', () => {
  it('keeps sentences with their line numbers and leaves table rows out', () => {
    expect(proseLines(['标题', '2024年，我镇收到申请1件。', '一、本年新收\t1\t0', '| 规章 | 0 |', '', '  本年度，无。'])).toEqual([
      { line: 2, text: '2024年，我镇收到申请1件。', previous: '标题' },
      { line: 6, text: '本年度，无。', previous: '| 规章 | 0 |' },
    ]);
  });
});

describe('anyOf: the sentences a negated claim may be in, found before they are cut into clauses', () => {
  it('is a pattern for the catalog\'s negated claims, and matches every sentence that states one', () => {
    const any = anyOf(NEGATED_CLAIMS.map((c) => c.pattern));
    expect(any).not.toBeNull();
    for (const sentence of ['本年度未收到政府信息公开申请', '2024年，本机关未发生因政府信息公开引起的行政复议、行政诉讼案件，工作有序', '全年没有受理信息公开申请的情况：', '无因政府信息公开申请引起的行政复议案件']) {
      expect(NEGATED_CLAIMS.some((c) => sentence.split(/[，,：:]/).some((clause) => c.pattern.test(clause.trimEnd())))).toBe(true);
      expect(any!.test(sentence)).toBe(true);
    }
    expect(any!.test('本年度收到政府信息公开申请12件')).toBe(false);
  });

  it('is null for a pattern that looks around its match or is not closed by $ (a shortcut there could skip a statement)', () => {
    for (const pattern of [/未收到(?!申请)$/, /(?<=本年)未收到$/, /^未收到$/, /\b未收到$/, /(未)\1$/, /未收到/, /未收到$/g, /未$|收到$/, /未收到\$/]) expect(anyOf([pattern]), String(pattern)).toBeNull();
    expect(anyOf([/[^无]未收到$/, /无$/])?.source).toBe('(?:[^无]未收到)|(?:无)');
  });
});
