/**
 * Issue 15, at the command line: hostile and unlucky inputs in a batch. Each one gives one stderr
 * line (or its place in the output) and the good reports around it are all printed. In-process
 * (runCli with in-memory streams) where that is the real thing; in real processes where the
 * launcher, a shell or a file descriptor matters (stdin from a device, process substitution).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../src/cli/options.js';
import { en } from '../src/cli/messages.js';
import { cli, root } from './support/cli.js';

const SEED = 'fixtures/002_4a61cbdbb397b0fd.renumbered.txt';
const seedText = readFileSync(path.join(root, SEED), 'utf8');
const json = (stdout: string): any => JSON.parse(stdout);
const files = (stdout: string): string[] => json(stdout).map((r: any) => r.source.file);
const unix = process.platform !== 'win32';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'gov-report-hostile-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the size bound (--max-bytes, GOV_REPORT_MAX_BYTES)', () => {
  it('a file past the bound is too-large, named on one line with the bound and how to raise it; the batch goes on', async () => {
    const big = path.join(tmp, 'big.txt');
    writeFileSync(big, `${seedText}\n${'本机关持续推进政府信息公开工作。\n'.repeat(30_000)}`); // ~1.4 MB
    const r = await cli(['parse', big, SEED, '--max-bytes', '1MB']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `gov-report: ${big}: this file is 1.4 MB, more than the 1 MB one input may be; it was not read. A report is rarely over 1 MB as text, or a few MB as a PDF or Word file: if this is the file you meant, raise the bound with --max-bytes 2MB (or GOV_REPORT_MAX_BYTES=2MB; maxBytes in the library)\n`,
    );
    expect(files(r.stdout)).toEqual([SEED]);
    // Raised, it is read.
    const raised = await cli(['parse', big, '--max-bytes', '2MB']);
    expect(raised.status).toBe(0);
    expect(json(raised.stdout).source.file).toBe(big);
  });

  it('in Chinese with --lang zh, from a file and from stdin', async () => {
    const r = await cli(['parse', SEED, '-', '--max-bytes', '8k', '--lang', 'zh'], { input: Buffer.alloc(20 * 1024, 0x31) });
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `gov-report: ${SEED}: 该文件大小为 9.9 KB，超过单个输入的上限 8 KB，未予读取。一份年度报告的文本很少超过 1 MB，PDF 或 Word 文件通常也只有几 MB；如确是要处理的文件，请提高上限：\`--max-bytes 1MB\`（或设置环境变量 \`GOV_REPORT_MAX_BYTES=1MB\`；程序库中为 \`maxBytes\`）`,
    );
    expect(lines[1]).toMatch(/^gov-report: -: 该输入超过单个输入的上限 8 KB 仍未结束/);
  });

  it('GOV_REPORT_MAX_BYTES sets the bound; --max-bytes wins over it', async () => {
    const small = await cli(['parse', SEED], { env: { GOV_REPORT_MAX_BYTES: '8k' } });
    expect(small.status).toBe(2);
    expect(small.stderr).toMatch(/^gov-report: fixtures\/002_4a61cbdbb397b0fd\.renumbered\.txt: this file is 9\.9 KB, more than the 8 KB one input may be;/);
    const wins = await cli(['parse', SEED, '--max-bytes', '16k'], { env: { GOV_REPORT_MAX_BYTES: '8k' } });
    expect(wins.status).toBe(0);
  });

  it('a size that does not read is a usage error, named after where it came from', async () => {
    const option = await cli(['parse', SEED, '--max-bytes', 'lots']);
    expect(option.status).toBe(2);
    expect(option.stderr).toBe('gov-report: --max-bytes takes a size such as 64MB, 512KB or 1048576 (bytes), not "lots"\n');
    const env = await cli(['parse', SEED], { env: { GOV_REPORT_MAX_BYTES: '-5' } });
    expect(env.stderr).toBe('gov-report: GOV_REPORT_MAX_BYTES takes a size such as 64MB, 512KB or 1048576 (bytes), not "-5"\n');
  });

  it('stdin past the bound is too-large, read no further than the bound', async () => {
    const r = await cli(['parse', '-', SEED, '--max-bytes', '64k'], { input: Buffer.alloc(200 * 1024, 0x31) });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'gov-report: -: this input goes on past 64 KB, the most one input may be (a device, or an endless stream?); reading stopped there. A report is rarely over 1 MB as text, or a few MB as a PDF or Word file: if this is the file you meant, raise the bound with --max-bytes 1MB (or GOV_REPORT_MAX_BYTES=1MB; maxBytes in the library)\n',
    );
    expect(files(r.stdout)).toEqual([SEED]);
  });

  it.skipIf(!unix)('/dev/zero and /dev/urandom are read only up to the bound, each named on its line', async () => {
    const r = await cli(['parse', '/dev/zero', SEED, '/dev/urandom', '--max-bytes', '1MB']);
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^gov-report: \/dev\/zero: this input goes on past 1 MB, the most one input may be/);
    expect(lines[1]).toMatch(/^gov-report: \/dev\/urandom: this input goes on past 1 MB/);
    expect(files(r.stdout)).toEqual([SEED]);
  });
});

describe.skipIf(!unix)('streams and devices in real processes', () => {
  const shell = (script: string) => spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('`parse - < /dev/zero` stops at the default bound (16 MB) with one line, exit 2', () => {
    const r = shell('node bin/gov-report.js parse - < /dev/zero; echo "status=$?"');
    expect(r.stdout).toBe('status=2\n');
    expect(r.stderr).toMatch(/^gov-report: -: this input goes on past 16 MB, .* --max-bytes 32MB .*\n$/);
  });

  /** `count` copies of the seed in a folder of their own: past the pool's threshold (200), so workers start where there is room. */
  const copies = (name: string, count: number): string => {
    const dir = path.join(tmp, name);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) copyFileSync(path.join(root, SEED), path.join(dir, `r${String(i).padStart(3, '0')}.txt`));
    return dir;
  };

  // Node.js holds 19 descriptors once started: at 25 (the issue's) there is no room for a worker
  // thread (each holds 4), each file is read in turn; the workers under a low limit are tested
  // below. (By hand, 20, 22, 30, 35 and 40 too, with the folder and the glob: all 240.)
  it('`ulimit -n 25`: a folder of 240 reports and a glob, every report printed, nothing on stderr', () => {
    const dir = copies('many', 240);
    // The glob (fast-glob, loaded on demand) matches r000.txt … r009.txt.
    for (const [arg, count] of [[dir, 240], [`${dir}/r00*.txt`, 10]] as const) {
      const r = shell(`ulimit -n 25; node bin/gov-report.js parse '${arg}' --ndjson | wc -l; echo "status=\${PIPESTATUS[0]}"`);
      expect(r.stderr, arg).toBe('');
      expect(r.stdout, arg).toBe(`${count}\nstatus=0\n`);
    }
  });

  it('`ulimit -n 25`: validate, summary, CSV and the overview page too (each loads modules on demand)', () => {
    const dir = copies('some', 12);
    const page = path.join(tmp, 'page.html');
    const r = shell(
      [
        `ulimit -n 25`,
        `node bin/gov-report.js validate ${dir} | tail -1`,
        `node bin/gov-report.js summary ${dir} | grep -c 昌乐县乔官镇人民政府`,
        `node bin/gov-report.js parse ${dir} --format csv | wc -l`,
        `node bin/gov-report.js report ${dir} -o ${page} && grep -c 'application/json' ${page} > /dev/null && echo page`,
      ].join('; '),
    );
    expect(r.stderr).toBe(`gov-report: wrote ${page}: 12 reports\n`);
    expect(r.stdout).toBe('12 files, 0 errors, 0 warnings\n12\n13\npage\n');
  });

  it.each([
    [25, 0],
    [40, 2],
  ])('`ulimit -n %i`: the pool starts %i worker threads, and none fails to start or to load its modules', (limit, workers) => {
    const dir = copies('pool', 16);
    const script = path.join(tmp, `pool-${limit}.mjs`);
    writeFileSync(
      script,
      `import { createRequire, syncBuiltinESMExports } from 'node:module';
      import { readdirSync } from 'node:fs';
      const require = createRequire(${JSON.stringify(root)});
      const threads = require('node:worker_threads');
      const { Worker } = threads;
      const seen = { online: 0, errors: [] };
      threads.Worker = class extends Worker {
        constructor(...args) {
          super(...args);
          this.on('online', () => seen.online++);
          this.on('error', (error) => seen.errors.push(error.code ?? error.message));
        }
      };
      syncBuiltinESMExports();
      const { parseInParallel } = require('./dist/cli/pool.js');
      const files = readdirSync(${JSON.stringify(dir)}).map((name) => ${JSON.stringify(dir)} + '/' + name);
      let reports = 0;
      for await (const r of parseInParallel(files, { threshold: 1, workers: 2 })) if ('json' in r) reports++;
      console.log(JSON.stringify({ reports, ...seen }));`,
    );
    const r = shell(`ulimit -n ${limit}; node ${script}`);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ reports: 16, online: workers, errors: [] });
  });

  /**
   * A child under `ulimit -n 64` that takes every free descriptor, gives them back `after` ms
   * later, and meanwhile reads: without a retry the read fails with EMFILE.
   */
  const starved = (read: string, after = 150) => {
    const script = path.join(tmp, `starved-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(
      script,
      `import { createRequire } from 'node:module';
      import { openSync } from 'node:fs';
      import { Worker } from 'node:worker_threads';
      const require = createRequire(${JSON.stringify(root)});
      // Loaded first, as the CLI has them before it reads (under this limit, with require: descriptors.js).
      const loaded = Object.fromEntries(['read', 'inputs', 'messages', 'descriptors'].map((name) => [name, require('./dist/cli/' + name + '.js')]));
      if (!loaded.descriptors.fewDescriptors()) throw new Error('not a low limit');
      require('fast-glob');
      const mod = (name) => loaded[name];
      // A thread that gives the descriptors back (started first: it needs descriptors of its own).
      const closer = new Worker('const { parentPort } = require("node:worker_threads"); const { closeSync } = require("node:fs"); parentPort.on("message", ({ fds, after }) => setTimeout(() => { for (const fd of fds) closeSync(fd); }, after));', { eval: true });
      await new Promise((resolve) => closer.once('online', resolve));
      const fds = [];
      try { for (;;) fds.push(openSync('/dev/null', 'r')); } catch (error) { if (error.code !== 'EMFILE') throw error; }
      closer.postMessage({ fds, after: ${after} });
      ${read}
      await closer.terminate();`,
    );
    // (A thread closing what another opened is warned about: not the point here.)
    return shell(`ulimit -n 64; node --no-warnings ${script}`);
  };

  it('an open that finds no descriptor free is tried again: the file is read once one is given back', () => {
    const r = starved(`const read = mod('read').readBounded(${JSON.stringify(path.join(root, SEED))}, 1 << 20); console.log(read.bytes.length);`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${Buffer.byteLength(seedText)}\n`);
  });

  it('a folder and a glob listed with no descriptor free are listed again: every file found', () => {
    const dir = copies('few', 3);
    for (const arg of [dir, `${dir}/*.txt`]) {
      const r = starved(`
        const { en } = mod('messages');
        const found = await mod('inputs').expandInputs([${JSON.stringify(arg)}], { cwd: '/', platform: 'linux', words: en.inputs });
        console.log(JSON.stringify(found.problems), found.inputs.length);`);
      expect(r.stderr, arg).toBe('');
      expect(r.stdout, arg).toBe('[] 3\n');
    }
  });

  it('a process substitution and a named pipe are read as files', () => {
    const fifo = path.join(tmp, 'fifo.txt');
    const r = shell(`node bin/gov-report.js parse <(cat ${SEED}) --compact; mkfifo ${fifo}; (cat ${SEED} > ${fifo} &); node bin/gov-report.js parse ${fifo} --compact`);
    expect(r.stderr).toBe('');
    const [first, second] = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(first.source.file).toMatch(/^\/dev\/fd\/\d+$/);
    expect(first.applications).toEqual(json(readFileSync(path.join(root, SEED.replace(/\.txt$/, '.json')), 'utf8')).applications);
    expect(second.source.file).toBe(fifo);
    expect(second.applications).toEqual(first.applications);
  });
});

