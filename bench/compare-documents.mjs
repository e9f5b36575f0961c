#!/usr/bin/env node
/**
 * Does a change to a reader change any output? Reads the same web pages and Word files with two
 * builds of the library and compares, byte for byte, what the reader extracted (lines, places,
 * tables, encoding: `readHtml` / `readDocx` as JSON) and the report (`parseReport`, or
 * `parseDocument` for a PDF, as JSON). bench/compare.mjs does the same for text inputs.
 *
 *   node bench/compare-documents.mjs --base /tmp/ref/dist [--dist dist] [--random 300] [--soup 3000] [--seed 1]
 *
 *   --base DIR    the build to compare against (a copy of dist/ made before the change, with
 *                 node_modules beside it, as for bench/compare.mjs)
 *   --random N    pages and Word files of the goldens in N random layouts (scripts/documents.mjs's
 *                 randomPlan; a Word file for every third)
 *   --soup N      N pages of random tag soup (UTF-8 and GBK): the cases a page made by hand or by
 *                 an old editor has — implied closes (`<p>`, `<td>`, `<tr>`, `<li>`), void
 *                 elements and their end tags (`</br>`, `</p>` with no `<p>`), nested forms, SVG
 *                 and MathML with self-closing tags, CDATA, comments, scripts and styles, `<pre>`,
 *                 entities, hidden and chrome attributes in any case, repeated attributes,
 *                 unclosed and cut-off tags — and the golden pages cut, repeated and spliced
 *   --show N      print the first N differences (default 10)
 *
 * Every file of fixtures/documents/ is compared too (PDFs by their report). Exits 1 if any differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as docx from 'docx';
import iconv from 'iconv-lite';
import { PLANS, goldenModels, randomPlan, toDocx, toHtml } from '../scripts/documents.mjs';
import { mulberry32 } from '../scripts/prng.mjs';
import { ROOT, comparisonOptions, difference } from './comparing.mjs';

function parseArgs(argv) {
  const o = comparisonOptions(argv, { random: { type: 'string' }, soup: { type: 'string' } });
  return { ...o, random: Number(o.values.random ?? 300), soup: Number(o.values.soup ?? 3000) };
}

// ── tag soup ─────────────────────────────────────────────────────────────────────────────────

const ELEMENTS = [
  'p', 'P', 'div', 'span', 'td', 'TD', 'th', 'tr', 'TR', 'table', 'TABLE', 'tbody', 'thead', 'tfoot', 'br', 'BR', 'li', 'ul', 'ol',
  'h1', 'h3', 'a', 'b', 'font', 'o:p', 'pre', 'xmp', 'listing', 'form', 'input', 'select', 'option', 'optgroup', 'button', 'textarea',
  'script', 'style', 'noscript', 'title', 'template', 'svg', 'math', 'foreignObject', 'foreignobject', 'desc', 'mi', 'clipPath', 'image',
  'img', 'hr', 'wbr', 'meta', 'link', 'nav', 'aside', 'header', 'footer', 'article', 'main', 'section', 'dd', 'dt', 'dl', 'rt', 'rp',
  'iframe', 'object', 'embed', 'center', 'caption', 'col', 'area', 'blockquote', 'body', 'head', 'html', 'plaintext', 'x中', 'span2',
];
const ATTRIBUTES = [
  ['class', ['nav', 'MsoNormal', 'footer-bar', 'main_menu', 'top', 'TRS_Editor', 'x', 'crumbs dh', '']],
  ['CLASS', ['Nav', 'content', 'header']],
  ['id', ['copyright', 'main', 'weizhi', 'box-share']],
  ['style', ['display:none', 'mso-hide:all', 'DISPLAY: NONE', 'color:red', 'visibility : hidden', 'font-size:9pt', 'font-family:宋体', 'font-family:宋体;display:none', '宋体&#110;one', 'display:&#x6E;one', 'display:　none']],
  ['hidden', ['', 'hidden']],
  ['colspan', ['2', '3']],
  ['rowspan', ['8', '2']],
  ['width', ['100']],
  ['lang', ['ZH-CN']],
];
const TEXTS = [
  '本年新收政府信息公开申请数量', '12', '3,456', ' ', '  \n  ', '\t', '（三）不予公开', '尚未<br>审结', '&nbsp;', '&amp;', '&lt;td&gt;', '&#20013;',
  '&#x6587;', '&copy', '&nbsp', '&unknown;', '&', '<', '>', '< p>', '</ >', '</>', '<!---->', '<!-- 注释 -->', '<![CDATA[ 文本 ]]>', '<?xml 处理?>',
  '<!DOCTYPE html>', '\r\n', '\u3000', '一、总体情况', '政府信息公开', 'ABC', '第\n二行', '😀', '㐀',
];
/** Characters that GBK has not, or that Node's decoder and iconv-lite read otherwise: such a page is decoded whole. */
const RARE = ['龴', '€', '\u0080', '\ue000'];

function soupTag(rng, pick) {
  const name = pick(ELEMENTS);
  const r = rng();
  if (r < 0.3) return `</${name}>`;
  let attrs = '';
  const count = rng() < 0.5 ? 0 : 1 + Math.floor(rng() * 3);
  for (let i = 0; i < count; i++) {
    const [attr, values] = pick(ATTRIBUTES);
    const value = pick(values);
    const q = rng();
    attrs += q < 0.1 ? ` ${attr}` : q < 0.5 ? ` ${attr}="${value}"` : q < 0.8 ? ` ${attr}='${value}'` : ` ${attr}=${value.replace(/\s/g, '') || 'x'}`;
  }
  return `<${name}${attrs}${rng() < 0.15 ? ' /' : ''}>`;
}

