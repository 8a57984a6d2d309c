import { useEffect } from 'react';
import type { TapPurpose } from '../../main/contract';
import { useApi } from './ApiProvider';

/** Renewed well inside the kiosk's lease (main/taps/tap-purpose.ts), so it never lapses while shown. */
const renewMs = 30_000;

/** The screens that said what taps are for, innermost last; the home screen's is reception. */
const held: TapPurpose[] = [];

/**
 * While this screen is shown, a tap on the kiosk's reader means `purpose` (the kiosk decides what
 * that does); when it goes, the screen beneath it says again.
 */
export function useTapPurpose(purpose: TapPurpose): void {
  const api = useApi();
  useEffect(() => {
    held.push(purpose);
    const say = () => void api.setTapPurpose(held.at(-1) ?? 'reception');
    say();
    const timer = setInterval(say, renewMs);
    return () => {
      clearInterval(timer);
      held.splice(held.lastIndexOf(purpose), 1);
      say();
    };
  }, [api, purpose]);
}
