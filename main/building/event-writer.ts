/**
 * Door events, in one pass over the log: each row becomes a UTC instant with the site's offset
 * and the ids of its text, access point, card and holder, stored once however often it is
 * imported. Card numbers are matched to tags at the end, once per distinct number, and the
 * day/month order assumed for the pass is checked against the whole column.
 */
import {
  dateOrderEvidence,
  instantMs,
  naiveMs,
  parseWallTime,
  secondsOfDay,
  type WallTime,
} from '../tables/dates';
import { localClock, skippedTime } from '../tables/local-time';
import { cardMatching } from './card-matching';
import { eventDictionaries } from './event-dictionaries';
import type { Outcome } from '../../vocabulary';
import { outcomeClassifier, type OutcomeRule } from './event-outcomes';
import { doorResolver } from './records';
import { inYearRange, yearOutOfRange, type RowContext, type RowWriter } from './row-context';
import { textRules } from './text-rules';

/** What the description columns say: "what — detail". */
const describedAs = (what: string, detail: string): string =>
  detail ? (what ? `${what} — ${detail}` : detail) : what;

/**
 * One text for an event from the columns that describe it, with the category in front
 * ("Door Alarm — Door Held Open"); a category alone (a log without descriptions, or beside a
 * free-text message) is the text. Its outcome: event-outcomes.ts `combineOutcomes`.
 */
export function eventText(category: string, described: string): string {
  if (!category) return described;
  if (!described) return category;
  return described.toLowerCase().startsWith(category.toLowerCase())
    ? described
    : `${category} — ${described}`;
}

