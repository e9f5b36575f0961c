/**
 * The scripts that write fixtures (scripts/make-*.mjs) write on any run. An option one does not
 * take is a mistake (a flag meant for another script, a typo), and it stops the script before it
 * writes anything, with one line and its usage (exit 2), as `--help` prints the usage (exit 0):
 * running them with a made-up option once rewrote fixtures and docs/*.png, and deleted the
 * doc-text fixtures, in a developer's tree.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SCRIPTS = fileURLToPath(new URL('../scripts/', import.meta.url));
const makers = readdirSync(SCRIPTS).filter((f) => /^make-.*\.mjs$/.test(f));

/** Runs a script, resolving with its exit code and output (a non-zero exit is not an error here). */
async function run(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPTS + script, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('scripts that write fixtures (scripts/make-*.mjs)', () => {
  it('finds them', () => {
    expect(makers.length).toBeGreaterThanOrEqual(18);
  });

  it('stop at an option they do not take, before writing anything: one line and the usage, exit 2; --help prints what they write, exit 0', async () => {
    const results = await Promise.all(makers.map(async (script) => ({ script, bad: await run(script, ['--bogus']), help: await run(script, ['--help']) })));
    for (const { script, bad, help } of results) {
      const name = script.replace(/\.mjs$/, '');
      expect(bad.code, script).toBe(2);
      expect(bad.stdout, script).toBe('');
      expect(bad.stderr.split('\n'), script).toEqual([`${name}: Unknown option '--bogus'`, expect.stringMatching(new RegExp(`^usage: node scripts/${script} .*\\(writes `)), '']);
      expect(help.code, script).toBe(0);
      expect(help.stdout, script).toMatch(new RegExp(`^usage: node scripts/${script} .*\\(writes `));
    }
  });
});

describe('the print sweep (scripts/print-sweep.mjs)', () => {
  it('stops at an option it does not take, or a value it cannot use, before it starts Chromium or writes a fixture: one line and the usage, exit 2', async () => {
    for (const [args, said] of [
      [['--bogus'], "print-sweep: Unknown option '--bogus'"],
      [['--fixture', 'pdf', '--case', '3'], 'print-sweep: --fixture takes plain or layout, not pdf'],
      [['--fixture', 'plain'], 'print-sweep: --fixture writes one case: give it --case'],
      [['--n', 'ten'], 'print-sweep: --n takes a whole number, not ten'],
    ] as const) {
      const result = await run('print-sweep.mjs', [...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.split('\n'), args.join(' ')).toEqual([said, expect.stringMatching(/^usage: node scripts\/print-sweep\.mjs /), '']);
    }
  });
});
