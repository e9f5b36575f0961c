/**
 * 本文件暂存第 15 号问题新增提示的中文写法，待 src/messages/zh.ts（第 17 号问题）并入主干后移入其中。
 *
 * The Chinese of the messages issue 15 adds, in the shape of en.ts, until src/messages/zh.ts
 * (issue 17) is on main: they move there then, and this file goes.
 */
import { formatSize, suggestedBound } from '../limits.js';
import { quoteCell, quoteLabel } from './quote.js';
import type { Messages as CliMessages } from '../cli/messages.js';
import type { Messages } from './params.js';

/** 如何提高随大小上限增长的工作量上限。 */
const workBoundRaised = (limit: number): string =>
  `此上限随大小上限增长，目前大小上限为 ${formatSize(limit)}；如需提高，请用 --max-bytes ${suggestedBound(null, limit)}（或设置环境变量 GOV_REPORT_MAX_BYTES=${suggestedBound(null, limit)}；程序库中为 maxBytes）`;

export const zhPending: Pick<Messages, 'too-large' | 'too-large.lines' | 'too-large.cells' | 'second-report' | 'not-a-number.negative'> = {
  'second-report': ({ line }) =>
    `第 ${line} 行起是另一份报告（各部分从第一部分重新开始）：一个文件只应包含一份报告，因此只读取了第一份报告的表格，第二份报告的内容归入 text.otherMatters。请将文件拆分后分别处理`,
  'not-a-number.negative': (p) => `“${quoteLabel(p.row)}”行“${quoteLabel(p.column)}”列为“${quoteCell(p.printed)}”，是负数，不可能是件数；输出中记为 null`,
  'too-large': ({ bytes, limit }) =>
    `${
      bytes === null
        ? `该输入超过单个输入的上限 ${formatSize(limit)} 仍未结束（可能是设备文件或无尽的数据流），已停止读取`
        : `该文件大小为 ${formatSize(bytes)}，超过单个输入的上限 ${formatSize(limit)}，未予读取`
    }。一份年度报告很少超过 1 MB；如确是要处理的文件，请提高上限：--max-bytes ${suggestedBound(bytes, limit)}（或设置环境变量 GOV_REPORT_MAX_BYTES=${suggestedBound(bytes, limit)}；程序库中为 maxBytes）`,
  'too-large.lines': ({ lines, limit }) =>
    `该文件超过 ${lines} 行（一份报告通常只有几百行），为免单个文件耗尽整批处理的内存和时间，未予读取。${workBoundRaised(limit)}`,
  'too-large.cells': ({ cells, limit }) =>
    `该文件表格中的单元格超过 ${cells} 个（一份报告通常只有几千个），为免单个文件耗尽整批处理的内存和时间，未继续读取。${workBoundRaised(limit)}`,
};

/**
 * 命令行新增语句的中文（src/cli/messages.ts 的 en 表同名键），待主干有中文表后移入。
 * The Chinese of the command line's new sentences (the same keys as src/cli/messages.ts's en table).
 */
export const zhCliPending = {
  options: {
    maxBytes: '单个输入的最大大小，如 64MB（默认 16MB，或由环境变量 GOV_REPORT_MAX_BYTES 设定）；超过的输入报告为 too-large，不予读取',
    keepFormulas: 'CSV：以 =、+、-、@、制表符或回车开头的文字原样写出；默认在其前加一个 \'，以免电子表格把它当作公式执行',
    jobs: '处理 200 个及以上文件时使用的工作线程数（0：单线程；默认每个处理器核心一个；最多每核两个）',
  },
  usage: {
    maxBytes: (value: string, fromEnvironment: boolean) =>
      `${fromEnvironment ? '环境变量 GOV_REPORT_MAX_BYTES' : '--max-bytes'} 应为大小，如 64MB、512KB 或 1048576（字节），而不是“${value}”`,
    keepFormulasCsvOnly: '--keep-formulas 仅适用于 --format csv',
  },
  inputs: {
    nameTooLong: '路径长度超过系统允许的上限（PATH_MAX）',
    danglingLink: '这是一个指向不存在目标的符号链接',
    nameNotUtf8: '文件名不是 UTF-8 编码（此处以 � 显示），无法按名称打开；请重命名，例如 `convmv -f gbk -t utf-8 --notest <文件>`',
    namedPipe: '这是命名管道（FIFO），不是文件：在文件夹或通配符中不予读取，以免无限等待；如需读取，请直接给出其名称',
    notAFile: '这是设备或套接字，不是文件：在文件夹或通配符中不予读取',
  },
} satisfies { options: Partial<CliMessages['options']>; usage: Partial<CliMessages['usage']>; inputs: Partial<CliMessages['inputs']> };
