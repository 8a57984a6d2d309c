/**
 * A token bucket: `burst` tokens at once, one more every `refillMs`. `take()` says whether one
 * was left.
 */
export function rateLimit(burst: number, refillMs: number, now: () => number = Date.now) {
  let tokens = burst;
  let last = now();
  return {
    take(): boolean {
      const t = now();
      tokens = Math.min(burst, tokens + (t - last) / refillMs);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
