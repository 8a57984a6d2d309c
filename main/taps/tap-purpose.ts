import type { TapPurpose } from '../../vocabulary';

/**
 * A screen that gives taps another meaning than reception's holds it for a lease and renews it
 * while it is shown; a screen that vanished without saying so (a crashed page, a closed tab)
 * does not leave the lobby's reader deaf to badges coming back.
 */
export const purposeLeaseMs = 90_000;

/** The one place that knows what the reader's next tap is for. */
export function tapPurpose(now: () => number = Date.now) {
  let held: { purpose: TapPurpose; until: number } | null = null;
  return {
    set(purpose: TapPurpose): void {
      held = purpose === 'reception' ? null : { purpose, until: now() + purposeLeaseMs };
    },
    current(): TapPurpose {
      if (held && now() >= held.until) held = null;
      return held?.purpose ?? 'reception';
    },
  };
}
export type TapPurposeState = ReturnType<typeof tapPurpose>;