export function eventWriter(ctx: RowContext): RowWriter {
  const { repo, importId, source, timezone, order, roles, header, reject, summary } = ctx;
  const classify = outcomeClassifier(
    textRules(repo)
      .list()
      .map((r): OutcomeRule => ({ all: r.words, outcome: r.outcome })),
  );
  const dictionaries = eventDictionaries(repo, classify, doorResolver(repo.doorNames()));
  const batches = repo.eventBatches(importId);
  const clock = localClock(timezone);
  const evidence = dateOrderEvidence('dmy');
  const timeColumn = header('timestampUtc') ?? header('timestamp') ?? header('date');

  // Column positions read once: this runs a million times.
  const cell = (cells: string[], i: number | undefined) =>
    i === undefined ? '' : (cells[i] ?? '').trim();
  const stamp = roles.timestampUtc ?? roles.timestamp;
  const stampIsUtc = roles.timestampUtc !== undefined;
  const { date: iDate, time: iTime, eventText: iText, eventDetail: iDetail } = roles;
  const { eventCategory: iCategory } = roles;
  const { door: iDoor, reader: iReader, direction: iDirection } = roles;
  const { cardNumber: iCard, facility: iFacility, employeeId: iEmployee } = roles;
  const { fullName: iFull, firstName: iFirst, namePrefix: iPrefix, lastName: iLast } = roles;
  const { company: iCompany, department: iDepartment } = roles;

  // A log has a few hundred distinct dates and a million rows: read each date once.
  const days = new Map<string, { t: WallTime; naive: number } | null>();
  const day = (text: string) => {
    let found = days.get(text);
    if (found === undefined) {
      evidence.see(text);
      const t = parseWallTime(text, order);
      days.set(text, (found = t && { t, naive: naiveMs({ ...t, h: 0, mi: 0, s: 0 }) }));
    }
    return found;
  };
  const stampDates = new Set<string>();
  let accepted = 0;
  const minimise = repo.minimisationPlan();
  let minimised = 0;
  let pastRetention = 0;

  return {
    write(cells, row) {
      let naive: number;
      let utc: boolean;
      if (stamp !== undefined) {
        const text = cell(cells, stamp);
        const datePart = text.slice(0, 10);
        if (!stampDates.has(datePart)) {
          stampDates.add(datePart);
          evidence.see(text);
        }
        const t = parseWallTime(text, order);
        if (!t) return reject(row, timeColumn, `"${text}" is not a date and time`);
        if (!inYearRange(t)) return reject(row, timeColumn, yearOutOfRange(t));
        // A named offset gives the instant; a column that says UTC holds UTC.
        naive = t.utc ? instantMs(t) : naiveMs(t);
        utc = stampIsUtc || t.utc;
      } else {
        const dateText = cell(cells, iDate);
        const timeText = cell(cells, iTime) || '00:00';
        const date = day(dateText);
        const seconds = date && secondsOfDay(timeText);
        if (!date || seconds === null) {
          const shown = [dateText, cell(cells, iTime)].filter(Boolean).join(' ');
          return reject(row, timeColumn, `"${shown}" is not a date and time`);
        }
        if (!inYearRange(date.t)) return reject(row, timeColumn, yearOutOfRange(date.t));
        naive = date.naive + seconds * 1000;
        utc = false;
      }
      let utcMs: number;
      let offset: number;
      if (utc) {
        utcMs = naive;
        offset = clock.offsetAt(naive);
        clock.saw(naive);
      } else {
        const resolved = clock.toUtc(naive);
        if (resolved === null) return reject(row, timeColumn, skippedTime(naive, timezone));
        utcMs = resolved;
        offset = (naive - resolved) / 60_000;
      }

      if (ctx.eventsKeptFrom !== undefined && utcMs < ctx.eventsKeptFrom) {
        pastRetention += 1;
        if (ctx.skipExpired) return;
      }
      const category = cell(cells, iCategory);
      const described = describedAs(cell(cells, iText), cell(cells, iDetail));
      const text = eventText(category, described);
      if (!text)
        return reject(row, header('eventText') ?? header('eventCategory'), 'no event text');
      const door = cell(cells, iDoor);
      const reader = cell(cells, iReader);
      if (!door && !reader)
        return reject(row, header('door') ?? header('reader'), 'no door or reader');
      const entry = dictionaries.text(text, () => classify.event(text, category, described));
      entry.count += 1;

      const pointId = dictionaries.point(door, reader, cell(cells, iDirection));
      const cardText = cell(cells, iCard);
      if (minimise?.leaveOut(cardText, cell(cells, iEmployee), pointId)) {
        minimised += 1;
        return;
      }
      const cardId = dictionaries.card(cardText, cell(cells, iFacility));
      const name =
        cell(cells, iFull) ||
        [cell(cells, iFirst), cell(cells, iPrefix), cell(cells, iLast)].filter(Boolean).join(' ');
      const holderId = dictionaries.holder(
        cardId,
        name,
        cell(cells, iEmployee),
        cell(cells, iCompany) || cell(cells, iDepartment),
      );
      accepted += 1;
      batches.add(utcMs, pointId, cardId, entry.id, offset, holderId);
    },

    finish() {
      summary.imported = batches.finish();
      summary.duplicates = accepted - summary.imported;
      const matching = cardMatching(repo, dictionaries.cardNumbers(), {
        source,
        override: ctx.cardRule,
      });
      dictionaries.matchCards(matching);
      Object.assign(summary, matching.report);
      summary.minimised = minimised;
      if (ctx.eventsKeptFrom !== undefined) {
        summary.pastRetention = pastRetention;
        summary.skippedExpired = ctx.skipExpired;
      }
      const outcomes: Partial<Record<Outcome, number>> = {};
      const unknown: { text: string; count: number }[] = [];
      for (const { text, outcome, count } of dictionaries.texts()) {
        if (count === 0) continue;
        if (outcome) outcomes[outcome] = (outcomes[outcome] ?? 0) + count;
        else unknown.push({ text, count });
      }
      summary.outcomes = outcomes;
      summary.unknownEventTexts = unknown;
      return { order: evidence.order() };
    },
  };
}
