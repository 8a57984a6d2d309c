/**
 * The office manager's own event-text rules: "this text means that outcome". A rule is stored as
 * the words of the text and is tried before the built-in vocabulary on every later import; events
 * already imported with exactly that text, and no outcome yet, get it at once.
 */
import type { Db } from '../../db/open';
import { AppError } from '../ipc/errors';
import { normaliseText, outcomes, type Outcome } from './event-outcomes';

export interface TextRule {
  words: string[];
  outcome: Outcome;
}

export function textRules(db: Db) {
  const list = db.prepare<[], { words: string; outcome: Outcome }>(
    'SELECT words, outcome FROM event_text_rules ORDER BY id',
  );
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO event_text_rules (words, outcome) VALUES (?, ?) ON CONFLICT (words) DO UPDATE SET outcome = excluded.outcome',
  );
  const classify = db.prepare<[string, string], { id: number }>(
    'UPDATE building_event_texts SET outcome = ? WHERE outcome IS NULL AND text = ? RETURNING id',
  );
  const eventsWith = db.prepare<[number], number>(
    'SELECT count(*) FROM building_events WHERE text_id = ?',
  );
  return {
    list: (): TextRule[] =>
      list.all().map((r) => ({ words: JSON.parse(r.words) as string[], outcome: r.outcome })),
    /** Returns how many stored events the new rule classified. */
    add(text: string, outcome: string): number {
      if (!(outcomes as readonly string[]).includes(outcome)) {
        throw new AppError(
          'invalid_argument',
          `"${outcome}" is not an outcome (${outcomes.join(', ')}).`,
        );
      }
      const words = normaliseText(text).trim();
      if (!words)
        throw new AppError('invalid_argument', 'The text has no words to recognise it by.');
      return db.transaction(() => {
        upsert.run(JSON.stringify([words]), outcome);
        const classified = classify.get(outcome, text);
        return classified ? eventsWith.pluck().get(classified.id)! : 0;
      })();
    },
  };
}
