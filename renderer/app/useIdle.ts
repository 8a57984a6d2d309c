import { useEffect, useState } from 'react';

/**
 * Calls `onIdle` after `ms` without a touch or a key; any touch starts the wait again. With
 * `warnMs`, the last `warnMs` of the wait are counted down (seconds left, else null), so a
 * visitor still there can say so with a touch before the screen starts over.
 */
export function useIdle(ms: number | null, onIdle: () => void, warnMs = 0): number | null {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (ms === null) return;
    let timers: ReturnType<typeof setTimeout>[] = [];
    let ticking: ReturnType<typeof setInterval> | undefined;
    const stop = () => {
      timers.forEach(clearTimeout);
      clearInterval(ticking);
      setLeft(null);
    };
    const start = () => {
      stop();
      const idleAt = Date.now() + ms;
      // A short wait warns for its last third at most, so the warning never covers the screen.
      const warnFrom = ms - Math.min(warnMs, ms / 3);
      const tick = () => setLeft(Math.max(0, Math.ceil((idleAt - Date.now()) / 1000)));
      timers = [setTimeout(onIdle, ms)];
      if (warnFrom < ms)
        timers.push(
          setTimeout(() => {
            tick();
            ticking = setInterval(tick, 1000);
          }, warnFrom),
        );
    };
    start();
    const events = ['pointerdown', 'keydown'] as const;
    events.forEach((e) => window.addEventListener(e, start));
    return () => {
      stop();
      events.forEach((e) => window.removeEventListener(e, start));
    };
  }, [ms, onIdle, warnMs]);
  return left;
}
