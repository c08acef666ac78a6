/** The benchmark table, as printed and as written to docs/benchmark.md (Markdown). */
import type { SizeResult, Stats } from './runBench';

const rates = (s: Stats) =>
  `${s.top1} | ${s.top1Exact} / ${s.top1Edited} | ${s.falseMatchRate} | ${s.falseMatchRateShort} / ${s.falseMatchRateLong}`;

export function formatTable(results: readonly SizeResult[]): string {
  const head =
    '| quotes | method | queries | build ms | load ms | index bytes | index MB | matcher heap MB | p50 ms | p95 ms | max ms | top-1 | top-1 exact / edited | false matches | false matches short / long |';
  const rule = '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.flatMap((r) => [
    `| ${r.quotes.toLocaleString('en')} | engine | ${r.engine.queries} | ${r.engine.buildMs} | ${r.engine.loadMs} | ${r.engine.indexBytes.toLocaleString('en')} | ${r.engine.heapMB} | ${r.engine.matcherMB} | ${r.engine.p50Ms} | ${r.engine.p95Ms} | ${r.engine.maxMs} | ${rates(r.engine)} |`,
    `| ${r.quotes.toLocaleString('en')} | plain fuse.js | ${r.baseline.queries} | – | – | – | – | – | ${r.baseline.p50Ms} | ${r.baseline.p95Ms} | ${r.baseline.maxMs} | ${rates(r.baseline)} |`,
  ]);
  return [head, rule, ...rows].join('\n');
}
