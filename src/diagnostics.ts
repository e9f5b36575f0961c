/**
 * Every diagnostic code, once (docs/contract.md, "Diagnostics"): its severity, and what it means for the
 * stages after the one that reports it. The union type of `Diagnostic.code` comes from here (and
 * from the codes of the form's equations, catalog/equations.ts), so a code that is in neither
 * does not compile.
 */
import { EQUATIONS, type EquationCode, type EquationMessage } from './catalog/equations.js';
import { DEFAULT_LANG, LANGUAGES, type Lang } from './messages/languages.js';
import type { MessageId, MessageParams, Messages } from './messages/params.js';
import { excerpt, MESSAGE_CHARACTERS } from './messages/quote.js';
import type { Diagnostic, Severity } from './schema.js';

export type { Diagnostic, Severity };

export interface CodeInfo {
  severity: Severity;
  /** The input is not a report at all: the CLI prints no report for it, one line on stderr, exit 2. */
  fatal?: true;
  /**
   * The value at the diagnostic's path (a cell, a row, or a whole table) is unknown: printed but
   * unreadable, or not printed at all. Checks that need it are skipped, not failed, and the
   * cross-row choice of run-together cells does not use it. Blank and placeholder cells are not
   * unknown: they count as 0.
   */
  leavesUnknown?: true;
}

const ERROR = { severity: 'error' } as const;
const WARNING = { severity: 'warning' } as const;
const INFO = { severity: 'info' } as const;
const FATAL = { severity: 'error', fatal: true } as const;
const ERROR_LEAVES_UNKNOWN = { severity: 'error', leavesUnknown: true } as const;
const WARNING_LEAVES_UNKNOWN = { severity: 'warning', leavesUnknown: true } as const;

/** The problems the parse reports. */
const PARSE_CODES = {
  'not-text': FATAL,
  'empty-input': FATAL,
  'not-a-report': FATAL,
  'unknown-encoding': FATAL,
  // Past the size or work bound (limits.ts), or a PDF or Word file past the readers' own limits.
  'too-large': FATAL,
  // A web page, Word file or PDF that cannot be read (readers/).
  'legacy-doc': FATAL,
  encrypted: FATAL,
  'damaged-file': FATAL,
  'no-text-layer': FATAL,
  'no-table': FATAL,
  'unsupported-format': ERROR,
  'missing-part': ERROR,
  'second-report': ERROR,
  'missing-table': ERROR,
  'missing-row': ERROR_LEAVES_UNKNOWN,
  'cell-count': ERROR_LEAVES_UNKNOWN,
  'not-a-number': WARNING_LEAVES_UNKNOWN,
  'ambiguous-digits': WARNING_LEAVES_UNKNOWN,
  'unrecoverable-digits': WARNING_LEAVES_UNKNOWN,
  'recovered-digits': INFO,
  'recovered-cells': INFO,
  'ambiguous-pairing': WARNING_LEAVES_UNKNOWN,
  'recovered-pairing': INFO,
  'heading-not-found': WARNING,
  'blank-cell': WARNING,
  'placeholder-cell': WARNING,
  'not-a-count': WARNING,
  // A number a line break cut at its decimal point, read whole (`10` / `.5`): nothing checks the joining.
  'joined-number': WARNING,
  // A line ends in a digit and the next opens with one: a number a line break may have cut between
  // its digits, which the row's readings (as printed, joined) do not agree on and its sums do not settle.
  'cut-number': WARNING_LEAVES_UNKNOWN,
  unit: INFO,
  'duplicate-row': WARNING,
  'unknown-row': WARNING,
  /** Neither the title nor the opening says the year: meta.year is null, never guessed. */
  'year-unclear': WARNING,
} as const satisfies Record<string, CodeInfo>;

/**
 * The checks beyond the form's equations: the prose against the tables (one report), and one
 * year's 上年结转 against the last year's 结转下年度 (a batch, src/crosscheck/carryOver.ts).
 */
