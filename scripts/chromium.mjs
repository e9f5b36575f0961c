/**
 * Headless Chromium for the page tests, the page benchmark and the screenshots: Debian's
 * /usr/bin/chromium (CHROMIUM=path overrides) driven by playwright-core, which never downloads a
 * browser. The flags are what this kind of machine needs (root, no GPU, no network); playwright
 * gives every launch a fresh, temporary user-data-dir.
 */
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
}
