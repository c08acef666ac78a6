/** The benchmark table, as printed and as written to docs/benchmark.md (Markdown). */
import type { SizeResult, Stats } from './runBench';

const rates = (s: Stats) =>
  `${s.top1} | ${s.top1Exact} / ${s.top1Edited} | ${s.commonRate} | ${s.top1Specific} | ${s.falseMatchRate} | ${s.falseMatchRateShort} / ${s.falseMatchRateLong}`;

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export function formatTable(results: readonly SizeResult[]): string {
  const head =
    '| corpus | quotes | method | queries | build ms | read ms | load ms | first check ms | add article ms | segment MB | index MB | matcher heap MB | p50 ms | p95 ms | max ms | top-1 | top-1 exact / edited | common | top-1 of the rest | false matches | false matches short / long | machine load |';
  const rule =
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.flatMap((r) => {
    const n = r.quotes.toLocaleString('en');
    const e = r.engine;
    const lines = [
      `| ${r.corpus} | ${n} | engine | ${e.queries} | ${e.buildMs} | ${e.readMs} | ${e.loadMs} | ${e.firstCheckMs} | ${e.addArticleMs} | ${mb(e.segmentBytes)} | ${mb(e.indexBytes)} | ${e.heapMB} | ${e.p50Ms} | ${e.p95Ms} | ${e.maxMs} | ${rates(e)} | ${e.loadAverage} |`,
    ];
    const b = r.baseline;
    if (b)
      lines.push(
        `| ${r.corpus} | ${n} | plain fuse.js | ${b.queries} | – | – | – | – | – | – | – | – | ${b.p50Ms} | ${b.p95Ms} | ${b.maxMs} | ${rates(b)} | |`,
      );
    return lines;
  });
  return [head, rule, ...rows].join('\n');
}
