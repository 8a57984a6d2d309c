/** Door events: one row, one canonical event, stored once however often it is imported. */
import { doorResolver } from './records';
import { normaliseText, outcomeClassifier, type Outcome, type OutcomeRule } from './event-outcomes';
import { maxYear, minYear, type RowContext, type RowWriter } from './row-context';
import { textRules } from './text-rules';
import { joinDateTime, parseWallTime, type WallTime } from './timestamps';

export function eventWriter(ctx: RowContext): RowWriter {
  const {
    db,
    importId,
    order,
    roles,
    at,
    header,
    reject,
    inRange,
    summary,
    unknown,
    clock,
    localText,
    matchCard,
  } = ctx;
  const classify = outcomeClassifier(
    textRules(db)
      .list()
      .map((r): OutcomeRule => ({ all: r.words, outcome: r.outcome })),
  );
  const doorNames = db
    .prepare<[], { doorId: string; name: string; direction: 'in' | 'out' | 'both' }>(
      'SELECT n.door_id AS doorId, n.name, d.direction FROM door_names n JOIN doors d ON d.id = n.door_id',
    )
    .all();
  const doorOf = doorResolver(doorNames);
  const insert = db.prepare(
    `INSERT INTO access_events (occurred_at, local_time, outcome, event_text, door_id, door_name, reader_name,
     direction, card_number, card_uid, card_match, holder_name, employee_id, company, import_id, dedup_key)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
   ON CONFLICT (occurred_at, dedup_key) DO NOTHING`,
  );
  const outcomes: Partial<Record<Outcome, number>> = {};
  summary.outcomes = outcomes;
  const timeColumn = header('timestampUtc') ?? header('timestamp') ?? header('date');
  const dates = new Map<string, WallTime | null>();
  const doors = new Map<string, string | null>();

  return (cells: string[], row: number) => {
    let wall: WallTime | null;
    if (roles.timestampUtc !== undefined) {
      const t = parseWallTime(at(cells, 'timestampUtc'), order);
      wall = t && { ...t, utc: true };
    } else if (roles.timestamp !== undefined) wall = parseWallTime(at(cells, 'timestamp'), order);
    else {
      // A log has a few hundred distinct dates and a million rows: parse each date once.
      const dateText = at(cells, 'date');
      let date = dates.get(dateText);
      if (date === undefined) dates.set(dateText, (date = parseWallTime(dateText, order)));
      wall = joinDateTime(date, at(cells, 'time') || '00:00');
    }
    if (!wall)
      return reject(
        row,
        timeColumn,
        `"${[at(cells, 'timestampUtc') || at(cells, 'timestamp') || at(cells, 'date'), at(cells, 'time')].filter(Boolean).join(' ')}" is not a date and time`,
      );
    if (!inRange(wall))
      return reject(row, timeColumn, `the year ${wall.y} is outside ${minYear}–${maxYear}`);
    const resolved = clock(wall);
    if ('problem' in resolved) return reject(row, timeColumn, resolved.problem);
    const what = at(cells, 'eventText');
    const detail = at(cells, 'eventDetail');
    const text = detail ? (what ? `${what} — ${detail}` : detail) : what;
    if (!text) return reject(row, header('eventText'), 'no event text');
    const outcome = classify(text);
    if (outcome) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    else unknown.set(text, (unknown.get(text) ?? 0) + 1);
    const doorName = at(cells, 'door') || at(cells, 'reader');
    const reader = at(cells, 'reader') || null;
    const direction = at(cells, 'direction') || null;
    const doorKey = `${reader}\u0000${at(cells, 'door')}\u0000${direction}`;
    let doorId = doors.get(doorKey);
    if (doorId === undefined) {
      doors.set(doorKey, (doorId = doorOf(reader ?? '', at(cells, 'door'), direction ?? '')));
    }
    const cardText = at(cells, 'cardNumber');
    const card = matchCard(cardText, at(cells, 'facility'));
    const holder =
      at(cells, 'fullName') ||
      [at(cells, 'firstName'), at(cells, 'namePrefix'), at(cells, 'lastName')]
        .filter(Boolean)
        .join(' ') ||
      null;
    // The number as printed (not as matched), so importing again with another card rule still
    // recognises the same event.
    const printed = /^\d+$/.test(cardText)
      ? cardText.replace(/^0+(?=\d)/, '')
      : cardText.replace(/[\s:-]/g, '').toUpperCase();
    const key = `${(doorId ?? doorName).toLowerCase()}|${at(cells, 'facility')}:${printed}|${outcome ?? normaliseText(text).trim()}`;
    const changes = insert.run(
      resolved.utcMs,
      localText(resolved.utcMs),
      outcome,
      text,
      doorId,
      doorName,
      reader,
      direction,
      cardText || null,
      card.uid,
      card.match,
      holder,
      at(cells, 'employeeId') || null,
      at(cells, 'company') || at(cells, 'department') || null,
      importId,
      key,
    ).changes;
    if (changes) summary.imported += 1;
    else summary.duplicates += 1;
  };
}
