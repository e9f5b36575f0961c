/**
 * Headless Chromium for the page tests (scripts/chromium.mjs: Debian's /usr/bin/chromium, never a
 * downloaded browser): one browser per test file, and one page reused for every document.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

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

  /** A browser for this test file, launched before its tests and closed after them. */
  static forThisFile(): { readonly pages: Pages } {
    const holder: { browser?: Browser; pages?: Pages } = {};
    beforeAll(async () => {
      holder.browser = await launchChromium();
      holder.pages = new Pages(holder.browser);
    }, 60_000);
    afterAll(async () => {
      await holder.browser?.close();
      holder.pages?.close();
    });
    return {
      get pages(): Pages {
        if (!holder.pages) throw new Error('the browser is not launched yet (use it inside a test or hook)');
        return holder.pages;
      },
    };
  }

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
