/** Types for scripts/chromium.mjs, so TypeScript tests can launch the same browser. */
import type { Browser } from 'playwright-core';
export declare const CHROMIUM_FLAGS: readonly string[];
export declare function launchChromium(): Promise<Browser>;
