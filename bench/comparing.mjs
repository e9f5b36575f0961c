/**
 * What bench/compare.mjs and bench/compare-documents.mjs share: the options every comparison
 * takes (--base, --dist, --seed, --show) and how a difference between two outputs is shown.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * The command line: the options every comparison takes, and `options` of its own (node:util
 * parseArgs' shape). Returns the common ones resolved, and the raw values of all.
 */
export function comparisonOptions(argv, options) {
  const { values } = parseArgs({
    args: argv,
    options: { base: { type: 'string' }, dist: { type: 'string' }, seed: { type: 'string' }, show: { type: 'string' }, ...options },
  });
  if (!values.base) throw new Error('--base DIR is required (a build of dist/ from before the change)');
  return {
    values,
    base: resolve(values.base),
    dist: values.dist ? resolve(values.dist) : join(ROOT, 'dist'),
    seed: Number(values.seed ?? 1),
    show: Number(values.show ?? 10),
  };
}

/** Null when the two outputs are the same; else where they first differ, with the text around it. */
export function difference(name, a, b) {
  if (a === b) return null;
  let at = 0;
  while (a[at] === b[at]) at++;
  return `${name}: differs at ${at}\n  base: …${a.slice(Math.max(0, at - 80), at + 120)}\n  new:  …${b.slice(Math.max(0, at - 80), at + 120)}`;
}
