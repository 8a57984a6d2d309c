/**
 * Which of the kiosk's tags each card number in an export is: the rule is detected over every
 * distinct number the file holds (or overridden per source), and each number is worked out once.
 */
import type { BuildingRepo } from '../../db/repos/building';
import { cardNumberFor, detectCardRule, indexTags, normaliseCard } from './card-rules';
import type { CardRule } from '../../vocabulary';
import type { CardReport } from './calls';

export type CardMatch = 'exact' | 'candidate' | 'ambiguous';

export interface MatchedCard {
  uid: string | null;
  match: CardMatch | null;
}

export interface CardMatching {
  report: CardReport;
  match(text: string, facility: string): MatchedCard;
}

export function cardMatching(
  repo: BuildingRepo,
  numbers: Iterable<{ text: string; facility?: string }>,
  opts: { source: string; override?: CardRule | null | undefined },
): CardMatching {
  const index = indexTags(repo.tagUids());
  const detection = detectCardRule(numbers, index);
  const rule: CardRule | null = opts.override ?? repo.cardRuleOf(opts.source) ?? detection.rule;
  const score = detection.scores.find((s) => s.rule === rule) ?? { matched: 0, ambiguous: 0 };
  const { distinct } = detection;

  // Exports repeat the same few thousand card numbers; work each out once.
  const matches = new Map<string, MatchedCard>();
  return {
    report: {
      cardRule: rule,
      cardRuleDetected: detection.rule,
      cardMatchRate: distinct ? Math.round((score.matched / distinct) * 1000) / 1000 : 0,
      cardMatches: {
        distinct,
        matched: score.matched,
        ambiguous: score.ambiguous,
        unmatched: distinct - score.matched - score.ambiguous,
      },
      cardRuleScores: detection.scores,
      cardRuleExample: detection.exampleUid,
    },
    match(text, facility) {
      const memo = `${facility}|${text}`;
      let found = matches.get(memo);
      if (!found) {
        const key = rule && text ? normaliseCard(text, rule, facility || undefined) : null;
        const hits = key === null || rule === null ? [] : index.lookup(rule, key);
        const uid = hits.length === 1 ? hits[0]! : null;
        found = {
          uid,
          match: uid
            ? cardNumberFor(uid, rule!).truncated
              ? 'candidate'
              : 'exact'
            : hits.length > 1
              ? 'ambiguous'
              : null,
        };
        matches.set(memo, found);
      }
      return found;
    },
  };
}
