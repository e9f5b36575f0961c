/**
 * Text from a report, or a file name, as it may reach a terminal or a CI log: every control
 * character shown as an escape (`\x1b`, `\x0a`) instead of sent. A report comes from
 * outside: an ANSI or OSC sequence in an organ name or a cell could recolour, retitle or clear the
 * terminal, or write a link; a line break in a file name could start a line of its own, such as a
 * GitHub workflow command (`::error …`), which the runner executes. What is shown:
 *
 * - C0 controls (U+0000–U+001F, tab and line breaks too), DEL (U+007F) and C1 controls
 *   (U+0080–U+009F; U+009B is a one-character CSI): `\xNN`;
 * - the line and paragraph separators U+2028, U+2029 and the bidirectional controls
 *   U+202A–U+202E, U+2066–U+2069 (which reorder what is shown: "Trojan Source"): `\u202e`.
 *
 * A backslash is left as it is (Windows paths are full of them): the escapes are for a person to
 * read, not to be decoded. JSON and CSV output keep the text as it is (JSON escapes control
 * characters itself; CSV goes to a file, and its own guard is csv.ts's).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/**
 * `visible(text)` for the start of a line: a GitHub runner executes any line of a step's output
 * that starts with `::` (`::error …`, `::add-mask::`), so a file named `::error::x.txt` at the start
 * of a `validate` or `summary` line would be a command. Its first colon is shown as `\x3a`.
 */
export function visibleLineStart(text: string): string {
  const shown = visible(text);
  return /^\s*::/.test(shown) ? shown.replace(':', '\\x3a') : shown;
}
