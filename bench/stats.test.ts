import { describe, expect, it } from 'vitest';
import { summarise } from './stats';

describe('summarise', () => {
  it('uses nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarise(values)).toEqual({ n: 100, min: 1, median: 50, p95: 95, max: 100 });
    expect(summarise([7])).toEqual({ n: 1, min: 7, median: 7, p95: 7, max: 7 });
    expect(() => summarise([])).toThrow();
  });
});
