/** The loader hook of record-loads.mjs: each ES module's URL, as it is loaded. */
import { appendFileSync } from 'node:fs';

let out;
export function initialize(data) {
  out = data.out;
}

export async function load(url, context, next) {
  appendFileSync(out, `${url}\n`);
  return next(url, context);
}
