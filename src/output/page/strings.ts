/**
 * Every word the overview page shows, in Chinese and in English: one table per language, the same
 * keys in both (a test checks that, and that both use the same {placeholders}). Kept apart from
 * the code that draws the page, so that the words of both languages are read and changed in one place.
 *
 * Not here: what comes from the report or the form itself — organ names, prose, diagnostic
 * messages, and the labels inside the form's tables (from the catalog, printed as the form prints
 * them, in Chinese in both languages, like the report they reproduce).
 */

export type Lang = 'zh' | 'en';

const zh = {
  htmlLang: 'zh-CN',
  pageTitle: '政府信息公开工作年度报告总览',
  madeBy: '由 gov-report 生成',
  generatedAt: '生成时间：{when}',
  navOverview: '总览',
  navCharts: '图表',
  navReports: '各报告',
  navUnreadable: '无法读取的文件',

  countReports: '份报告',
  countWithErrors: '份有错误',
  countWithWarnings: '份有警告',
  countUnreadable: '个文件无法读取',
  countErrors: '条错误',
  countWarnings: '条警告',
  countInfos: '条提示',

  overviewHeading: '总览',
  overviewCaption: '每份报告一行；点击列名排序，点击机关名称查看该报告。',
  filterLabel: '筛选',
  filterPlaceholder: '机关、年度或文件名',
  onlyErrors: '只看有错误的报告',
  shownRows: '显示 {shown} / {total} 份报告',
  noReports: '这批文件中没有可以读取的报告。',

  colFile: '文件',
  colOrgan: '机关',
  colYear: '年度',
  colForm: '表式',
  colNewReceived: '本年新收',
  colHandled: '办结',
  colCarriedForward: '结转下年度',
  colReview: '行政复议',
  colLitigation: '行政诉讼',
  colErrors: '错误',
  colWarnings: '警告',
  colCode: '代码',
  colReason: '原因',

  form2021: '2021年版',
  form2019: '2019年试行版',
  noValue: '—',
  unknownOrgan: '（未识别出机关）',
  yearSuffix: '{year}年度',

  unreadableHeading: '无法读取的文件',
  unreadableCaption: '这些文件没有作为报告读取，原因如下。',

  chartsHeading: '图表',
  batchChartTitle: '各报告本年新收申请数量及办理结果构成',
  batchChartNote: '按本年新收申请数量从多到少排列；右侧为各类办理结果占办理总数的比例。',
  seriesHeading: '同一机关历年情况',
  seriesChartTitle: '{organ}：历年本年新收申请数量',
  outcomeChartTitle: '申请办理结果',
  chartData: '图表数据',
  chartNoData: '没有可画的数据。',
  legend: '图例',
  colCount: '件数',
  colShare: '占比',
  colOutcomeTotal: '办理结果合计',
  colOutcomeShare: '办理结果构成',

  outcomeGranted: '予以公开',
  outcomePartiallyGranted: '部分公开',
  outcomeDenied: '不予公开',
  outcomeUnableToProvide: '无法提供',
  outcomeNotProcessed: '不予处理',
  outcomeOtherHandling: '其他处理',

  reportsHeading: '各报告',
  backToOverview: '返回总览',
  needsScript: '各报告的表格、问题清单和正文要在浏览器允许运行脚本时才能显示。',
  reportFile: '文件',
  reportEncoding: '编码',
  reportBytes: '字节数',
  reportPublishedOn: '发布日期',
  reportForm: '表式',
  part2: '二、主动公开政府信息情况',
  part3: '三、收到和处理政府信息公开申请情况',
  part4: '四、政府信息公开行政复议、行政诉讼情况',
  tableMissing: '报告中没有读到这张表。',
  noFormTable: '没有识别出表式，无法按表式列出主动公开情况。',
  proseHeading: '报告正文',
  prose1: '一、总体情况',
  prose5: '五、存在的主要问题及改进情况',
  prose6: '六、其他需要报告的事项',
  proseMissing: '（报告中没有读到这一部分）',
  proseUnavailable: '这个浏览器无法显示正文（它不支持解压缩）；请换用较新的浏览器。',

  diagnosticsHeading: '发现的问题',
  noDiagnostics: '没有发现问题。',
  severityError: '错误',
  severityWarning: '警告',
  severityInfo: '提示',
  lineNumber: '第 {line} 行',
  noLineNumber: '无行号',
  sourceLine: '原文第 {line} 行',
  locationPage: '第{page}页',
  locationRow: '表{table}第{row}行',
  locationParagraph: '第{paragraph}段',
  blankCell: '空白',
};

