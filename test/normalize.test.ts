/** text → lines: what exports add is removed, everything else kept, one line per source line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/normalize/normalize.js';
import { isSpace, keyingLongTextsOnce, matchKey, nfkc, withoutSpaces } from '../src/normalize/matchKey.js';
import { oracleNormalize, oracleNormalizeLine } from './support/oracles.js';

/** One line as normalize gives it back. */
function normalizeLine(line: string): string {
  const [only, ...more] = normalize(line);
  expect(more).toEqual([]);
  return only ?? '';
}

describe('normalizeLine', () => {
  it('turns odd spaces (NBSP, ideographic, thin, narrow NBSP) into plain spaces', () => {
    expect(normalizeLine('规章\u00a0\u00a05')).toBe('规章  5');
    expect(normalizeLine('\u3000\u3000一、总体情况')).toBe('  一、总体情况');
    expect(normalizeLine('a\u2009b\u202fc\u205fd')).toBe('a b c d');
  });

  it('removes characters that print nothing (zero-width, BOM, word joiner, soft hyphen)', () => {
    expect(normalizeLine('\ufeff一、总\u200b体\u200c情\u200d况\u2060\u00ad')).toBe('一、总体情况');
  });

  it('removes Word and pandoc artefacts: bookmarks, _Toc/_Hlk anchors, {#ids}', () => {
    expect(normalizeLine('\t[bookmark: _Hlk66973412]一、本年新收政府信息公开申请数量')).toBe('\t一、本年新收政府信息公开申请数量');
    expect(normalizeLine('[_Toc12345]二、主动公开政府信息情况')).toBe('二、主动公开政府信息情况');
    expect(normalizeLine('[image: logo.png]标题')).toBe('标题');
    expect(normalizeLine('三、收到和处理政府信息公开申请情况 {#section-3}')).toBe('三、收到和处理政府信息公开申请情况');
  });

  it('turns the bars of a table a text browser drew into pipes (w3m, elinks: `│规章 │ 2 │3520│`), its rules as printed', () => {
    expect(normalizeLine('│规章 │ 2 │3520│')).toBe('|规章 | 2 |3520|');
    expect(normalizeLine('┃行政许可┃26┃ ║ 1 ║')).toBe('|行政许可|26| | 1 |');
    expect(normalizeLine('├─────┼───┤')).toBe('├─────┼───┤');
  });

  it('turns the HTML line breaks and space entities converters leave in cells into spaces', () => {
    expect(normalizeLine('| 尚未<br>审结 | 结果<br/>维持 | 其他<BR />结果 | 总</br>计 |')).toBe('| 尚未 审结 | 结果 维持 | 其他 结果 | 总 计 |');
    expect(normalizeLine('| 规章 | <br> | &nbsp; | 12<br> | &nbsp;7 | &#160;| &#xA0; | &emsp;&ensp;&thinsp; | &#12288;&#x3000; |')).toBe(
      '| 规章 |   |   | 12  |  7 |  |   |     |    |',
    );
    // Not breaks or space entities: kept as printed.
    for (const line of ['a < b', '<brief>', '&amp;', '&nbsp', 'AT&T', '<b>粗</b>']) expect(normalizeLine(line)).toBe(line);
    expect(normalize('<br\n>')).toEqual(['<br', '>']); // a line end is no space inside a break
  });

  it('never takes a line end into a break: one line out per line in', () => {
    expect(normalize('规章 <br\n/> 5')).toEqual(['规章 <br', '/> 5']);
  });

  it('removes markdown heading marks and bold marks', () => {
    expect(normalizeLine('### 三、收到和处理政府信息公开申请情况')).toBe('三、收到和处理政府信息公开申请情况');
    expect(normalizeLine('**四、政府信息公开行政复议、行政诉讼情况**')).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(normalizeLine('__规章__\t5')).toBe('规章\t5');
  });

  it('empties page-number lines, in every form exports print them', () => {
    for (const line of ['-3-', '- 4 -', '— 5 —', '－６－', '第3页', '第 3 页 共 9 页', '第３页，共９页', '3/9', '３／９', `${' '.repeat(80)}- 1 -`, '\f- 2 -']) {
      expect(normalizeLine(line), JSON.stringify(line)).toBe('');
    }
  });

  it('keeps values that look a little like page numbers', () => {
    for (const line of ['\t-2', '-5', '\t—', '\t/', '2024年', '\t３', '第二十条第（一）项', '第3页的表格中']) {
      expect(normalizeLine(line), JSON.stringify(line)).not.toBe('');
    }
  });

  it('drops trailing whitespace and form feeds, keeps leading tabs (cell structure)', () => {
    expect(normalizeLine('\t  2231  \t\t')).toBe('\t  2231');
    expect(normalizeLine('规章\t5\t\f')).toBe('规章\t5');
  });

  it('keeps full-width digits and punctuation as printed (folding happens in matchKey)', () => {
    expect(normalizeLine('规章\t１２\t（一）')).toBe('规章\t１２\t（一）');
  });

  it('takes linear time on long lines that could make a pattern backtrack', () => {
    const lines = [
      `${'\t'.repeat(200_000)}x`,
      '[bookmark: _Hlk'.repeat(20_000),
      '{#'.repeat(100_000),
      ' '.repeat(200_000) + '-',
      '#'.repeat(200_000),
      '*'.repeat(200_000),
    ];
    const started = performance.now();
    for (const line of lines) normalizeLine(line);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('normalize', () => {
  it('keeps one output line per source line, whatever the line ends (LF, CRLF, CR, mixed)', () => {
    const text = 'a\nb\r\nc\rd\n\n-3-\n\ufeff\n';
    const lines = normalize(text);
    expect(lines).toHaveLength(8);
    expect(lines).toEqual(['a', 'b', 'c', 'd', '', '', '', '']);
  });

  it('keeps line numbers of a real export: removed lines become empty, never disappear', () => {
    const text = '标题\n- 1 -\n[bookmark: _Hlk1]\n## 一、总体情况\n正文';
    expect(normalize(text)).toEqual(['标题', '', '', '一、总体情况', '正文']);
  });
});

describe('matchKey', () => {
  it('folds full-width forms (NFKC) and removes every space', () => {
    expect(matchKey('本 年 度 办 理 结 果')).toBe('本年度办理结果');
    expect(matchKey('（三） 不予\t公开')).toBe('(三)不予公开');
    expect(matchKey('１．属于国家秘密')).toBe('1.属于国家秘密');
    expect(matchKey('本年收费金额（单位：万元）')).toBe('本年收费金额(单位:万元)');
  });

  it('takes the spaces out of a long text as the regular expression does (one pass, not a piece a word)', () => {
    // Every code unit \s matches, and every one it does not, by the two routes.
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
    const long = `本年新收 ${'1 2\u3000３\t\u00a0'.repeat(600)}\ud800 \udc00 \udc00a`;
    expect(long.length).toBeGreaterThan(1024);
    expect(withoutSpaces(long)).toBe(long.replace(/\s+/g, ''));
    expect(matchKey(long)).toBe(long.normalize('NFKC').replace(/\s+/g, ''));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('本', ' ', '\t', '\u3000', '\u2028', '\ufeff', '１', 'a', '\ud83d', '\ude00', '\u00a0'), { minLength: 0, maxLength: 3000 }), (chars) => {
        const text = chars.join('');
        expect(withoutSpaces(text)).toBe(text.replace(/\s+/g, ''));
        expect(matchKey(text)).toBe(text.normalize('NFKC').replace(/\s+/g, ''));
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

describe('matchKey while a text is parsed (keyingLongTextsOnce)', () => {
  it('gives a long text the key it has outside, however often and however nested, and the parse\'s answer back', () => {
    const long = `本年新收 ${'1 2\u3000３\t（三）'.repeat(600)}`;
    const outside = matchKey(long);
    expect(outside).toBe(long.normalize('NFKC').replace(/\s+/g, ''));
    const inside = keyingLongTextsOnce(() => [matchKey(long), matchKey(long), keyingLongTextsOnce(() => matchKey(long)), matchKey(long.slice(1))]);
    expect(inside).toEqual([outside, outside, outside, matchKey(long.slice(1))]);
    expect(keyingLongTextsOnce(() => 42)).toBe(42);
  });

  it('lets go of its keys when the parse throws, and keys afresh in the next', () => {
    const long = `行政许可 ${'１ '.repeat(700)}`;
    expect(() => keyingLongTextsOnce(() => {
      matchKey(long);
      throw new Error('stop');
    })).toThrow('stop');
    expect(keyingLongTextsOnce(() => matchKey(long))).toBe(long.normalize('NFKC').replace(/\s+/g, ''));
  });
});

describe('nfkc of a long text, by pieces', () => {
  it('gives what String.prototype.normalize gives, whatever joins or changes where', () => {
    // Letters and the marks that join them (e + ◌́, half-width ﾊ + ﾞ, Hangul jamo), full-width
    // forms, compatibility ideographs, a character outside the BMP and lone surrogates.
    const alphabet = ['本', '年', 'e', 'a', ' ', '1', '\u0301', '\u0323', '\uff8a', '\uff9e', '\u1100', '\u1161', '\u11a8', '（', '１', '\u3000', '\uf900', '\u2f00', '\ud835\udc00', '\ud800', '\udc00', 'か', '\u3099', '\u00bd', '\ufb01'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 257, maxLength: 6000 }), fc.integer({ min: 0, max: 400 }), (chars, asciiRun) => {
        // Long runs that change nothing between the changing ones, as in a long line.
        const text = chars.map((c, i) => (i % 97 === 0 ? '1 2 3 '.repeat(asciiRun) + c : c)).join('');
        expect(nfkc(text)).toBe(text.normalize('NFKC'));
      }),
      { seed: 15, numRuns: 150 },
    );
    const garbled = `\u00bd\uff8a\uff9e${'1 2 3 '.repeat(2000)}ｅ\u0301${'本年'.repeat(50)}\uff8a`;
    expect(nfkc(garbled)).toBe(garbled.normalize('NFKC'));
  });
});

describe('normalize against the line-by-line rules (fast-check, fixed seed)', () => {
  // The characters the clean-up, markdown and page-number rules turn on, line ends of every kind,
  // and plain text between them.
  const pieces = [
    'a', '规章', '12', '３', '-', '—', '－', '/', '／', '第', '页', '共', ',', '，', '#', '##', '*', '**', '_', '__',
    ' ', '  ', '\t', '\f', '\u3000', '\u00a0', '\u2009', '\u200b', '\ufeff', '\u00ad', '\u2028',
    '[bookmark: _Hlk1]', '[_Toc', ']', '{#id}', '{#', '}', '\n', '\r\n', '\r', '\r\f\n', '\n\n',
    '<br>', '<BR />', '</br>', '<', 'br', '>', '/', '&nbsp;', '&#160;', '&', 'nbsp;', '&#x3000;',
    '\\', '\\*', '│', '┃', '║', '┆', '╏', '─', '┼',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));

  it('gives, line for line, what normalizing each source line alone gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalize(t)).toEqual(oracleNormalize(t));
        for (const line of t.split(/\r\n|\r|\n/)) expect(normalizeLine(line)).toBe(oracleNormalizeLine(line));
      }),
      { seed: 20261122, numRuns: 20000 },
    );
  });
});
