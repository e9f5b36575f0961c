/**
 * The styles the terminal output is written with. chalk's instance is one (cli/colour.ts
 * `painter` loads it only when there is colour to write); without colour, each is the text itself.
 */
export type Style = (text: string) => string;

export interface Paint {
  bold: Style;
  dim: Style;
  red: Style;
  green: Style;
  yellow: Style;
  cyan: Style;
}
