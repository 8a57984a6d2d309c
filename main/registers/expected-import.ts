/**
 * Expected visitors for a day, from a CSV or XLSX the desk keeps or a calendar exports: date,
 * name, and optionally organisation, host (employee number, e-mail or name), time and purpose.
 * A visitor already expected that day for the same host is not added twice.
 */
import type { PeopleRepo } from '../../db/repos/people';
import type { NewVisit, ReceptionRepo } from '../../db/repos/reception';
import { visitPurposes, type VisitPurpose } from '../../vocabulary';
import { cleanName, fold, matchesTyped } from '../domain/typed-names';
import type { RoleSpec } from '../tables/columns';
import { decideDateOrder, parseDate, parseTimeOfDay } from '../tables/dates';
import type { ImportSummary } from '../tables/summary';
import type { Table } from '../tables/table-file';
import { startTableImport } from '../tables/table-import';

export const expectedColumns = {
  date: {
    names: ['date', 'datum', 'visit_date', 'visit date', 'bezoekdatum', 'dag'],
    required: true,
  },
  visitorName: {
    names: ['visitor_name', 'visitor name', 'visitor', 'name', 'bezoeker', 'naam bezoeker', 'naam'],
    required: true,
  },
  visitorCompany: {
    names: ['visitor_company', 'company', 'organisation', 'organization', 'bedrijf', 'organisatie'],
  },
  host: {
    names: [
      'host',
      'host_employee_id',
      'host employee id',
      'gastheer',
      'gastvrouw',
      'contactpersoon',
    ],
  },
  time: { names: ['time', 'tijd', 'expected time', 'verwacht om', 'aanvang', 'start'] },
  purpose: { names: ['purpose', 'doel', 'reden', 'reason'] },
} satisfies RoleSpec<string>;

/** How planners write a purpose, in Dutch and English; the first of each is the one we suggest. */
const purposeSpellings: Record<VisitPurpose, string[]> = {
  meeting: [
    'afspraak',
    'meeting',
    'overleg',
    'vergadering',
    'bespreking',
    'bezoek',
    'kennismaking',
    'appointment',
    'visit',
  ],
  interview: [
    'sollicitatie',
    'interview',
    'sollicitatiegesprek',
    'sollicitant',
    'job interview',
    'kandidaat',
  ],
  delivery: ['levering', 'delivery', 'bezorging', 'pakket', 'leverancier', 'supplier', 'koerier'],
  contractor: [
    'werkzaamheden',
    'contractor',
    'aannemer',
    'onderhoud',
    'monteur',
    'reparatie',
    'installatie',
    'storing',
    'maintenance',
    'work on site',
  ],
  other: ['anders', 'other', 'iets anders', 'overig', 'overige', 'something else'],
};
const purposeWords = new Map<string, VisitPurpose>(
  (Object.entries(purposeSpellings) as [VisitPurpose, string[]][]).flatMap(([purpose, words]) =>
    words.map((w) => [w, purpose] as const),
  ),
);
/** For the refusal: "afspraak/meeting, sollicitatie/interview, …". */
const suggested = Object.values(purposeSpellings)
  .map(([nl, en]) => `${nl}/${en}`)
  .join(', ');

export interface ExpectedPlan {
  summary: ImportSummary;
  visits: NewVisit[];
}

export function planExpectedImport(
  file: string,
  table: Table,
  deps: { people: PeopleRepo; reception: ReceptionRepo; today: string },
): ExpectedPlan {
  const begun = startTableImport(file, 'expected', table, expectedColumns);
  if (!begun.mapping) return { summary: begun.summary, visits: [] };
  const { summary, cell } = begun;
  const order = decideDateOrder(table.rows.map((r) => cell(r.cells, 'date')));
  const hosts = deps.reception.hosts();
  const visits: NewVisit[] = [];
  const key = (v: { visitDate: string; visitorName: string; hostPersonId: number | null }) =>
    `${v.visitDate}|${fold(v.visitorName)}|${v.hostPersonId ?? ''}`;
  const known = new Set<string>();
  const dates = new Set(table.rows.map((r) => parseDate(cell(r.cells, 'date'), order)));
  for (const date of dates) if (date) deps.reception.onDate(date).forEach((v) => known.add(key(v)));

  for (const { line, cells } of table.rows) {
    summary.rows += 1;
    const reject = (role: keyof typeof expectedColumns, reason: string) =>
      begun.reject(line, role, reason);
    const visitDate = parseDate(cell(cells, 'date'), order);
    if (!visitDate) {
      reject('date', `"${cell(cells, 'date')}" is not a date`);
      continue;
    }
    if (visitDate < deps.today) {
      reject('date', `${visitDate} has passed: only today or later can be expected`);
      continue;
    }
    const visitorName = cleanName(cell(cells, 'visitorName'));
    if (visitorName.length < 2 || visitorName.length > 80) {
      reject(
        'visitorName',
        visitorName ? 'a name of 2 to 80 characters is needed' : 'no visitor name',
      );
      continue;
    }
    const hostText = cell(cells, 'host').trim();
    let hostPersonId: number | null = null;
    if (hostText) {
      const byNumber = deps.people.byEmployeeId(hostText);
      const matches = byNumber
        ? [byNumber.id]
        : hosts
            .filter((h) => fold(h.email ?? '') === fold(hostText) || matchesTyped(h.name, hostText))
            .map((h) => h.id);
      if (matches.length !== 1) {
        reject(
          'host',
          matches.length === 0
            ? `nobody on the staff list is "${hostText}"`
            : `"${hostText}" fits ${matches.length} people: use the employee number or e-mail`,
        );
        continue;
      }
      hostPersonId = matches[0]!;
    }
    const timeText = cell(cells, 'time');
    // "9.30" and "9h30" are how Dutch and French agendas write 09:30.
    const clock = timeText.replace(/^(\d{1,2})[.h](\d{2})$/, '$1:$2');
    const expectedTime = timeText ? (parseTimeOfDay(clock)?.slice(0, 5) ?? null) : null;
    if (timeText && !expectedTime) {
      reject('time', `"${timeText}" is not a time of day (HH:MM)`);
      continue;
    }
    const purposeText = fold(cell(cells, 'purpose'));
    const purpose = purposeText
      ? (purposeWords.get(purposeText.replace(/\s+/g, ' ').trim()) ??
        (visitPurposes as readonly string[]).find((p) => p === purposeText))
      : 'meeting';
    if (!purpose) {
      reject('purpose', `"${cell(cells, 'purpose')}" is not a purpose (${suggested})`);
      continue;
    }
    const visit: NewVisit = {
      visitorName,
      visitorCompany: cleanName(cell(cells, 'visitorCompany')) || null,
      visitorPhone: null,
      hostPersonId,
      visitDate,
      expectedTime,
      purpose: purpose as VisitPurpose,
      source: 'reception',
    };
    if (known.has(key(visit))) {
      summary.unchanged += 1;
      continue;
    }
    known.add(key(visit));
    visits.push(visit);
    summary.imported += 1;
  }
  return { summary, visits };
}
