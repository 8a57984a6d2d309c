import { describe, expect, it } from 'vitest';
import { tagActionsFor, tagIsUsable } from './tag-status';

describe('tag status rules', () => {
  it('accepts only tags in use or in stock', () => {
    expect(tagIsUsable('active')).toBe(true);
    expect(tagIsUsable('available')).toBe(true);
    for (const s of ['lost', 'returned', 'not_returned', 'replaced'] as const) {
      expect(tagIsUsable(s), s).toBe(false);
    }
  });

  it('offers reception what fits the tag now', () => {
    expect(tagActionsFor('available', false)).toEqual(['give', 'giveToPool', 'reportLost']);
    expect(tagActionsFor('active', true)).toEqual([
      'give',
      'giveToPool',
      'return',
      'markNotReturned',
      'replace',
      'reportLost',
    ]);
    expect(tagActionsFor('lost', true)).toEqual(['return', 'replace']);
    expect(tagActionsFor('replaced', false)).toEqual(['reportLost']);
  });
});
