/** Cardholder lists: one record per card of a row (a row may hold several tokens). */
import crypto from 'node:crypto';
import type { CardholderValues } from '../../db/repos/building';
import type { CardMatching } from './card-matching';
import { accessLevels, cardholderStatus, nameParts } from './records';
import { inYearRange, yearOutOfRange, type RowContext, type RowWriter } from './row-context';
import { instantMs, naiveMs, parseWallTime } from '../tables/dates';
import { localClock } from '../tables/local-time';

export function cardholderWriter(ctx: RowContext, matching: CardMatching): RowWriter {
  const {
    repo,
    importId,
    source,
    timezone,
    order,
    at,
    header,
    cardsOf,
    reject,
    summary,
    sheetStatus,
  } = ctx;
  const insert = repo.cardholderInserter(importId);
  const blockedClock = localClock(timezone);
  const write = (cells: string[], row: number) => {
    const dates: Record<'validFrom' | 'validTo', string | null> = {
      validFrom: null,
      validTo: null,
    };
    for (const role of ['validFrom', 'validTo'] as const) {
      const text = at(cells, role);
      if (!text) continue;
      const t = parseWallTime(text, order);
      if (!t) return reject(row, header(role), `"${text}" is not a date`);
      if (!inYearRange(t)) return reject(row, header(role), yearOutOfRange(t));
      dates[role] = `${t.y}-${String(t.mo).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;
    }
    let blockedSince: string | null = null;
    const blockedText = at(cells, 'blockedSince');
    if (blockedText) {
      const t = parseWallTime(blockedText, order);
      const utcMs =
        t && inYearRange(t) ? (t.utc ? instantMs(t) : blockedClock.toUtc(naiveMs(t))) : null;
      if (utcMs === null)
        return reject(row, header('blockedSince'), `"${blockedText}" is not a date and time`);
      blockedSince = new Date(utcMs).toISOString();
    }
    const who = nameParts(
      at(cells, 'fullName'),
      at(cells, 'firstName'),
      at(cells, 'namePrefix'),
      at(cells, 'lastName'),
    );
    const levels = JSON.stringify(accessLevels(at(cells, 'accessLevels')));
    const cards = cardsOf(cells).filter((c, i) => c.number || i === 0);
    let added = 0;
    for (const card of cards) {
      const matched = matching.match(card.number, at(cells, 'facility'));
      // A sheet of cancelled keys says so in its name rather than in a status column.
      const status = cardholderStatus(
        card.status || at(cells, 'cardStatus') || sheetStatus,
        at(cells, 'blocked'),
      );
      const record = [
        at(cells, 'userId') || null,
        at(cells, 'employeeId') || null,
        who.full,
        who.first,
        who.prefix,
        who.last,
        at(cells, 'company') || null,
        at(cells, 'department') || null,
        card.number || null,
        matched.uid,
        matched.match,
        at(cells, 'cardType') || null,
        status,
        card.status || at(cells, 'cardStatus') || null,
        blockedSince,
        dates.validFrom,
        dates.validTo,
        levels,
        at(cells, 'note') || null,
      ] satisfies CardholderValues;
      // A cardholder list is the building's state on its day, kept whole per import (the review
      // reads the newest); only a row the same file repeats is left out.
      const key = crypto
        .createHash('sha1')
        .update(JSON.stringify([importId, source, ...record]))
        .digest('hex');
      added += insert(row, record, key);
    }
    if (added) summary.imported += 1;
    else summary.duplicates += 1;
  };
  // The scan before this pass has already decided the order over every row.
  return { write, finish: () => ({ order }) };
}
