import { useEffect } from 'react';

/** Calls `onIdle` after `ms` without a touch or a key; any touch starts the wait again. */
export function useIdle(ms: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (ms === null) return;
    let timer = setTimeout(onIdle, ms);
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, ms);
    };
    const events = ['pointerdown', 'keydown'] as const;
    events.forEach((e) => window.addEventListener(e, touch));
    return () => {
      clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, touch));
    };
  }, [ms, onIdle]);
}
