/**
 * gov-report as a library user meets it: the types (checked by `npm run typecheck`, which runs
 * before the tests: expectTypeOf and @ts-expect-error fail there, not here), the package's entry
 * points as Node resolves them (import, require, gov-report/schema.json), a wrong argument, and
 * what `npm pack` ships. examples/library is type-checked by `npm run typecheck` too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  parseReport,
  reportJsonSchema,
  reportSchema,
  type ActiveDisclosure2019,
  type ActiveDisclosure2021,
  type Diagnostic,
  type DiagnosticCode,
  type Report,
} from '../src/index.js';
import { ACTIVE_DISCLOSURE } from '../src/catalog/activeDisclosure.js';
import { root } from './support/cli.js';

const fixture = (name: string): Buffer => readFileSync(join(root, 'fixtures', name));

describe('the types', () => {
  it('format narrows activeDisclosure: the 2019 form has procurement and counts rules made, the 2021 form rules issued', () => {
    const report: Report = parseReport(fixture('2019/2019-tabs.txt'));
    if (report.format === '2019') {
      expectTypeOf(report.activeDisclosure).toEqualTypeOf<ActiveDisclosure2019 | null>();
      expect(report.activeDisclosure?.procurement?.projects).toBe(124);
      expect(report.activeDisclosure?.regulations?.made).toBeTypeOf('number');
      // @ts-expect-error: the 2019 form counts rules made (made), not issued
      void report.activeDisclosure?.regulations?.issued;
    } else {
      expect.unreachable(`2019-tabs.txt is of the 2019 form, not ${report.format}`);
    }
    const other = parseReport(fixture('000_02e88f20f87b4541.txt'));
    expect(other.format).toBe('2021');
    if (other.format === '2021') {
      expectTypeOf(other.activeDisclosure).toEqualTypeOf<ActiveDisclosure2021 | null>();
      expect(other.activeDisclosure?.regulations?.issued).toBeTypeOf('number');
    }
    // Not narrowed: either form's table.
    expectTypeOf(other.activeDisclosure).toEqualTypeOf<ActiveDisclosure2021 | ActiveDisclosure2019 | null>();
    // @ts-expect-error: without narrowing, procurement may not be there
    void other.activeDisclosure?.procurement;
  });

  it('Diagnostic.code is the union of the documented codes, not a string', () => {
    expectTypeOf<Diagnostic['code']>().toEqualTypeOf<DiagnosticCode>();
    expectTypeOf<'balance'>().toExtend<Diagnostic['code']>();
    expectTypeOf<'no-such-code'>().not.toExtend<Diagnostic['code']>();
  });

  it('reportJsonSchema() says what it holds: a JSON Schema of an object with every key of a report', () => {
    const schema = reportJsonSchema();
    expectTypeOf(schema.properties.activeDisclosure).toExtend<object>();
    expectTypeOf(schema.required).toEqualTypeOf<Array<keyof Report>>();
    // The type's claims, checked on the value.
    const keys: Array<keyof Report> = ['source', 'format', 'meta', 'activeDisclosure', 'applications', 'reviewLitigation', 'text', 'diagnostics'];
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual([...keys].sort());
    expect([...schema.required].sort()).toEqual([...keys].sort());
  });
});

describe('the discriminated union holds at run time', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
    );

  it('every fixture of a known form has part 二 in that form’s keys', () => {
    let checked = 0;
    for (const file of files('fixtures')) {
      const report = parseReport(readFileSync(join(root, file)), { file });
      if (report.format === null || report.activeDisclosure === null) continue;
      expect(Object.keys(report.activeDisclosure), file).toEqual(Object.keys(ACTIVE_DISCLOSURE[report.format].rows));
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('reportSchema rejects a report whose part 二 is of the other form', () => {
    const report = parseReport(fixture('2019/2019-tabs.txt'));
    const other = parseReport(fixture('000_02e88f20f87b4541.txt'));
    expect(reportSchema.safeParse(report).success).toBe(true);
    const mixed = { ...report, activeDisclosure: other.activeDisclosure };
    const result = reportSchema.safeParse(mixed);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['activeDisclosure']);
    // A report whose form is unknown may hold either.
    expect(reportSchema.safeParse({ ...mixed, format: null }).success).toBe(true);
  });
});

describe('a wrong argument', () => {
  const cases: Array<[unknown, RegExp]> = [
    [null, /not null$/],
    [undefined, /not undefined$/],
    [42, /not a number$/],
    [{ text: 'x' }, /not an Object$/],
    [[1, 2], /not an Array$/],
    [new ArrayBuffer(4), /not an ArrayBuffer \(wrap it: new Uint8Array\(buffer\)\)$/],
  ];
  it.each(cases)('parseReport(%o) is a TypeError that says what it takes', (input, got) => {
    const call = () => parseReport(input as string);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/^gov-report: parseReport\(\) takes the report as a Uint8Array \(a Buffer, e\.g\. from fs\.readFile\) or a string, /);
    expect(call).toThrow(got);
    try {
      call();
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ERR_INVALID_ARG_TYPE');
    }
  });

  it('an unknown language is a TypeError too; bytes, a Uint8Array and a string are reports', () => {
    expect(() => parseReport('x', { lang: 'fr' as 'en' })).toThrow(/^gov-report: options\.lang must be one of en, zh, not "fr"$/);
    const bytes = fixture('000_02e88f20f87b4541.txt');
    const fromBuffer = parseReport(bytes);
    expect(parseReport(new Uint8Array(bytes)).applications).toEqual(fromBuffer.applications);
    expect(parseReport(bytes.toString('utf8')).applications).toEqual(fromBuffer.applications);
    // Bytes of another realm (a vm context, as some test environments make them) are bytes too.
    const foreign = runInNewContext('new Uint8Array(length)', { length: bytes.length }) as Uint8Array;
    foreign.set(bytes);
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(parseReport(foreign).applications).toEqual(fromBuffer.applications);
  });
});

describe('the package as Node resolves it (by its name, from inside the repository)', () => {
  const require = createRequire(join(root, 'package.json'));
  const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

  it('require("gov-report") gives the same functions as import, on a Node that can require ES modules', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      "const required = createRequire(import.meta.url)('gov-report');",
      "const imported = await import('gov-report');",
      'console.log(typeof required.parseReport, required.parseReport === imported.parseReport, required.reportSchema === imported.reportSchema);',
    ].join('\n');
    const child = node(['--input-type=module', '-e', script]);
    expect(child.stderr).toBe(''); // no warning either
    expect(child.stdout).toBe('function true true\n');
  });

  it('on a Node that cannot (before 20.19, here by its flag), the error says the package is an ES module, in English and Chinese', () => {
    const child = node(['--no-experimental-require-module', '-e', 'require("gov-report")']);
    expect(child.status).not.toBe(0);
    expect(child.stderr).toContain("gov-report is an ES module: load it with import (import { parseReport } from 'gov-report') or await import('gov-report')");
    expect(child.stderr).toContain('gov-report 是 ES 模块：请用 import');
    expect(child.stderr).toContain(`(this is Node ${process.versions.node})`);
  });

  it('gov-report/schema.json is the JSON Schema reportJsonSchema() gives', () => {
    const path = require.resolve('gov-report/schema.json');
    expect(path).toBe(join(root, 'schemas', 'report.schema.json'));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(reportJsonSchema());
  });
});

describe('what npm pack ships', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as Array<{
    files: Array<{ path: string }>;
  }>;
  const files = new Set(packed[0]!.files.map((f) => f.path));

  it('every source map and declaration map points at files that are shipped', () => {
    const maps = [...files].filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(join(root, map), 'utf8')) as { sources: string[] };
      const dir = map.slice(0, map.lastIndexOf('/') + 1);
      for (const source of sources) {
        const target = new URL(source, `file:///${dir}`).pathname.slice(1);
        if (!files.has(target)) missing.push(`${map} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
    // And every shipped file that names its map ships it.
    const dangling = [...files]
      .filter((f) => /\.(?:c?js|d\.c?ts)$/.test(f))
      .flatMap((f) => {
        const m = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(root, f), 'utf8'));
        const target = m ? f.slice(0, f.lastIndexOf('/') + 1) + m[1] : null;
        return target && !files.has(target) ? [`${f} → ${target}`] : [];
      });
    expect(dangling).toEqual([]);
  });

  it('the entry points of package.json "exports" are shipped', () => {
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/require.cjs', 'schemas/report.schema.json', 'bin/gov-report.js']) {
      expect(files.has(f), f).toBe(true);
    }
  });
});
