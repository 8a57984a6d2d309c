/**
 * The texts, access points, card numbers and holders a door log repeats on every row: each is
 * stored once (migration 0070) and named by id; an import looks each up in the database only
 * the first time it meets it.
 */
import type { BuildingRepo } from '../../db/repos/building';
import type { CardMatching } from './card-matching';
import { printedCard } from './card-rules';
import type { Outcome } from '../../vocabulary';

export interface TextEntry {
  id: number;
  text: string;
  outcome: Outcome | null;
  /** Rows of this import with this text. */
  count: number;
}

/**
 * A map keyed by three strings, looked up by the first alone: the cells of each row are fresh
 * strings, and every key a Map hashes costs a pass over its characters, a million times over.
 * The other two are compared as they are (a card number nearly always comes with one facility,
 * a reader with one door and direction).
 */
function mapOf3<V>() {
  const root = new Map<string, { b: string; c: string; value: V }[]>();
  return {
    get(a: string, b: string, c: string): V | undefined {
      const list = root.get(a);
      if (list === undefined) return undefined;
      for (const e of list) if (e.b === b && e.c === c) return e.value;
      return undefined;
    },
    set(a: string, b: string, c: string, value: V): void {
      const list = root.get(a);
      if (list) list.push({ b, c, value });
      else root.set(a, [{ b, c, value }]);
    },
  };
}

export function eventDictionaries(
  repo: BuildingRepo,
  classify: (text: string) => Outcome | null,
  doorOf: (reader: string, door: string, direction: string) => string | null,
) {
  const sql = repo.dictionaryStatements();

  const texts = new Map<string, TextEntry>();
  const points = mapOf3<number>();
  /** By facility and number as printed in this file (leading zeros and all). */
  const cards = mapOf3<{ id: number; text: string; facility: string }>();
  const seenCards: { id: number; text: string; facility: string }[] = [];
  const holders = mapOf3<number>();
  /** Each card's holder as last seen: a card is nearly always its one holder's. */
  const holderOfCard = new Map<
    number,
    { name: string; employeeId: string; company: string; id: number }
  >();

  return {
    /** `outcome` works the text's meaning out the first time it is met (from its columns). */
    text(text: string, outcome: () => Outcome | null = () => classify(text)): TextEntry {
      let entry = texts.get(text);
      if (!entry) {
        const row = sql.text.get(text, outcome())!;
        texts.set(text, (entry = { id: row.id, text, outcome: row.outcome, count: 0 }));
      }
      return entry;
    },

    /** A log without an access-point column names the door by its reader. */
    point(door: string, reader: string, direction: string): number {
      let id = points.get(reader, door, direction);
      if (id === undefined) {
        const doorId = doorOf(reader, door, direction);
        id = sql.point.get(door || reader, reader, direction, doorId)!.id;
        points.set(reader, door, direction, id);
      }
      return id;
    },

    card(text: string, facility: string): number {
      let card = cards.get(text, facility, '');
      if (!card) {
        card = { id: sql.card.get(facility, printedCard(text), text)!.id, text, facility };
        cards.set(text, facility, '', card);
        seenCards.push(card);
      }
      return card.id;
    },

    /** The holder a row names, known first by the row's card. */
    holder(cardId: number, name: string, employeeId: string, company: string): number | null {
      if (!name && !employeeId && !company) return null;
      const last = holderOfCard.get(cardId);
      if (last && last.name === name && last.employeeId === employeeId && last.company === company)
        return last.id;
      let id = holders.get(name, employeeId, company);
      if (id === undefined) {
        id = sql.holder.get(name, employeeId, company)!.id;
        holders.set(name, employeeId, company, id);
      }
      holderOfCard.set(cardId, { name, employeeId, company, id });
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
        sql.cardMatch.run(c.id, rule, uid, match);
      }
    },

    texts: (): Iterable<TextEntry> => texts.values(),
  };
}
