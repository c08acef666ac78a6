/** The benchmark table, as printed and as written to docs/benchmark.md (Markdown). */
import type { SizeResult } from './runBench';

export function formatTable(results: readonly SizeResult[]): string {
  const head =
    '| quotes | method | queries | build ms | load ms | index bytes | index MB | matcher heap MB | p50 ms | p95 ms | max ms | top-1 | false matches |';
  const rule = '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.flatMap((r) => [
    `| ${r.quotes.toLocaleString('en')} | engine | ${r.engine.queries} | ${r.engine.buildMs} | ${r.engine.loadMs} | ${r.engine.indexBytes.toLocaleString('en')} | ${r.engine.heapMB} | ${r.engine.matcherMB} | ${r.engine.p50Ms} | ${r.engine.p95Ms} | ${r.engine.maxMs} | ${r.engine.top1} | ${r.engine.falseMatchRate} |`,
    `| ${r.quotes.toLocaleString('en')} | plain fuse.js | ${r.baseline.queries} | – | – | – | – | – | ${r.baseline.p50Ms} | ${r.baseline.p95Ms} | ${r.baseline.maxMs} | ${r.baseline.top1} | ${r.baseline.falseMatchRate} |`,
  ]);
  return [head, rule, ...rows].join('\n');
}