describe('--jobs', () => {
  it(`is capped at two threads a core (${availableParallelism()} cores here)`, () => {
    const context = { io: { stdin: { isTTY: false }, stdout: {}, env: {} } as any, words: en };
    const raw = { format: 'json' as const };
    expect(parseOptions([SEED], { ...raw, jobs: '999' }, context).jobs).toBe(2 * availableParallelism());
    expect(parseOptions([SEED], { ...raw, jobs: '1' }, context).jobs).toBe(1);
    expect(parseOptions([SEED], { ...raw, jobs: '0' }, context).jobs).toBe(0);
  });
});

/** The seed with its title line (line 3) replaced: the organ is what the title names before the year. */
function withTitle(title: string): string {
  const lines = seedText.split('\n');
  lines[2] = `${title}昌乐县乔官镇人民政府 2024 年政府信息公开 公开工作年度报告`;
  return lines.join('\n');
}

describe('nothing a report holds reaches a terminal, a CI runner or a spreadsheet as a command', () => {
  const ESC = '\x1b';
  const hostile = `${ESC}]0;pwned${String.fromCharCode(7)}${ESC}[31m`;

  it('validate and summary show the control characters of an organ name and a file name as escapes, even with --no-color', async () => {
    const dir = path.join(tmp, 'escapes');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `a${ESC}[2Jb.txt`);
    writeFileSync(file, withTitle(hostile));
    const shown = `${dir}/a\\x1b[2Jb.txt`;
    for (const args of [['validate', file, '--no-color'], ['summary', file, '--no-color']]) {
      const r = await cli(args);
      expect(r.stdout, args[0]).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(r.stdout, args[0]).toContain(shown);
    }
    const summary = await cli(['summary', file]);
    expect(summary.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[31m昌乐县乔官镇人民政府');
    // JSON keeps the text as it is (JSON.stringify escapes it).
    expect(json((await cli(['parse', file])).stdout).meta.organ).toBe(`${hostile}昌乐县乔官镇人民政府`);
  });

  it('a file name with a line break is one stderr line, escaped, and cannot start a workflow command', async () => {
    const dir = path.join(tmp, 'newline');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'x\n::error file=y.txt::pwned\r.txt');
    writeFileSync(file, '');
    const r = await cli(['validate', file, SEED, '--format', 'github']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`gov-report: ${dir}/x\\x0a::error file=y.txt::pwned\\x0d.txt: the file is empty\n`);
    // Each stdout line is one workflow command of ours; the name's `:` and `,` are escaped in the property.
    for (const line of r.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=[^:\n]*(,line=\d+)?,title=[^:\n]+::[^\n]*$/);
    expect(r.stdout).toContain(`file=${dir.replace(/:/g, '%3A')}/x%0A%3A%3Aerror file=y.txt%3A%3Apwned%0D.txt,title=Empty file (empty-input)::`);
  });

  it('a file named like a workflow command starts no line of validate or summary with `::`', async () => {
    const dir = path.join(tmp, 'commands');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(root, SEED), path.join(dir, '::error::pwned.txt'));
    for (const command of ['validate', 'summary']) {
      const r = await cli([command, '::error::pwned.txt', '--no-color'], { cwd: dir });
      expect(r.stdout, command).toContain('\\x3a:error::pwned.txt');
      for (const line of r.stdout.split('\n')) expect(line, command).not.toMatch(/^\s*::/);
    }
  });

  it('a github annotation shows the control characters of a message as escapes', async () => {
    const file = path.join(tmp, 'cell.txt');
    // A cell of part 三 that is not a number, holding an escape sequence: quoted in the message.
    expect(seedText).toContain('\t8743\t');
    writeFileSync(file, seedText.replace('\t8743\t', `\t${ESC}[31mX\t`));
    const r = await cli(['validate', file, '--format', 'github']);
    expect(r.stdout).toContain('\\x1b[31mX');
    expect(r.stdout).not.toContain(ESC);
  });

  it('CSV: text that a spreadsheet runs as a formula gets a leading quote, unless --keep-formulas', async () => {
    const file = path.join(tmp, 'formula.txt');
    writeFileSync(file, withTitle('=HYPERLINK("http://x.example","y")'));
    const csv = await cli(['parse', file, '--format', 'csv', '--text']);
    const [header, row] = csv.stdout.split('\r\n');
    const columns = header!.split(',');
    const organ = `'=HYPERLINK(""http://x.example"",""y"")昌乐县乔官镇人民政府`;
    expect(row).toContain(`"${organ}"`);
    expect(row).toContain(`"'=HYPERLINK(""http://x.example"",""y"")昌乐县乔官镇人民政府2024年政府信息公开公开工作年度报告"`);
    expect(columns).toContain('meta.organ');
    const kept = await cli(['parse', file, '--format', 'csv', '--keep-formulas']);
    expect(kept.stdout.split('\r\n')[1]).toContain(`"=HYPERLINK(""http://x.example"",""y"")昌乐县乔官镇人民政府"`);
    const usage = await cli(['parse', file, '--keep-formulas']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('gov-report: --keep-formulas applies to --format csv only\n');
  });

  it('CSV: a file name starting with -, + or @ is neutralised too; numbers are not', async () => {
    const dir = path.join(tmp, 'csvnames');
    mkdirSync(dir, { recursive: true });
    for (const name of ['-1.txt', '+cmd.txt', '@SUM(A1).txt']) copyFileSync(path.join(root, SEED), path.join(dir, name));
    const r = await cli(['parse', '--format', 'csv', '--', '+cmd.txt', '-1.txt', '@SUM(A1).txt'], { cwd: dir });
    const rows = r.stdout.trimEnd().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(',')[0])).toEqual(["'+cmd.txt", "'-1.txt", "'@SUM(A1).txt"]);
  });
});