function soupPage(rng) {
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const parts = [];
  const n = 20 + Math.floor(rng() * 200);
  const rare = rng() < 0.1;
  for (let i = 0; i < n; i++) parts.push(rng() < 0.5 ? soupTag(rng, pick) : rare && rng() < 0.05 ? pick(RARE) : pick(TEXTS));
  let page = parts.join(rng() < 0.3 ? '\n' : '');
  // Past the 64 KB a page is read in at a time, now and then: cut inside a script, an <xmp>, a tag…
  if (rng() < 0.1) page = page.repeat(Math.ceil(200_000 / Math.max(1, page.length)));
  if (rng() < 0.2) page = page.slice(0, Math.floor(rng() * page.length)); // cut off, mid-tag perhaps
  return page;
}

/** A golden page cut, repeated and spliced at random places (markup damaged as pasted pages are). */
function splicedPage(rng, pages) {
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const text = pick(pages);
  let out = '';
  const pieces = 1 + Math.floor(rng() * 4);
  for (let i = 0; i < pieces; i++) {
    const other = pick(pages);
    const a = Math.floor(rng() * other.length);
    const b = Math.min(other.length, a + Math.floor(rng() * 4000));
    out += other.slice(a, b) + (rng() < 0.5 ? soupTag(rng, pick) : '');
  }
  const at = Math.floor(rng() * text.length);
  const spliced = text.slice(0, at) + out + text.slice(at);
  return rng() < 0.2 ? spliced.repeat(4) : spliced;
}

/** A page's bytes: UTF-8 with a meta, GBK or GB18030 with a meta, GBK declared as UTF-8, UTF-8 with no declaration. */
function encodePage(rng, page) {
  const r = rng();
  if (r < 0.2) return new Uint8Array(iconv.encode(`<meta charset="gbk">${page}`, 'gbk'));
  if (r < 0.35) return new Uint8Array(iconv.encode(`<meta charset="gb18030">${page}`, 'gb18030'));
  if (r < 0.45) return new Uint8Array(iconv.encode(page, 'gbk'));
  if (r < 0.75) return new Uint8Array(Buffer.from(`<meta charset="utf-8">${page}`, 'utf8'));
  return new Uint8Array(Buffer.from(page, 'utf8'));
}

// ── comparing ────────────────────────────────────────────────────────────────────────────────

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const load = async (dir) => ({
    lib: await import(pathToFileURL(join(dir, 'index.js')).href),
    html: await import(pathToFileURL(join(dir, 'readers/html.js')).href),
    docx: await import(pathToFileURL(join(dir, 'readers/docx.js')).href),
  });
  const base = await load(o.base);
  const cand = await load(o.dist);
  const diffs = [];
  const counts = { html: 0, docx: 0, pdf: 0 };
  const differ = (name, what, a, b) => {
    const d = difference(`${name} (${what})`, a, b);
    if (d) diffs.push(d);
  };
  const json = (run) => {
    try {
      return JSON.stringify(run());
    } catch (error) {
      return `threw ${error?.constructor?.name}: ${error?.message}`;
    }
  };
  const compare = async (name, bytes, kind) => {
    counts[kind]++;
    if (kind === 'pdf') {
      differ(name, 'report', JSON.stringify(await base.lib.parseDocument(bytes, { file: name })), JSON.stringify(await cand.lib.parseDocument(bytes, { file: name })));
      return;
    }
    const reader = kind === 'html' ? (m) => m.html.readHtml(bytes) : (m) => m.docx.readDocx(bytes);
    differ(name, 'extracted', json(() => reader(base)), json(() => reader(cand)));
    differ(name, 'report', json(() => base.lib.parseReport(bytes, { file: name })), json(() => cand.lib.parseReport(bytes, { file: name })));
  };

  const documents = join(ROOT, 'fixtures/documents');
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(documents).sort()) {
    const kind = /\.html?$/i.test(file) ? 'html' : /\.docx$/i.test(file) ? 'docx' : /\.pdf$/i.test(file) ? 'pdf' : null;
    if (kind) await compare(file.slice(ROOT.length + 1), new Uint8Array(readFileSync(file)), kind);
  }

  const models = goldenModels(ROOT);
  const pages = [];
  for (const [i, m] of models.entries()) {
    for (const [layout, plan] of Object.entries(PLANS.html)) {
      const bytes = toHtml(m, plan);
      await compare(`golden ${i} html ${layout}`, bytes, 'html');
      pages.push(Buffer.from(bytes).toString(plan.charset === 'gbk' ? 'latin1' : 'utf8'));
    }
    for (const [layout, plan] of Object.entries(PLANS.docx)) await compare(`golden ${i} docx ${layout}`, await toDocx(docx, m, plan), 'docx');
  }
  const textPages = pages.filter((p) => !/charset=gb2312/.test(p));
  const rng = mulberry32(o.seed);
  for (let i = 0; i < o.random; i++) {
    const plan = randomPlan(rng);
    const m = models[i % models.length];
    await compare(`random ${i} html ${JSON.stringify(plan)}`, toHtml(m, plan), 'html');
    if (i % 3 === 0) await compare(`random ${i} docx ${JSON.stringify(plan)}`, await toDocx(docx, m, plan), 'docx');
  }
  for (let i = 0; i < o.soup; i++) {
    const page = i % 3 === 2 ? splicedPage(rng, textPages) : soupPage(rng);
    await compare(`soup seed ${o.seed} case ${i}`, encodePage(rng, page), 'html');
  }

  console.log(`compare-documents: ${counts.html} pages, ${counts.docx} Word files, ${counts.pdf} PDFs; ${diffs.length} differ`);
  for (const d of diffs.slice(0, o.show)) console.log(d);
  process.exit(diffs.length ? 1 : 0);
}

await main();
