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
    expect(tagActionsFor('available', null)).toEqual(['give', 'giveToPool', 'reportLost']);
    expect(tagActionsFor('active', 'person')).toEqual([
      'give',
      'giveToPool',
      'return',
      'markNotReturned',
      'replace',
      'reportLost',
    ]);
    expect(tagActionsFor('lost', 'person')).toEqual(['return', 'replace']);
    expect(tagActionsFor('replaced', null)).toEqual(['reportLost']);
    expect(tagActionsFor('active', 'visitor_pool')).not.toContain('giveToPool');
  });
});