describe.skipIf(!unix)('folders and globs in a hostile tree', () => {
  const sh = (script: string, cwd: string) => {
    const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };

  it('links back into a folder (one self-link, two loop links): each file once, and it ends', async () => {
    const dir = path.join(tmp, 'loops');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    copyFileSync(path.join(root, SEED), path.join(dir, 'a.txt'));
    copyFileSync(path.join(root, SEED), path.join(dir, 'sub', 'b.txt'));
    sh('ln -s . self && ln -s . loop1 && ln -s .. sub/loop2 && ln a.txt hard.txt && ln -s sub/b.txt c.txt', dir);
    for (const arg of ['loops', 'loops/**/*.txt', 'loops/**']) {
      const r = await cli(['parse', arg, '--ndjson'], { cwd: tmp });
      expect(r.stderr, arg).toBe('');
      // a.txt and its hard link hard.txt are one file; c.txt is a link to sub/b.txt.
      expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.file), arg).toEqual(['loops/a.txt', 'loops/c.txt']);
    }
  });

  it('a link to nothing and a named pipe inside a folder or glob are each named on a line; the rest is read', async () => {
    const dir = path.join(tmp, 'specials');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(root, SEED), path.join(dir, 'good.txt'));
    sh('ln -s nowhere.txt gone.txt && mkfifo pipe.txt', dir);
    for (const arg of ['specials', 'specials/*.txt']) {
      const r = await cli(['parse', arg, '--ndjson'], { cwd: tmp });
      expect(r.status, arg).toBe(2);
      expect(r.stderr, arg).toBe(
        'gov-report: specials/gone.txt: a symbolic link to nothing (what it points to does not exist)\n' +
          'gov-report: specials/pipe.txt: a named pipe (FIFO), not a file: in a folder or a glob it is not read, as it could wait forever; give it by name to read it\n',
      );
      expect(JSON.parse(r.stdout).source.file, arg).toBe('specials/good.txt');
    }
  });

  it('a file name that is not UTF-8 is named, in a folder and a glob, and the rest is read', async () => {
    const dir = path.join(tmp, 'names');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(root, SEED), path.join(dir, 'good.txt'));
    sh(`cp good.txt "$(printf 'gbk-\\xb1\\xa8.txt')"`, dir);
    for (const arg of ['names', 'names/*.txt']) {
      const r = await cli(['parse', arg, '--ndjson'], { cwd: tmp });
      expect(r.status, arg).toBe(2);
      expect(r.stderr, arg).toBe(
        'gov-report: names/gbk-\uFFFD\uFFFD.txt: its name is not UTF-8 text (shown here with �), so it cannot be opened by name; rename it, e.g. `convmv -f gbk -t utf-8 --notest <file>`\n',
      );
      expect(JSON.parse(r.stdout).source.file, arg).toBe('names/good.txt');
    }
  });

  it('a place past PATH_MAX in a glob is named, and every readable match is kept', async () => {
    const dir = path.join(tmp, 'long');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(root, SEED), path.join(dir, 'good.txt'));
    const name = 'd'.repeat(250);
    // Made a step at a time (cd): no single path to it is short enough for mkdir -p.
    sh(`for i in $(seq 20); do mkdir ${name} && cd ${name}; done; cp ${path.join(root, SEED)} deep.txt`, dir);
    try {
      const seed = path.join(root, SEED);
      const r = await cli(['parse', 'long/**/*.txt', seed, '--ndjson'], { cwd: tmp });
      expect(r.status).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^gov-report: long(/${name})+: the path is longer than the system allows \\(PATH_MAX\\)$`));
      expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.file)).toEqual(['long/good.txt', seed]);
    } finally {
      sh('rm -rf long', tmp);
    }
  });

  // Root reads a folder whatever its mode: as root (CI, this machine) the run drops to nobody
  // (65534) with setpriv (util-linux), so that `chmod 000` stops it as it stops a user. Skipped
  // only as root without a working setpriv (it is not installed, or may not change the user), or
  // when nobody cannot reach this checkout (a clone inside a folder only root may enter, as
  // `mktemp -d` makes): the PATH_MAX case above checks the same mechanism as any user.
  const asUser = unreadableAsUser(path.join(root, 'bin', 'gov-report.js'));
  it.skipIf(!asUser)('an unreadable sub-folder in a glob is named, and every readable match is kept', () => {
    const dir = path.join(tmp, 'locked');
    mkdirSync(path.join(dir, 'closed'), { recursive: true });
    copyFileSync(path.join(root, SEED), path.join(dir, 'good.txt'));
    copyFileSync(path.join(root, SEED), path.join(dir, 'closed', 'hidden.txt'));
    // mkdtemp made the temporary folder 0700: open to nobody too.
    chmodSync(tmp, 0o755);
    sh('chmod 755 . && chmod 644 good.txt && chmod 000 closed', dir);
    try {
      const r = spawnSync(asUser![0]!, [...asUser!.slice(1), process.execPath, path.join(root, 'bin', 'gov-report.js'), 'parse', 'locked/**/*.txt', '--ndjson'], {
        cwd: tmp,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.stderr).toBe('gov-report: locked/closed: permission denied\n');
      expect(r.status).toBe(2);
      expect(JSON.parse(r.stdout).source.file).toBe('locked/good.txt');
    } finally {
      sh('chmod 755 closed', dir);
    }
  });
});

/**
 * How to run a child that a folder's mode can stop: as it is when not root; as root, through
 * setpriv as nobody, when setpriv is there, may change the user, and nobody can run `bin` from
 * this checkout (checked by running its --version); null when neither.
 */
function unreadableAsUser(bin: string): string[] | null {
  if (process.getuid?.() !== 0) return ['env'];
  const setpriv = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
  const probe = spawnSync(setpriv[0]!, [...setpriv.slice(1), process.execPath, '-e', 'process.exit(process.getuid() === 65534 ? 0 : 1)'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const reach = spawnSync(setpriv[0]!, [...setpriv.slice(1), process.execPath, bin, '--version'], { encoding: 'utf8' });
  return reach.status === 0 ? setpriv : null;
}

describe.skipIf(!unix)('a batch mixing good reports with every hostile input', () => {
  it('prints every good report, names every bad input on exactly one stderr line, and exits 2', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir, { recursive: true });
    const good = ['000_02e88f20f87b4541.txt', '003_6a46581b0013c0e7.renumbered.txt'];
    for (const name of good) copyFileSync(path.join(root, 'fixtures', name), path.join(dir, name));
    const head = '2024年度政府信息公开工作年度报告\n';
    writeFileSync(path.join(dir, 'big.txt'), `${seedText}\n${'本机关持续推进政府信息公开工作。\n'.repeat(30_000)}`);
    writeFileSync(path.join(dir, 'lines.txt'), head + '1\n'.repeat(30_000));
    writeFileSync(path.join(dir, 'long.txt'), head + '本年新收政府信息公开申请数量 1 2 3 '.repeat(20_000));
    writeFileSync(path.join(dir, 'digits.txt'), '110024001510102\n');
    writeFileSync(path.join(dir, 'random.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    writeFileSync(path.join(dir, '\x1b[2Jname\n::error::x.txt'), '');
    spawnSync('bash', ['-c', 'ln -s . loop && ln -s nowhere gone.txt && mkfifo pipe.txt'], { cwd: dir });
    const r = await cli(['parse', 'mixed', 'mixed/**/*.txt', '/dev/zero', '--ndjson', '--max-bytes', '1MB'], { cwd: tmp });
    expect(r.status).toBe(2);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).source.file)).toEqual(good.map((name) => `mixed/${name}`));
    const lines = r.stderr.trimEnd().split('\n');
    const named = (file: string) => lines.filter((l) => l.startsWith(`gov-report: ${file}: `));
    for (const file of ['mixed/big.txt', 'mixed/lines.txt', 'mixed/long.txt', 'mixed/digits.txt', 'mixed/random.txt', 'mixed/gone.txt', 'mixed/pipe.txt', '/dev/zero']) {
      expect(named(file), file).toHaveLength(1);
    }
    expect(named('mixed/\\x1b[2Jname\\x0a::error::x.txt')).toHaveLength(1);
    // The folder and the glob meet the same files: each is read, or named, once.
    expect(lines.every((l) => l.startsWith('gov-report: '))).toBe(true);
    expect(r.stderr).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
  });
});