export type StringKey = keyof typeof zh;
export type Strings = Readonly<Record<StringKey, string>>;

const en: Strings = {
  htmlLang: 'en',
  pageTitle: 'Government information disclosure annual reports: overview',
  madeBy: 'Made by gov-report',
  generatedAt: 'Made on {when}',
  navOverview: 'Overview',
  navCharts: 'Charts',
  navReports: 'Reports',
  navUnreadable: 'Files that could not be read',

  countReports: 'reports',
  countWithErrors: 'with errors',
  countWithWarnings: 'with warnings',
  countUnreadable: 'files could not be read',
  countErrors: 'errors',
  countWarnings: 'warnings',
  countInfos: 'notes',

  overviewHeading: 'Overview',
  overviewCaption: 'One row per report; click a column name to sort, an organ to open its report.',
  filterLabel: 'Filter',
  filterPlaceholder: 'organ, year or file name',
  onlyErrors: 'Only reports with errors',
  shownRows: 'Showing {shown} of {total} reports',
  noReports: 'No file in this batch could be read as a report.',

  colFile: 'File',
  colOrgan: 'Organ',
  colYear: 'Year',
  colForm: 'Form',
  colNewReceived: 'New applications',
  colHandled: 'Handled',
  colCarriedForward: 'Carried forward',
  colReview: 'Administrative review',
  colLitigation: 'Litigation',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colCode: 'Code',
  colReason: 'Reason',

  form2021: '2021 form',
  form2019: '2019 trial form',
  noValue: '—',
  unknownOrgan: '(organ not found)',
  yearSuffix: '{year}',

  unreadableHeading: 'Files that could not be read',
  unreadableCaption: 'These files were not read as reports, for the reason given.',

  chartsHeading: 'Charts',
  batchChartTitle: 'New applications per report, and how they were handled',
  batchChartNote: 'Sorted by new applications, most first; on the right, each outcome as a share of all applications handled.',
  seriesHeading: 'One organ over the years',
  seriesChartTitle: '{organ}: new applications by year',
  outcomeChartTitle: 'How applications were handled',
  chartData: 'Chart data',
  chartNoData: 'Nothing to draw.',
  legend: 'Legend',
  colCount: 'Count',
  colShare: 'Share',
  colOutcomeTotal: 'All outcomes',
  colOutcomeShare: 'Outcomes, as shares',

  outcomeGranted: 'Granted',
  outcomePartiallyGranted: 'Partly granted',
  outcomeDenied: 'Denied',
  outcomeUnableToProvide: 'Unable to provide',
  outcomeNotProcessed: 'Not processed',
  outcomeOtherHandling: 'Handled otherwise',

  reportsHeading: 'Reports',
  backToOverview: 'Back to the overview',
  needsScript: 'The tables, problems and text of each report show only when the browser runs this page’s script.',
  reportFile: 'File',
  reportEncoding: 'Encoding',
  reportBytes: 'Bytes',
  reportPublishedOn: 'Published on',
  reportForm: 'Form',
  part2: 'II. Information disclosed proactively',
  part3: 'III. Applications received and handled',
  part4: 'IV. Administrative review and litigation',
  tableMissing: 'This table was not found in the report.',
  noFormTable: 'The form could not be told, so part II cannot be laid out as it prints.',
  proseHeading: 'Text of the report',
  prose1: 'I. Overview',
  prose5: 'V. Main problems and improvements',
  prose6: 'VI. Other matters to report',
  proseMissing: '(this part was not found in the report)',
  proseUnavailable: 'This browser cannot show the text (it cannot decompress it); please open the page in a current browser.',

  diagnosticsHeading: 'Problems found',
  noDiagnostics: 'No problems found.',
  severityError: 'error',
  severityWarning: 'warning',
  severityInfo: 'note',
  lineNumber: 'line {line}',
  noLineNumber: 'no line',
  sourceLine: 'source line {line}',
  locationPage: 'page {page}',
  locationRow: 'table {table}, row {row}',
  locationParagraph: 'paragraph {paragraph}',
  blankCell: 'blank',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

/** A string with its {placeholders} filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
