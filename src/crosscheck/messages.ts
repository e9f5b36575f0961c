/**
 * Every sentence the cross-checks and the comparison show a person, in English and Chinese, as
 * data: one catalog per language with the same keys (test/crosscheck-messages.test.ts checks
 * that), `{name}` placeholders filled by `say`. Fragments (`*.atLine` …) are pieces a template
 * places where its language wants them, so both languages use the same keys and parameters.
 */

export type Lang = 'en' | 'zh';

const EN = {
  // text-table (warning): a figure the prose states differs from the table cell it speaks of.
  'text-table': 'text says “{quote}” ({proseLine}); table {cell} is {value}{tableLine}{others}',
  'text-table.proseLine': 'line {line}',
  'text-table.tableLine': ' (line {line})',
  'text-table.other': '; {cell} is {value}',
  'text-table.cell': '{rows} {column}',
  'text-table.row': '“{row}”',
  'text-table.plus': ' + ',

  // carry-over (error): this year's 上年结转 differs from last year's 结转下年度继续办理.
  'carry-over':
    'column “{column}”: “{overRow}”{overLine} is {over}, but “{forwardRow}” in the {previousYear} report ({previousFile}{forwardLine}) is {forward} (off by {difference})',
  'carry-over.atLine': ' (line {line})',
  'carry-over.fileLine': ', line {line}',

  // year-unclear (warning): meta.year is null.
  'year-unclear':
    'the year of the report could not be told from its title or opening, so meta.year is null; checks across years and comparisons by year leave this report out',

  // compare: the terminal table.
  'compare.old': 'old',
  'compare.new': 'new',
  'compare.part': 'part',
  'compare.row': 'row',
  'compare.column': 'column',
  'compare.change': 'change',
  'compare.percent': '%',
  'compare.large': 'large',
  'compare.reportLine': '{side}: {file}  {organ}  {year}',
  'compare.counts': '{changed} of {cells} cells changed',
  'compare.largeCount': '; {large} changed by {threshold}% or more (marked !)',
  'compare.noChange': 'no cell changed',
  'compare.otherOrgan': 'note: the two reports are of different organs ({old} / {new})',
  'compare.onlyOld': 'only in the old reports: {file} ({organ})',
  'compare.onlyNew': 'only in the new reports: {file} ({organ})',
  'compare.unknown': '-',
} as const;

export type MessageKey = keyof typeof EN;

const ZH: Readonly<Record<MessageKey, string>> = {
  'text-table': '{proseLine}正文称“{quote}”，但{tableLine}表格{cell}为{value}{others}',
  'text-table.proseLine': '第{line}行',
  'text-table.tableLine': '第{line}行',
  'text-table.other': '；{cell}为{value}',
  'text-table.cell': '{rows}{column}',
  'text-table.row': '“{row}”',
  'text-table.plus': '+',

  'carry-over': '“{column}”列：本报告{overLine}“{overRow}”为{over}，但{previousYear}年度报告（{previousFile}{forwardLine}）“{forwardRow}”为{forward}，相差{difference}',
  'carry-over.atLine': '第{line}行',
  'carry-over.fileLine': '，第{line}行',

  'year-unclear': '无法从标题或开头确定报告所属年度，年度记为空；跨年度核对和按年度比较不含本报告',

  'compare.old': '上期',
  'compare.new': '本期',
  'compare.part': '部分',
  'compare.row': '项目',
  'compare.column': '栏目',
  'compare.change': '增减',
  'compare.percent': '增减%',
  'compare.large': '大幅变化',
  'compare.reportLine': '{side}：{file}  {organ}  {year}',
  'compare.counts': '共{cells}项，{changed}项有变化',
  'compare.largeCount': '，其中{large}项变化达{threshold}%以上（标!）',
  'compare.noChange': '各项数据均无变化',
  'compare.otherOrgan': '注意：两份报告的机关不同（{old} / {new}）',
  'compare.onlyOld': '仅上期有：{file}（{organ}）',
  'compare.onlyNew': '仅本期有：{file}（{organ}）',
  'compare.unknown': '-',
};

/** The catalogs, by language: the same keys in each. */
export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en: EN, zh: ZH };

/** A message with its `{name}` placeholders filled; a placeholder without a value stays as written. */
export function say(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(MESSAGES[lang][key], params);
}

export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
