/**
 * Headless Chromium for the page tests: Debian's /usr/bin/chromium driven by playwright-core (never
 * a downloaded browser), one browser per test file and one page reused for every document.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (never a downloaded browser); CHROMIUM=path overrides. */
const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** What headless Chromium needs on this kind of machine (root, no GPU, no network). */
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch(): Promise<Browser> {
  // playwright gives every launch a fresh, temporary user-data-dir.
  return chromium.launch({ executablePath: EXECUTABLE, headless: true, args: ARGS });
}

export interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page was opened. */
  errors: string[];
  /** Dialogs (alert, confirm…) that fired; each is dismissed. */
  dialogs: string[];
}

/** Reused pages: one per test file, reloaded with each new document. */
export class Pages {
  private readonly dir = mkdtempSync(join(tmpdir(), 'gov-report-page-'));
  private count = 0;
  private opened: Opened | null = null;

  constructor(private readonly browser: Browser) {}

  /**
   * Write `html` to a file and open it (file://, as a user opens a saved page), at `hash`, and wait
   * until the script has drawn every report.
   */
  async open(html: string, hash = ''): Promise<Opened> {
    const file = join(this.dir, `page-${this.count++}.html`);
    writeFileSync(file, html);
    if (!this.opened) {
      const page = await this.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const opened: Opened = { page, errors: [], dialogs: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') opened.errors.push(message.text());
      });
      page.on('pageerror', (error) => opened.errors.push(String(error)));
      page.on('dialog', (dialog) => {
        opened.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      this.opened = opened;
    }
    this.opened.errors.length = 0;
    this.opened.dialogs.length = 0;
    await this.opened.page.goto(`file://${file}${hash}`);
    await this.opened.page.waitForSelector('html[data-drawn=all]', { state: 'attached' });
    return this.opened;
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
