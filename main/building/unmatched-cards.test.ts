import { describe, expect, it } from 'vitest';
import { withBuildingData } from '../../test/support/building-data';

describe('card numbers that are none of our badges', () => {
  it('lists them, from the cardholder list and the door log, not only counts them', async () => {
    const { s } = await withBuildingData();
    const { cardholders, events } = s.building.unmatchedCards();
    expect(cardholders.length).toBeGreaterThan(0);
    // Our own organisations' cards come first: those are the ones to enrol or to explain.
    const firstOther = cardholders.findIndex((c) => !c.own);
    expect(cardholders.slice(firstOther).every((c) => !c.own)).toBe(true);

    // The scenario's unknown tags (A14, A15) are listed by the card numbers the log prints.
    const numbers = events.map((e) => e.cardNumber);
    expect(numbers).toEqual(expect.arrayContaining(['3285451912', '0344189279']));
    const a14 = events.find((e) => e.cardNumber === '3285451912');
    expect(a14).toMatchObject({ events: 3, lastAt: '2025-10-23T05:41:55Z' });
    expect([...events].sort((a, b) => b.events - a.events).map((e) => e.events)).toEqual(
      events.map((e) => e.events),
    );
  });
});
