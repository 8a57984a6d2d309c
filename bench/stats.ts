export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles: no interpolation, so every figure is a measured value. */
export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('nothing measured');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return {
    n: sorted.length,
    min: sorted[0]!,
    median: rank(0.5),
    p95: rank(0.95),
    max: sorted.at(-1)!,
  };
}

export function formatMs(s: Summary): string {
  const f = (v: number) => `${v.toFixed(1)} ms`;
  return `min ${f(s.min)}  median ${f(s.median)}  p95 ${f(s.p95)}  max ${f(s.max)}  (n=${s.n})`;
}
