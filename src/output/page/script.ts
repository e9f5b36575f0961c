/**
 * The page's one script. It reads everything from the JSON in
 * `<script id="page-data" type="application/json">` and builds elements with createElement and
 * textContent only: report text never becomes markup.
 *
 * - The overview table: sorted by any column (click its name; again to reverse; blanks always
 *   last), filtered by text (organ, file, year) and by "only with errors".
 * - Each report's facts, chart, tables, diagnostics and prose, drawn into its section from its
 *   layout, values and marks: the one in the address (#r12, #r12-d3) first, then all in order —
 *   those that fit in 60 ms at once, the rest in slices that keep the page responsive, one
 *   scrolled near the screen before its turn — and every one before printing.
 *   `<html data-drawn="all">` says when all are drawn.
 *
 * Plain ES2017 with DecompressionStream (for the prose), so that it runs as it is in every current
 * browser; the Content-Security-Policy of the page admits this script by its hash and nothing else.
 */
export const PAGE_SCRIPT = `(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var source = document.getElementById('page-data');
  if (!source) return;
  var data = JSON.parse(source.textContent);
  var s = data.strings;
  var SVG = 'http://www.w3.org/2000/svg';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function fill(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (whole, name) { return name in values ? String(values[name]) : whole; });
  }

  // ── The overview table ──────────────────────────────────────────────────────────────────
  var table = document.getElementById('overview-table');
  if (table) {
    var values = data.rows;
    var body = table.tBodies[0];
    var rows = [];
    Array.prototype.forEach.call(body.rows, function (tr) { rows[Number(tr.getAttribute('data-i'))] = tr; });
    var order = values.map(function (_, i) { return i; });
    var collator = new Intl.Collator(data.locale, { numeric: true });
    var sortKey = null;
    var descending = false;
    var compare = function (a, b) {
      var x = values[a][sortKey];
      var y = values[b][sortKey];
      if (x === y) return a - b;
      if (x === null) return 1;
      if (y === null) return -1;
      var c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (c === 0) return a - b;
      return descending ? -c : c;
    };
    var buttons = table.querySelectorAll('thead button[data-key]');
    var sortBy = function (key) {
      descending = key === sortKey ? !descending : false;
      sortKey = key;
      order.sort(compare);
      var fragment = document.createDocumentFragment();
      order.forEach(function (i) { fragment.appendChild(rows[i]); });
      body.appendChild(fragment);
      Array.prototype.forEach.call(buttons, function (button) {
        var th = button.parentNode;
        if (button.getAttribute('data-key') === key) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
      });
    };
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () { sortBy(button.getAttribute('data-key')); });
    });

    var text = document.getElementById('filter-text');
    var onlyErrors = document.getElementById('filter-errors');
    var shown = document.getElementById('shown-count');
    var haystacks = values.map(function (v) {
      return [v.organ, v.file, v.year].filter(function (x) { return x !== null; }).join(' ').toLowerCase();
    });
    var filter = function () {
      var query = text.value.trim().toLowerCase();
      var count = 0;
      values.forEach(function (v, i) {
        var visible = (!onlyErrors.checked || v.errors > 0) && (query === '' || haystacks[i].indexOf(query) >= 0);
        rows[i].hidden = !visible;
        if (visible) count++;
      });
      shown.textContent = fill(s.shownRows, { shown: count, total: values.length });
    };
    text.addEventListener('input', filter);
    onlyErrors.addEventListener('change', filter);
    filter();
  }

  // ── Each report ─────────────────────────────────────────────────────────────────────────
  var SEVERITY = { error: s.severityError, warning: s.severityWarning, info: s.severityInfo };

  function swatch(colour) {
    var box = svg('svg', { 'class': 'sw', viewBox: '0 0 10 10', 'aria-hidden': 'true' });
    box.appendChild(svg('rect', { width: 10, height: 10, fill: colour }));
    return box;
  }

  function outcomeChart(r, id) {
    var figure = el('figure', 'chart outcomes');
    figure.setAttribute('data-chart', 'outcomes');
    var caption = el('figcaption', null, s.outcomeChartTitle);
    caption.id = id + '-oc';
    figure.appendChild(caption);
    var total = r.o.reduce(function (sum, v) { return sum + (v === null ? 0 : v); }, 0);
    if (!(total > 0)) {
      figure.appendChild(el('p', 'note', s.chartNoData));
      return figure;
    }
    var bar = svg('svg', { 'class': 'stack', viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img', 'aria-labelledby': caption.id });
    var legend = el('table', 'legend');
    legend.setAttribute('aria-labelledby', caption.id);
    var head = legend.createTHead().insertRow();
    [s.legend, s.colCount, s.colShare].forEach(function (label) { var th = el('th', null, label); th.scope = 'col'; head.appendChild(th); });
    var rows = legend.createTBody();
    var x = 0;
    r.o.forEach(function (v, g) {
      var label = data.outcomes[g][0];
      var colour = data.outcomes[g][1];
      var tr = rows.insertRow();
      var th = el('th');
      th.scope = 'row';
      th.appendChild(swatch(colour));
      th.appendChild(document.createTextNode(' ' + label));
      tr.appendChild(th);
      tr.appendChild(el('td', null, v === null ? s.noValue : String(v)));
      tr.appendChild(el('td', null, v === null ? s.noValue : (100 * v / total).toFixed(1) + '%'));
      if (v === null || v <= 0) return;
      var width = 100 * v / total;
      var rect = svg('rect', { 'class': 'bar', 'data-value': v, x: x.toFixed(2), width: width.toFixed(2), height: 10, fill: colour });
      rect.appendChild(svg('title', {})).textContent = label + ' ' + v;
      bar.appendChild(rect);
      x += width;
    });
    var foot = legend.createTFoot().insertRow();
    var th = el('th', null, s.colOutcomeTotal);
    th.scope = 'row';
    foot.appendChild(th);
    foot.appendChild(el('td', null, String(total)));
    foot.appendChild(el('td', null, '100.0%'));
    figure.appendChild(bar);
    figure.appendChild(legend);
    return figure;
  }

  function headerCell(c) {
    var th = el('th', c.k || null, c.t);
    if (c.c) th.colSpan = c.c;
    if (c.r) th.rowSpan = c.r;
    if (c.s) th.scope = c.s;
    return th;
  }

  function drawReport(section, i) {
    var r = data.reports[i];
    var layout = data.layouts[r.l];
    var id = 'r' + i;
    var marks = {};
    r.m.forEach(function (m) { marks[m[0]] = m; });
    var mark = function (node, target) {
      var m = marks[target];
      if (!m) return node;
      node.classList.add('m-' + m[1]);
      node.setAttribute('data-path', layout.paths[m[0]]);
      node.setAttribute('aria-describedby', m[2].map(function (d) { return id + '-d' + d; }).join(' '));
      node.title = m[2].map(function (d) { return r.d[d][2]; }).join('\\n');
      return node;
    };
    var drawTable = function (t) {
      var node = el('table', 'form ' + t.k);
      if (t.caption) node.appendChild(el('caption', null, t.caption));
      var head = node.createTHead();
      t.head.forEach(function (cells) {
        var tr = head.insertRow();
        cells.forEach(function (c) { tr.appendChild(headerCell(c)); });
      });
      var tbody = node.createTBody();
      t.body.forEach(function (row) {
        var tr = tbody.insertRow();
        if (row.p !== undefined) mark(tr, row.p);
        row.cells.forEach(function (c) {
          if (typeof c !== 'number') { tr.appendChild(headerCell(c)); return; }
          var v = r.v[c];
          var td = el('td', v === null ? 'nil' : null, v === null ? null : String(v));
          if (v === null) td.appendChild(el('span', 'sr', s.blankCell));
          tr.appendChild(mark(td, c));
        });
      });
      return node;
    };

    var holder = section.querySelector('.fill');
    var facts = el('dl', 'facts');
    [[s.reportFile, r.f[0]], [s.reportForm, r.f[1]], [s.reportPublishedOn, r.f[2] === null ? s.noValue : r.f[2]], [s.reportEncoding, r.f[3]], [s.reportBytes, String(r.f[4])]].forEach(function (fact) {
      var item = el('div');
      item.appendChild(el('dt', null, fact[0]));
      item.appendChild(el('dd', null, fact[1]));
      facts.appendChild(item);
    });
    holder.appendChild(facts);
    var counts = el('p', 'counts');
    [[r.c[0], s.countErrors, r.c[0] > 0 ? 'has-errors' : null], [r.c[1], s.countWarnings, null], [r.c[2], s.countInfos, null]].forEach(function (count, n) {
      if (n > 0) counts.appendChild(document.createTextNode(' · '));
      counts.appendChild(el('span', count[2], count[0] + ' ' + count[1]));
    });
    holder.appendChild(counts);
    holder.appendChild(outcomeChart(r, id));
    var grid = el('div', 'body');
    var tables = el('div', 'tables');
    layout.parts.forEach(function (part) {
      tables.appendChild(el('h4', null, s[part.heading]));
      if (part.tables === null) {
        tables.appendChild(mark(el('p', 'missing', s[part.missing]), part.p));
      } else if (part.tables.length === 1) {
        tables.appendChild(mark(drawTable(part.tables[0]), part.p));
      } else {
        var group = el('div', 'a20s');
        part.tables.forEach(function (t) { group.appendChild(drawTable(t)); });
        tables.appendChild(mark(group, part.p));
      }
    });
    grid.appendChild(tables);

    var aside = el('aside', 'problems');
    aside.setAttribute('aria-label', s.diagnosticsHeading);
    aside.appendChild(el('h4', null, s.diagnosticsHeading));
    if (r.d.length === 0) aside.appendChild(el('p', 'note', s.noDiagnostics));
    else {
      var list = el('ol', 'diags');
      r.d.forEach(function (d, n) {
        var li = el('li', 'd-' + d[0]);
        li.id = id + '-d' + n;
        li.appendChild(el('span', 'sev', SEVERITY[d[0]]));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('code', 'code', d[1]));
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('span', 'ln', d[3] === null ? s.noLineNumber : fill(s.lineNumber, { line: d[3] })));
        li.appendChild(el('p', 'msg', d[2]));
        if (d[4] !== null) {
          var quote = el('blockquote', 'src');
          quote.setAttribute('aria-label', fill(s.sourceLine, { line: d[3] }));
          var number = el('span', 'lnum', String(d[3]));
          number.setAttribute('aria-hidden', 'true');
          quote.appendChild(number);
          quote.appendChild(el('code', null, d[4]));
          li.appendChild(quote);
        }
        list.appendChild(li);
      });
      aside.appendChild(list);
    }
    grid.appendChild(aside);
    holder.appendChild(grid);
    holder.appendChild(prose(r));
  }

  function inflate(base64) {
    if (typeof DecompressionStream === 'undefined') return Promise.reject(new Error('DecompressionStream'));
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  }

  function prose(r) {
    var details = el('details', 'prose');
    details.appendChild(el('summary', null, s.proseHeading));
    var parts = ['prose1', 'prose5', 'prose6'].map(function (heading) {
      details.appendChild(el('h4', null, s[heading]));
      return details.appendChild(el('div', 'text'));
    });
    inflate(r.x).then(function (json) {
      JSON.parse(json).forEach(function (text, n) {
        if (text === null) { parts[n].className = 'note'; parts[n].textContent = s.proseMissing; }
        else parts[n].textContent = text;
      });
    }, function () {
      parts[0].className = 'note';
      parts[0].textContent = s.proseUnavailable;
    });
    return details;
  }

  var sections = document.querySelectorAll('section.report[data-i]');
  var drawn = [];
  var draw = function (i) {
    if (drawn[i]) return;
    drawn[i] = true;
    drawReport(sections[i], i);
  };
  var drawAll = function () {
    for (var i = 0; i < sections.length; i++) draw(i);
    root.setAttribute('data-drawn', 'all');
  };
  var drawTarget = function () {
    var match = /^#r(\\d+)/.exec(location.hash);
    var i = match ? Number(match[1]) : -1;
    if (i < 0 || i >= sections.length || drawn[i]) return;
    draw(i);
    var target = document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  };
  window.addEventListener('hashchange', drawTarget);
  window.addEventListener('beforeprint', drawAll);
  drawTarget();
  // A report scrolled near the screen is drawn at once, before its turn.
  var observer = typeof IntersectionObserver === 'undefined' ? null : new IntersectionObserver(function (seen) {
    seen.forEach(function (entry) { if (entry.isIntersecting) draw(Number(entry.target.getAttribute('data-i'))); });
  }, { rootMargin: '1000px 0px' });
  if (observer) Array.prototype.forEach.call(sections, function (section) { observer.observe(section); });
  var next = 0;
  var slice = function (budget) {
    var end = Date.now() + budget;
    while (next < sections.length && Date.now() < end) draw(next++);
    if (next < sections.length) setTimeout(function () { slice(12); }, 0);
    else {
      if (observer) observer.disconnect();
      root.setAttribute('data-drawn', 'all');
    }
  };
  slice(60);
})();
`;
