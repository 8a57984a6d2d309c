import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Presence } from './presence';

describe('Presence (debounce of tags at the edge of the field)', () => {
  let log: string[];
  let presence: Presence;
  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    presence = new Presence(
      {
        presented: (r, u) => log.push(`in ${r} ${u}`),
        removed: (r, u) => log.push(`out ${r} ${u}`),
      },
      800,
    );
  });
  afterEach(() => vi.useRealTimers());

  it('reports one presented and one removed for a clean tap', () => {
    presence.cardIn('R1', 'A');
    presence.cardOut('R1');
    expect(log).toEqual(['in R1 A']);
    vi.advanceTimersByTime(800);
    expect(log).toEqual(['in R1 A', 'out R1 A']);
  });

  it('swallows a bounce of the same tag within the window', () => {
    presence.cardIn('R1', 'A');
    presence.cardOut('R1');
    vi.advanceTimersByTime(400);
    presence.cardIn('R1', 'A');
    presence.cardIn('R1', 'A');
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['in R1 A']);
  });

  it('reports the old tag removed at once when another arrives on the same reader', () => {
    presence.cardIn('R1', 'A');
    presence.cardOut('R1');
    presence.cardIn('R1', 'B');
    expect(log).toEqual(['in R1 A', 'out R1 A', 'in R1 B']);
    vi.advanceTimersByTime(5000);
    expect(log).toHaveLength(3);
  });

  it('keeps readers apart and clears a vanished reader immediately', () => {
    presence.cardIn('R1', 'A');
    presence.cardIn('R2', 'A');
    presence.readerGone('R1');
    expect(log).toEqual(['in R1 A', 'in R2 A', 'out R1 A']);
    presence.cardOut('R1');
    vi.advanceTimersByTime(5000);
    expect(log).toHaveLength(3);
  });
});
