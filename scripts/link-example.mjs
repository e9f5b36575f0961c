#!/usr/bin/env node
/**
 * examples/library depends on this package by path ("gov-report": "file:../.."). `npm install`
 * there would make node_modules/gov-report a link to the repository (and may reach the
 * registry); this makes the same link and nothing else, so that `npm run typecheck` checks the
 * example against the package as a user gets it (its exports and types) with no network.
 * Its typescript and @types/node are the repository's, found further up.
 */
import { lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(ROOT, 'examples', 'library', 'node_modules');
const link = join(modules, 'gov-report');
const target = relative(modules, ROOT); // ../../..

mkdirSync(modules, { recursive: true });
let current = null;
try {
  current = lstatSync(link).isSymbolicLink() ? readlinkSync(link) : 'not a link';
} catch {
  /* none yet */
}
if (current !== target) {
  if (current !== null) rmSync(link, { recursive: true, force: true });
  symlinkSync(target, link, 'dir');
}
