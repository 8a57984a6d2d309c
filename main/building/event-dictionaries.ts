/**
 * The texts, access points, card numbers and holders a door log repeats on every row: each is
 * stored once (migration 0070) and named by id; an import looks each up in the database only
 * the first time it meets it.
 */
import type { Db } from '../../db/open';
import type { CardMatching } from './card-matching';
import { printedCard } from './card-rules';
import type { Outcome } from './event-outcomes';

export interface TextEntry {
  id: number;
  text: string;
  outcome: Outcome | null;
  /** Rows of this import with this text. */
  count: number;
}

/**
 * A map keyed by three strings without joining them: the cells of each row are fresh strings,
 * and a joined key would be built and hashed again on every row of the log.
 */
function mapOf3<V>() {
  const root = new Map<string, Map<string, Map<string, V>>>();
  return {
    get: (a: string, b: string, c: string): V | undefined => root.get(a)?.get(b)?.get(c),
    set(a: string, b: string, c: string, value: V): void {
      let second = root.get(a);
      if (!second) root.set(a, (second = new Map()));
      let third = second.get(b);
      if (!third) second.set(b, (third = new Map()));
      third.set(c, value);
    },
  };
}

export function eventDictionaries(
  db: Db,
  classify: (text: string) => Outcome | null,
  doorOf: (reader: string, door: string, direction: string) => string | null,
) {
  const upsertText = db.prepare<[string, Outcome | null], { id: number; outcome: Outcome | null }>(
    `INSERT INTO building_event_texts (text, outcome) VALUES (?, ?)
     ON CONFLICT (text) DO UPDATE SET outcome = coalesce(excluded.outcome, outcome)
     RETURNING id, outcome`,
  );
  // The site's doors may have been renamed since the point was first seen: resolve again.
  const upsertPoint = db.prepare<[string, string, string, string | null], { id: number }>(
    `INSERT INTO building_access_points (door_name, reader_name, direction, door_id) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET door_id = excluded.door_id
     RETURNING id`,
  );
  const upsertCard = db.prepare<[string, string, string], { id: number }>(
    `INSERT INTO building_cards (facility, printed, card_number) VALUES (?, ?, ?)
     ON CONFLICT DO UPDATE SET facility = excluded.facility
     RETURNING id`,
  );
  const upsertHolder = db.prepare<[string, string, string], { id: number }>(
    `INSERT INTO building_holders (name, employee_id, company) VALUES (?, ?, ?)
     ON CONFLICT DO UPDATE SET name = excluded.name
     RETURNING id`,
  );
  const setCardMatch = db.prepare<[number, string, string | null, string | null]>(
    `INSERT INTO building_card_matches (card_id, card_rule, card_uid, card_match) VALUES (?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET card_uid = excluded.card_uid, card_match = excluded.card_match`,
  );

  const texts = new Map<string, TextEntry>();
  const points = mapOf3<number>();
  /** By facility and number as printed in this file (leading zeros and all). */
  const cards = mapOf3<{ id: number; text: string; facility: string }>();
  const seenCards: { id: number; text: string; facility: string }[] = [];
  const holders = mapOf3<number>();

  return {
    text(text: string): TextEntry {
      let entry = texts.get(text);
      if (!entry) {
        const row = upsertText.get(text, classify(text))!;
        texts.set(text, (entry = { id: row.id, text, outcome: row.outcome, count: 0 }));
      }
      return entry;
    },

    /** A log without an access-point column names the door by its reader. */
    point(door: string, reader: string, direction: string): number {
      let id = points.get(door, reader, direction);
      if (id === undefined) {
        const doorId = doorOf(reader, door, direction);
        id = upsertPoint.get(door || reader, reader, direction, doorId)!.id;
        points.set(door, reader, direction, id);
      }
      return id;
    },

    card(text: string, facility: string): number {
      let card = cards.get(facility, text, '');
      if (!card) {
        card = { id: upsertCard.get(facility, printedCard(text), text)!.id, text, facility };
        cards.set(facility, text, '', card);
        seenCards.push(card);
      }
      return card.id;
    },

    holder(name: string, employeeId: string, company: string): number | null {
      if (!name && !employeeId && !company) return null;
      let id = holders.get(name, employeeId, company);
      if (id === undefined) {
        id = upsertHolder.get(name, employeeId, company)!.id;
        holders.set(name, employeeId, company, id);
      }
      return id;
    },

    /** Every card number this import met, for detecting the card rule. */
    *cardNumbers(): Generator<{ text: string; facility?: string }> {
      for (const c of seenCards) yield c.facility ? c : { text: c.text };
    },

    /** Records the tag each card number of this import belongs to under the import's rule. */
    matchCards(matching: CardMatching): void {
      const rule = matching.report.cardRule;
      if (!rule) return;
      for (const c of seenCards) {
        const { uid, match } = matching.match(c.text, c.facility);
        setCardMatch.run(c.id, rule, uid, match);
      }
    },

    texts: (): Iterable<TextEntry> => texts.values(),
  };
}
