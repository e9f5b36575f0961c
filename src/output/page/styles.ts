/**
 * The page's styles, inlined. Fonts: the system's own, with the CJK faces of Linux (Noto Sans CJK,
 * WenQuanYi), macOS (PingFang, Hiragino) and Windows (Microsoft YaHei) named, so that Chinese
 * never falls back to boxes. Marks are told apart by more than colour: errors have a solid border
 * and "!", warnings a dashed border and "?", notes a dotted one. Print: A4, one report per page
 * run, no controls, colours kept.
 */
export const PAGE_STYLES = `
:root{--fg:#1a1a1a;--muted:#5c5c5c;--line:#cfcfcf;--head:#f2f2f2;--err:#c23b00;--err-bg:#fbe4d8;--warn:#8a5a00;--warn-bg:#fdf0cf;--info:#0060a0;--info-bg:#e2eef7;
--font:"Helvetica Neue",Arial,"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:#fff;font:15px/1.55 var(--font);font-variant-numeric:tabular-nums}
main{max-width:1320px;margin:0 auto;padding:0 1.25rem 4rem}
h1{font-size:1.5rem;margin:1.25rem 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--fg);padding-bottom:.2rem}
h3{font-size:1.15rem;margin:0}
h4{font-size:1rem;margin:1.25rem 0 .4rem}
a{color:#0060a0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
.note{color:var(--muted);margin:.25rem 0}
.meta{color:var(--muted);font-size:.85rem;margin:0}
nav.top{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.5rem 0}
.stats{display:flex;flex-wrap:wrap;gap:.5rem 2rem;list-style:none;padding:0;margin:1rem 0}
.stats li{display:flex;flex-direction:column}
.stats b{font-size:1.7rem;line-height:1.1}
.stats .bad b{color:var(--err)}
.stats .warn b{color:var(--warn)}
.wide{overflow-x:auto}
table{border-collapse:collapse}
.overview{width:100%;font-size:.9rem}
.overview th,.overview td,.unreadable th,.unreadable td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
.overview thead th{background:var(--head);white-space:nowrap;position:sticky;top:0;z-index:1}
.overview td.n{text-align:right}
.overview td:first-child{min-width:8em}
@media (max-width:900px){.overview thead th{white-space:normal}.overview th,.overview td{padding:.25rem .3rem}}
.overview th.n{text-align:right}
.overview th.n button{text-align:right}
.overview td.file{color:var(--muted);font-size:.8rem;word-break:break-all}
.overview td.has-errors{color:var(--err);font-weight:700}
.overview tr[hidden]{display:none}
.overview th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:left}
.overview th button:focus-visible{outline:2px solid #0060a0}
.overview th[aria-sort=ascending] button::after{content:" \\25B2"}
.overview th[aria-sort=descending] button::after{content:" \\25BC"}
.controls{display:none;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;margin:.5rem 0}
.js .controls{display:flex}
.controls input[type=search]{font:inherit;padding:.2rem .4rem;min-width:16rem}
.unreadable td.code{font-family:ui-monospace,monospace;white-space:nowrap}
.chart{margin:1rem 0}
.chart figcaption{font-weight:700;margin-bottom:.35rem}
.chart.outcomes{display:grid;grid-template-columns:minmax(0,1fr) auto;gap:.25rem 2rem;align-items:start}
.chart.outcomes figcaption,.chart.outcomes .note{grid-column:1/-1}
.chart.outcomes svg.stack{margin-top:.45rem}
.chart.outcomes .legend{justify-self:start}
.keys{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem 0 .5rem;font-size:.85rem}
.sw{width:.85em;height:.85em;vertical-align:-.05em}
svg rect.bar{stroke:#fff;stroke-width:.3px;vector-effect:non-scaling-stroke}
svg.stack{display:block;width:100%;height:22px;border:1px solid var(--line)}
.legend{font-size:.85rem}
.legend th,.legend td{padding:.1rem .6rem .1rem 0;text-align:left;font-weight:400}
.legend td{text-align:right}
.legend thead th,.legend tfoot th{font-weight:700}
.bars{list-style:none;padding:0;margin:0;font-size:.85rem}
.bars-head{font-size:.8rem;color:var(--muted);font-weight:700}
.bars li{content-visibility:auto;contain-intrinsic-size:auto 20px}
.bars li,.bars-head{display:grid;grid-template-columns:minmax(9rem,18rem) minmax(5rem,1fr) 4.5rem minmax(8rem,1.3fr);gap:.6rem;align-items:center;padding:1px 0}
.bars .name{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.bars .num{text-align:right}
.bars svg{display:block;width:100%;height:12px}
.bars svg.share{background:#f4f4f4}
details.data{margin-top:.5rem;font-size:.85rem}
details.data table td{text-align:right;padding:.1rem .5rem}
details.data table th{text-align:left;padding:.1rem .5rem}
.series{display:inline-block;vertical-align:top;margin-right:2rem}
.series svg{max-width:100%;height:auto}
.series svg text{font-size:11px;fill:#333}
.series svg .axis{stroke:#888}
.report{border-top:3px solid var(--fg);margin-top:2.5rem;padding-top:.75rem;content-visibility:auto;contain-intrinsic-size:auto 1600px}
.report>header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1.5rem}
.report .back{font-size:.85rem}
.facts{display:flex;flex-wrap:wrap;gap:0 1.25rem;margin:.25rem 0;font-size:.85rem;width:100%}
.facts div{display:flex;gap:.4rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0;word-break:break-all}
.counts{margin:0;font-size:.9rem}
.counts .has-errors{color:var(--err);font-weight:700}
.body{display:grid;grid-template-columns:minmax(0,1fr);gap:0 1.5rem}
@media (min-width:1100px){.body{grid-template-columns:minmax(0,1fr) minmax(18rem,26rem)}.problems{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}}
.tables{overflow-x:auto}
.form{font-size:.8rem;margin:.25rem 0 .75rem;border:1px solid #8c8c8c}
.form caption{text-align:left;font-weight:700;padding:.2rem 0}
.form th,.form td{border:1px solid #8c8c8c;padding:.15rem .4rem}
.form thead th{background:var(--head);font-weight:700;text-align:center}
.form th[scope=row],.form th.group{font-weight:400;text-align:left}
.form th.corner{font-weight:400;font-size:.75rem;max-width:14rem}
.form td{text-align:right;min-width:3.2em}
.form td.nil{background:repeating-linear-gradient(135deg,#fff 0 3px,#e6e6e6 3px 6px)}
.a20s{display:flex;flex-wrap:wrap;gap:0 1.5rem;align-items:flex-start}
.m-error{outline:2px solid var(--err);outline-offset:-2px;background:var(--err-bg)}
.m-warning{outline:2px dashed var(--warn);outline-offset:-2px;background:var(--warn-bg)}
.m-info{outline:2px dotted var(--info);outline-offset:-2px;background:var(--info-bg)}
td.m-error::after{content:"!";color:var(--err);font-weight:700;margin-left:.2em}
td.m-warning::after{content:"?";color:var(--warn);font-weight:700;margin-left:.2em}
td.m-info::after{content:"i";color:var(--info);font-style:italic;margin-left:.2em}
tr.m-error>th[scope=row]::before{content:"! ";color:var(--err);font-weight:700}
tr.m-warning>th[scope=row]::before{content:"? ";color:var(--warn);font-weight:700}
tr.m-info>th[scope=row]::before{content:"i ";color:var(--info);font-style:italic}
p.missing{font-style:italic;padding:.3rem .5rem}
.diags{list-style:none;padding:0;margin:0;font-size:.85rem}
.diags li{border-left:4px solid var(--line);padding:.3rem .6rem;margin:0 0 .5rem;background:#fafafa}
.diags li.d-error{border-left:4px solid var(--err)}
.diags li.d-warning{border-left:4px dashed var(--warn)}
.diags li.d-info{border-left:4px dotted var(--info)}
.diags li:target{background:#fff7c2}
.diags .sev{font-weight:700}
.d-error .sev{color:var(--err)}
.d-warning .sev{color:var(--warn)}
.d-info .sev{color:var(--info)}
.diags .code{font-family:ui-monospace,monospace;font-size:.9em}
.diags .ln{color:var(--muted)}
.diags .msg{margin:.15rem 0}
.src{margin:.2rem 0 0;padding:.2rem .4rem;background:#fff;border:1px solid var(--line);display:flex;gap:.5rem;overflow-x:auto}
.src .lnum{color:var(--muted);font-family:ui-monospace,monospace}
.src code{font-family:var(--font);white-space:pre-wrap;word-break:break-all;tab-size:3}
details.prose{margin-top:1rem}
details.prose summary{cursor:pointer;font-weight:700}
details.prose .text{white-space:pre-wrap;max-width:48rem}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@media print{
.chart.outcomes{grid-template-columns:1fr}
@page{size:A4;margin:14mm 12mm}
body{font-size:9.5pt;line-height:1.4}
main{max-width:none;padding:0}
nav.top,.js .controls,.report .back,details.data{display:none}
a{color:inherit;text-decoration:none}
.overview thead th{position:static}
.overview{font-size:8.5pt}
.overview td.file{font-size:7pt}
.report,.bars li{content-visibility:visible}
.report{break-before:page;border-top:0;margin-top:0}
.body{display:block}
.problems{position:static;max-height:none;overflow:visible}
.tables{overflow:visible}
.form{font-size:7.5pt}
.form td{min-width:0}
tr,.diags li,figure{break-inside:avoid}
h2,h3,h4{break-after:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
