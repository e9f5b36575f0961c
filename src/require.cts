/**
 * `require('gov-report')`. The package is an ES module: Node ≥ 20.19 (and 22.12) loads it from
 * require() as it is, and this file hands it over. Older Node cannot require an ES module: say so,
 * in both languages, instead of Node's message about a file inside the package. Its types are
 * index.d.ts's (package.json exports: TypeScript 5.8 or later with module nodenext allows it).
 */
let library: typeof import('./index.js');
try {
  library = require('./index.js');
} catch (error) {
  if ((error as NodeJS.ErrnoException | null)?.code !== 'ERR_REQUIRE_ESM') throw error;
  const message = [
    `gov-report is an ES module: load it with import (import { parseReport } from 'gov-report') or await import('gov-report'); require('gov-report') needs a Node that can require ES modules, 20.19 or later (this is Node ${process.versions.node}).`,
    `gov-report 是 ES 模块：请用 import（import { parseReport } from 'gov-report'）或 await import('gov-report') 加载；require('gov-report') 需要能 require ES 模块的 Node，即 20.19 或更高版本（当前为 Node ${process.versions.node}）。`,
  ].join('\n');
  throw Object.assign(new Error(message, { cause: error }), { code: 'ERR_REQUIRE_ESM' });
}
export = library;
