import { describe, expect, it } from 'vitest';
import { purposeLeaseMs, tapPurpose } from './tap-purpose';

describe('what the next tap is for', () => {
  it('is reception unless a screen holds another purpose, and only while it renews it', () => {
    const clock = { t: 0 };
    const purpose = tapPurpose(() => clock.t);
    expect(purpose.current()).toBe('reception');
    purpose.set('identify');
    clock.t += purposeLeaseMs - 1;
    expect(purpose.current()).toBe('identify');
    purpose.set('desk');
    clock.t += purposeLeaseMs - 1;
    expect(purpose.current()).toBe('desk');
    // The screen vanished without a word: the lobby's reader hears badges again.
    clock.t += 2;
    expect(purpose.current()).toBe('reception');
    purpose.set('identify');
    purpose.set('reception');
    expect(purpose.current()).toBe('reception');
  });
});
