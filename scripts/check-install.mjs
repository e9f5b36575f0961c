#!/usr/bin/env node
/**
 * Does gov-report work as the READMEs say, once installed elsewhere? Packs the package (npm pack:
 * what `files` in package.json ships), installs the tarball the two ways the READMEs name — globally
 * into a temporary prefix (`npm i -g`), and as a dev-dependency of a scratch project (`npm i -D`,
 * then `npx gov-report`) — and runs every example of README.md and README.zh-CN.md (the `gov-report`
 * lines of their ```sh blocks, and the `run:` lines of their ```yaml blocks) against the installed
 * program, in a folder holding the repository's fixtures/ and a reports/ folder as a user's would.
 *
 * Each example must give what the same command gives from this working tree (stdout, stderr, exit
 * status, and the files it writes), and must not end in a usage error (exit 2). An example whose
 * command the installed program does not list in its --help is reported as skipped.
 *
 *   node scripts/check-install.mjs [--keep]     # npm run check-install
 *
 * Needs npm and the registry (or npm's cache) for the dependencies; takes a minute or two. Not part
 * of `npm test`. `--keep` leaves the temporary folder for a look.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** The examples of a README: runnable lines of its ```sh blocks and the `run:` lines of its ```yaml blocks. */
export function readmeExamples(text) {
  const examples = [];
  for (const block of text.matchAll(/^ *```(sh|yaml)\n([\s\S]*?)^ *```$/gm)) {
    for (const raw of block[2].split('\n')) {
      const line = block[1] === 'yaml' ? (/^\s*(?:-\s+)?run:\s*(.*gov-report.*)$/.exec(raw)?.[1] ?? '') : raw.trim();
      if (line === '' || line.startsWith('#') || !/(?:^|\|\s*|npx )gov-report /.test(line)) continue;
      examples.push(line);
    }
  }
  return examples;
}

function main(scratch) {
  console.log(`scratch folder: ${scratch}`);
  // 1. Pack, as `npm publish` would.
  const tarball = join(scratch, npm(['pack', '--pack-destination', scratch], root).trim().split('\n').pop());
  console.log(`packed: ${tarball}`);

  // 2. Install it globally into a prefix of its own, and as a dev-dependency of a scratch project.
  const prefix = join(scratch, 'prefix');
  npm(['install', '--global', '--prefix', prefix, tarball], scratch);
  const project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'reports', private: true }, null, 2));
  npm(['install', '--save-dev', tarball], project);

  // 3. The folder a user works in: the fixtures, and reports/ (two good reports and a wrong one).
  const template = join(scratch, 'template');
  cpSync(join(root, 'fixtures'), join(template, 'fixtures'), { recursive: true });
  mkdirSync(join(template, 'reports'));
  for (const file of ['fixtures/000_02e88f20f87b4541.renumbered.txt', 'fixtures/002_4a61cbdbb397b0fd.renumbered.txt', 'fixtures/faults/row-total.tabs.txt']) {
    cpSync(join(root, file), join(template, 'reports', file.split('/').pop()));
  }

  // 4. A `gov-report` on the PATH for each way: installed globally, as a dev-dependency, and this tree.
  const shims = join(scratch, 'shims');
  const shim = (name, target) => {
    mkdirSync(join(shims, name), { recursive: true });
    const file = join(shims, name, 'gov-report');
    writeFileSync(file, `#!/bin/sh\nexec ${target} "$@"\n`);
    chmodSync(file, 0o755);
    return join(shims, name);
  };
  const ways = {
    global: join(prefix, 'bin'),
    devDependency: shim('dev', `"${join(project, 'node_modules', '.bin', 'gov-report')}"`),
    tree: shim('tree', `node "${join(root, 'bin', 'gov-report.js')}"`),
  };

  const readmes = ['README.md', 'README.zh-CN.md'].filter((f) => existsSync(join(root, f)));
  const examples = [...new Set(readmes.flatMap((f) => readmeExamples(readFileSync(join(root, f), 'utf8'))))];
  const help = spawnSync(join(ways.global, 'gov-report'), ['--help'], { encoding: 'utf8', env: { PATH: process.env.PATH } }).stdout;
  const commands = new Set([...help.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]));

  // Each way works in a folder of its own; the dev-dependency's is the project that depends on it,
  // where `npx gov-report` runs the project's copy (elsewhere npx is left out of the line).
  const folders = { global: join(scratch, 'work-global'), devDependency: project, tree: join(scratch, 'work-tree') };
  const run = (way, example) => {
    const line = way === 'devDependency' ? example : example.replace(/^npx gov-report /, 'gov-report ');
    return spawnSync('bash', ['-o', 'pipefail', '-c', line], {
      cwd: folders[way],
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { PATH: `${ways[way]}:${process.env.PATH}`, HOME: scratch, LANG: 'C', npm_config_cache: join(process.env.HOME ?? scratch, '.npm'), npm_config_update_notifier: 'false' },
    });
  };
  for (const folder of Object.values(folders)) cpSync(template, folder, { recursive: true });

  let failed = 0;
  for (const example of examples) {
    const command = /gov-report (\w+)/.exec(example)?.[1];
    if (command && !commands.has(command)) {
      console.log(`skip  ${example}   (the installed gov-report has no '${command}' command yet)`);
      continue;
    }
    const tree = run('tree', example);
    for (const way of ['global', 'devDependency']) {
      const got = run(way, example);
      const problems = [];
      if (got.status !== tree.status) problems.push(`exit ${got.status}, from this tree ${tree.status}`);
      if (got.stdout !== tree.stdout) problems.push('stdout differs from this tree');
      if (got.stderr !== tree.stderr) problems.push(`stderr differs from this tree: ${got.stderr.slice(0, 300)}`);
      if (got.status === 2) problems.push(`exit 2: ${got.stderr.trim().split('\n')[0]}`);
      if (/\n\s+at /.test(got.stderr)) problems.push('a stack trace');
      console.log(`${problems.length ? 'FAIL' : 'ok  '}  [${way}, exit ${got.status}] ${example}${problems.length ? `\n      ${problems.join('\n      ')}` : ''}`);
      if (problems.length) failed++;
    }
  }

  // The files the examples wrote (reports.csv, report.schema.json, …) are the same too.
  const files = (dir, base = dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, base) : [path.slice(base.length + 1)];
    });
  const written = files(folders.tree).filter((f) => !f.startsWith('fixtures/') && !f.startsWith('reports/'));
  for (const file of written) {
    for (const way of ['global', 'devDependency']) {
      const same = readFileSync(join(folders[way], file)).equals(readFileSync(join(folders.tree, file)));
      console.log(`${same ? 'ok  ' : 'FAIL'}  [${way}] the file ${file} an example wrote`);
      if (!same) failed++;
    }
  }
  console.log(failed === 0 ? `\nevery example works after the install (${examples.length} examples)` : `\n${failed} failures`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let status = 1;
  const scratch = mkdtempSync(join(tmpdir(), 'gov-report-install-'));
  try {
    status = main(scratch);
  } finally {
    if (!keep) rmSync(scratch, { recursive: true, force: true });
  }
  process.exitCode = status;
}
