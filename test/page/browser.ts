/**
 * Headless Chromium for the page tests (scripts/chromium.mjs: Debian's /usr/bin/chromium, never a
 * downloaded browser): one browser per test file, and one page reused for every document.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'playwright-core';
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

  /** `browser` is still starting: the first open waits for it. */
  constructor(private readonly browser: Promise<Browser>) {}

  /**
   * A browser for this test file, launched before its tests and closed after them. The launch is
   * not waited for in the hook: Chromium starts (a second or two, in its own processes) while the
   * file's own hooks run (the overview's runs the CLI over every fixture first).
   */
  static forThisFile(): { readonly pages: Pages } {
    const holder: { launched?: Promise<Browser>; pages?: Pages } = {};
    beforeAll(() => {
      holder.launched = launchChromium();
      // A launch that fails is reported by the first open; not also as an unhandled rejection.
      holder.launched.catch(() => undefined);
      holder.pages = new Pages(holder.launched);
    });
    afterAll(async () => {
      await holder.launched?.then(
        (browser) => browser.close(),
        () => undefined,
      );
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
      const page = await (await this.browser).newPage({ viewport: { width: 1280, height: 900 } });
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
    // Checked by the page's own DOM, not a selector: see `all` below (the page draws its reports
    // in slices, and a selector would walk every element drawn so far at each poll).
    await this.opened.page.waitForFunction(() => document.documentElement.getAttribute('data-drawn') === 'all');
    return this.opened;
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What the functions run in the page use of an element (the tests' TypeScript has no DOM library). */
export interface PageElement {
  readonly textContent: string | null;
  readonly className: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  closest(selector: string): PageElement | null;
}
declare const document: { documentElement: PageElement; querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement> };

/*
 * A big page (the overview of every fixture: ~200 reports, ~100,000 elements) is read through the
 * DOM's own querySelectorAll. Playwright's selector engine (page.$$eval, locators, page.click(selector))
 * walks every element of the page for each query, to pierce shadow roots: 0.1–0.7 s a query there,
 * against a few milliseconds. What is read, and what is clicked, is the same.
 */

/** `fn` run in the page on the elements `css` matches, in document order (as page.$$eval, without its selector engine). */
export async function all<R, A = undefined>(opened: Opened, css: string, fn: (elements: PageElement[], arg: A) => R, arg?: A): Promise<R> {
  const elements = await opened.page.evaluateHandle((selector) => [...document.querySelectorAll(selector)], css);
  try {
    // (Playwright's types unbox the argument; `A` is a plain value here.)
    return await elements.evaluate(fn as (elements: PageElement[], arg: unknown) => R, arg);
  } finally {
    await elements.dispose();
  }
}

/** How many elements `css` matches. */
export function count(opened: Opened, css: string): Promise<number> {
  return all(opened, css, (elements) => elements.length);
}

/** The one element `css` matches first, as a handle to click, check or fill as a person does (Playwright's actionability checks and all). */
export async function element(opened: Opened, css: string): Promise<ElementHandle> {
  const handle = (await opened.page.evaluateHandle((selector) => document.querySelectorAll(selector)[0] ?? null, css)).asElement();
  if (!handle) throw new Error(`no element matches ${css}`);
  return handle as ElementHandle;
}