const CHECK_CODES = {
  'text-table': WARNING,
  'carry-over': ERROR,
} as const satisfies Record<string, CodeInfo>;

type ParseCode = keyof typeof PARSE_CODES;
type CheckCode = keyof typeof CHECK_CODES;

export type DiagnosticCode = ParseCode | CheckCode | EquationCode;

/** An equation of the form that does not hold is an error. */
const EQUATION_FAULT: CodeInfo = ERROR;

function isParseCode(code: string): code is ParseCode {
  return Object.hasOwn(PARSE_CODES, code);
}

function isCheckCode(code: string): code is CheckCode {
  return Object.hasOwn(CHECK_CODES, code);
}

const info = (code: DiagnosticCode): CodeInfo => (isParseCode(code) ? PARSE_CODES[code] : isCheckCode(code) ? CHECK_CODES[code] : EQUATION_FAULT);

/** Every code: the parse's, the equations', then the other checks'. */
export const CODES: readonly DiagnosticCode[] = [
  ...Object.keys(PARSE_CODES).filter(isParseCode),
  ...EQUATIONS.map((e) => e.code),
  ...Object.keys(CHECK_CODES).filter(isCheckCode),
];

/** Every code with its severity and flags, in the order of CODES. */
export const DIAGNOSTIC_CODES: ReadonlyMap<DiagnosticCode, Readonly<CodeInfo>> = new Map(CODES.map((code) => [code, info(code)]));

// ── Diagnostics before they are written in a language ───────────────────────────────────────

/** The messages a code may be told with: its own (`cell-count`, `cell-count.tooFew`), or an equation's. */
export type MessagesOf<Code extends DiagnosticCode> = Code extends EquationCode
  ? `equation.${EquationMessage}`
  : Extract<MessageId, Code | `${Code}.${string}`>;

interface PendingOf<Id extends MessageId> {
  code: DiagnosticCode;
  message: Id;
  params: MessageParams[Id];
  path: string | null;
  line: number | null;
}

/**
 * A diagnostic as the stages make it: its code, the id of its message and the facts the message
 * is written from. render() writes it in a language.
 */
export type PendingDiagnostic<Id extends MessageId = MessageId> = { [M in Id]: PendingOf<M> }[Id];

export function diagnostic<Code extends DiagnosticCode, Id extends MessagesOf<Code>>(
  code: Code,
  message: Id,
  params: MessageParams[Id],
  path: string | null = null,
  line: number | null = null,
): PendingDiagnostic<Id> {
  // The mapped type PendingDiagnostic<Id> is PendingOf<Id> for one Id; TypeScript does not see it.
  const pending: PendingOf<Id> = { code, message, params, path, line };
  return pending as PendingDiagnostic<Id>;
}

/** The diagnostic, its message written in `lang`. */
export function render<Id extends MessageId>(pending: PendingDiagnostic<Id>, lang: Lang = DEFAULT_LANG): Diagnostic {
  const messages: Messages = LANGUAGES[lang];
  const { code, path, line } = pending;
  const message = excerpt(messages[pending.message](pending.params), MESSAGE_CHARACTERS);
  return { code, severity: info(code).severity, message, path, line };
}

/** Is a diagnostic about one of `paths` (a row's, or one of its cells, whose path is the row's and a key)? */
export const aboutPaths = (d: Pick<PendingDiagnostic, 'path'>, paths: ReadonlySet<string>): boolean => {
  const path = d.path;
  if (path === null) return false;
  return paths.has(path) || paths.has(path.slice(0, path.lastIndexOf('.')));
};

export const isFatal = (code: DiagnosticCode): boolean => info(code).fatal === true;

const LEAVES_UNKNOWN: ReadonlySet<DiagnosticCode> = new Set(CODES.filter((code) => info(code).leavesUnknown === true));

export const leavesUnknown = (code: DiagnosticCode): boolean => LEAVES_UNKNOWN.has(code);

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
