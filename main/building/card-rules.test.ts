import { describe, expect, it } from 'vitest';
import { cardRules, type CardRule } from '../../vocabulary';
import { cardNumberFor, detectCardRule, indexTags, normaliseCard, printedCard } from './card-rules';

// The worked examples of the card-number notes, checked against published ones.
const table: Record<CardRule, [string, string, string]> = {
  hex: ['4A22B1A', '4A22B1A5C8073', '3F91C2'],
  'hex-reversed': ['1A2BA204', '73805C1A2BA204', 'C2913F00'],
  decimal: ['77736730', '1304205916405875', '4166082'],
  'decimal-reversed': ['439067140', '32510755386139140', '3264298752'],
  'first4-decimal': ['77736730', '77736730', '4166082'],
  'first4-decimal-reversed': ['439067140', '439067140', '3264298752'],
  'cascade1-decimal-reversed': ['439067140', '732038280', '3264298752'],
  'net2-token': ['77736730', '77736730', '4166082'],
  'wiegand26-low3': ['162:11034', '92:32883', '63:37314'],
  'wiegand26-first4-reversed': ['43:41476', '43:41476', '145:16128'],
  'wiegand34-first4': ['1186:11034', '1186:11034', '63:37314'],
  'wiegand35-first4': ['74:142106', '74:142106', '3:1020354'],
  'wiegand37-first4': ['148:142106', '148:142106', '7:496066'],
};
const uids = ['04A22B1A', '04A22B1A5C8073', '003F91C2'];

describe('card-number rules', () => {
  it.each(cardRules)('%s matches the worked examples', (rule) => {
    expect(uids.map((uid) => cardNumberFor(uid, rule).key)).toEqual(table[rule]);
  });

  it('splits HID 34-bit H10306 as 16-bit facility and 16-bit card of the first four bytes', () => {
    // A Genetec-style export: Card format "HID H10306 34 Bits", facility 6490, card 54165.
    expect(cardNumberFor('195AD395', 'wiegand34-first4').key).toBe('6490:54165');
    expect(cardNumberFor('04B8DD67E5D0E0', 'wiegand34-first4').key).toBe('1208:56679');
    expect(normaliseCard('54165', 'wiegand34-first4', '6490')).toBe('6490:54165');
    expect(normaliseCard('54165', 'wiegand26-low3', '6490')).toBeNull();
    expect(normaliseCard('54165', 'wiegand34-first4', 'A6041')).toBeNull();
  });

  it('reads numbers the way exports print them', () => {
    expect(normaliseCard('0439067140', 'first4-decimal-reversed')).toBe('439067140');
    expect(normaliseCard('0077736730', 'net2-token')).toBe('77736730');
    expect(normaliseCard('04:a2:2b:1a', 'hex')).toBe('4A22B1A');
    expect(printedCard('0439067140')).toBe('439067140');
    expect(printedCard('04:a2:2b:1a')).toBe('04A22B1A');
    expect(printedCard('')).toBe('');
    expect(normaliseCard('3f91c2', 'hex')).toBe(cardNumberFor('003F91C2', 'hex').key);
    expect(normaliseCard('162:11034', 'wiegand26-low3')).toBe('162:11034');
    expect(normaliseCard('11034', 'wiegand26-low3', '162')).toBe('162:11034');
    expect(normaliseCard('300:1', 'wiegand26-low3')).toBeNull();
    expect(normaliseCard('12AB', 'decimal')).toBeNull();
  });

  it('detects the rule under which most known tags match, and reports truncation collisions', () => {
    const index = indexTags(uids);
    const nedap = detectCardRule(
      ['0439067140', '0732038280', '3264298752', '9999999999'].map((text) => ({ text })),
      index,
    );
    expect(nedap.rule).toBe('cascade1-decimal-reversed');
    expect(nedap.scores.find((s) => s.rule === 'cascade1-decimal-reversed')).toMatchObject({
      matched: 3,
    });
    const net2 = detectCardRule([{ text: '77736730' }, { text: '4166082' }], index);
    expect(net2.rule).toBe('decimal');
    expect(net2.scores.find((s) => s.rule === 'net2-token')).toMatchObject({
      matched: 1,
      ambiguous: 1,
    });
    const wiegand = detectCardRule(
      [
        { text: '11034', facility: '162' },
        { text: '32883', facility: '092' },
      ],
      index,
    );
    expect(wiegand.rule).toBe('wiegand26-low3');
  });

  it('shows one tag the file holds as every rule prints it, so a rule is chosen by looking', () => {
    const index = indexTags(uids);
    const found = detectCardRule([{ text: '0439067140' }, { text: '0732038280' }], index);
    const uid = found.exampleUid!;
    // Under the rule the file uses, the example is the file's own number (leading zero dropped).
    expect(['0439067140', '0732038280'].map((n) => n.replace(/^0/, ''))).toContain(
      found.scores.find((s) => s.rule === found.rule)!.example,
    );
    for (const s of found.scores) {
      const printed = cardNumberFor(uid, s.rule).key;
      expect(s.example).toBe(s.rule.startsWith('wiegand') ? printed.replace(':', ' / ') : printed);
    }
    // Nothing matched: any known tag still shows what each rule makes of it.
    const none = detectCardRule([{ text: 'nothing' }], index);
    expect(none.exampleUid).toBe(uids[0]);
  });
});
