/**
 * Building HTML safely. A report is untrusted input (an organ may be named `<img onerror=…>`), so
 * markup is only ever made with the `html` tag: every value put into it is escaped, unless it is
 * itself markup made by the tag. No other code in the page concatenates text into markup.
 *
 *   html`<td title="${message}">${value}</td>`   // message and value escaped, quotes included
 */

/** Markup that is already safe: made by `html`, or one of the constant fragments of this page. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type Value = Html | string | number | boolean | null | undefined | readonly Value[];

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** Text as HTML text or as a quoted attribute value, in one pass (the pattern finds only ESCAPES' keys). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES.get(c) ?? c);
}

function render(value: Value): string {
  if (value instanceof Html) return value.markup;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (Array.isArray(value)) return (value as readonly Value[]).map(render).join('');
  return escapeHtml(String(value));
}

/** The template's strings with the values between them: string `i` (from 1) follows value `i - 1`. */
export function html(strings: TemplateStringsArray, ...values: readonly Value[]): Html {
  return new Html(strings.reduce((out, string, i) => out + render(values[i - 1]) + string));
}

/** Several fragments as one. */
export const join = (parts: readonly Value[]): Html => new Html(render(parts));

/**
 * Data for the page's script, to be put in `<script type="application/json">` and read with
 * JSON.parse. Every `<` is written `\u003c`, so no string in it can close the script element
 * (`</script>`) or open a comment; JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): Html {
  return new Html(JSON.stringify(value).replace(/</g, '\\u003c'));
}
