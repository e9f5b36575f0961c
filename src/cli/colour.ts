/**
 * Whether stdout takes colour: chalk's own rule (the supports-color that chalk 5.6 vendors),
 * read from the run's environment and stdout instead of the process globals, so that a run is
 * a function of its io. NO_COLOR and --no-color are the caller's (cli/options.ts): supports-color
 * does not read them. Unlike supports-color, it does not sniff `--color` flags out of argv:
 * --no-color is an option of its own, and `--color` is not an option.
 */
import { release } from 'node:os';
import type { Paint } from '../output/paint.js';
import type { CliIo } from './io.js';
import { loadModule } from './descriptors.js';

/** chalk's levels: 0 none, 1 the 16 basic colours, 2 256 colours, 3 true colour. */
export type ColourLevel = 0 | 1 | 2 | 3;

/** FORCE_COLOR as supports-color reads it: undefined when unset; NaN for a value it cannot read. */
function forcedLevel(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === 'true') return 1;
  if (value === 'false') return 0;
  return value.length === 0 ? 1 : Math.min(Number.parseInt(value, 10), 3);
}

export function stdoutColourLevel(io: Pick<CliIo, 'env' | 'stdout' | 'platform'>): ColourLevel {
  const env = io.env;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced === 0) return 0;
  if ('TF_BUILD' in env && 'AGENT_NAME' in env) return 1; // Azure DevOps pipelines
  if (io.stdout.isTTY !== true && forced === undefined) return 0;
  const min = (forced || 0) as ColourLevel; // NaN counts as not forced, as in supports-color
  if (env.TERM === 'dumb') return min;
  if (io.platform === 'win32') {
    const [major, , build] = release().split('.').map(Number);
    if ((major ?? 0) >= 10 && (build ?? 0) >= 10_586) return (build ?? 0) >= 14_931 ? 3 : 2;
    return 1;
  }
  if ('CI' in env) {
    if (['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI'].some((key) => key in env)) return 3;
    if (['TRAVIS', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE'].some((key) => key in env) || env.CI_NAME === 'codeship') return 1;
    return min;
  }
  if (env.TEAMCITY_VERSION !== undefined) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  if (env.COLORTERM === 'truecolor') return 3;
  if (env.TERM === 'xterm-kitty' || env.TERM === 'xterm-ghostty' || env.TERM === 'wezterm') return 3;
  if (env.TERM_PROGRAM === 'iTerm.app') return Number.parseInt((env.TERM_PROGRAM_VERSION ?? '').split('.')[0] ?? '', 10) >= 3 ? 3 : 2;
  if (env.TERM_PROGRAM === 'Apple_Terminal') return 2;
  if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM ?? '')) return 1;
  if ('COLORTERM' in env) return 1;
  return min;
}

const plain = (text: string): string => text;
const PLAIN: Paint = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain };

/**
 * The styles to write with at this level: chalk's, loaded only when there is colour to write
 * (a pipe, a file and NO_COLOR have none; ~10 % of a one-file run's start-up, test/startup.test.ts).
 */
export async function painter(level: ColourLevel): Promise<Paint> {
  if (level === 0) return PLAIN;
  const { Chalk } = await loadModule<typeof import('chalk')>('chalk');
  return new Chalk({ level });
}
