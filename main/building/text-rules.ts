/**
 * The office manager's own event-text rules: "this text means that outcome". A rule is stored as
 * the words of the text and is tried before the built-in vocabulary on every later import; events
 * already imported with exactly that text, and no outcome yet, get it at once.
 */
import type { BuildingRepo } from '../../db/repos/building';
import { AppError } from '../ipc/errors';
import { outcomes, type Outcome } from '../../vocabulary';
import { normaliseText } from './event-outcomes';

export interface TextRule {
  words: string[];
  outcome: Outcome;
}

const isOutcome = (s: string): s is Outcome => (outcomes as readonly string[]).includes(s);

export function textRules(repo: BuildingRepo) {
  return {
    list: (): TextRule[] =>
      repo.textRules().map((r) => ({ words: JSON.parse(r.words) as string[], outcome: r.outcome })),
    /** Returns how many stored events the new rule classified. */
    add(text: string, outcome: string): number {
      if (!isOutcome(outcome)) {
        throw new AppError(
          'invalid_argument',
          `"${outcome}" is not an outcome (${outcomes.join(', ')}).`,
        );
      }
      const words = normaliseText(text).trim();
      if (!words)
        throw new AppError('invalid_argument', 'The text has no words to recognise it by.');
      return repo.addTextRule(JSON.stringify([words]), text, outcome);
    },
  };
}
