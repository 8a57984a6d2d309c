/**
 * A visitor log from a paper book or an older system (visits.csv). Visits are matched on their
 * reference; times are site-local and stored in UTC.
 */
import type { PeopleRepo } from '../../db/repos/people';
import type { TagsRepo } from '../../db/repos/tags';
import type { VisitFields, VisitsRepo } from '../../db/repos/visits';
import { canonicalUid } from '../../hardware/uid';
import type { RoleSpec } from '../tables/columns';
import { decideDateOrder, parseDate, parseTimeOfDay } from '../tables/dates';
import { localToUtc } from '../tables/local-time';
import { planRow, type UpsertPlan } from './upsert-plan';
import type { Table } from '../tables/table-file';
import { startTableImport } from '../tables/table-import';

export const visitColumns = {
  reference: {
    names: ['visit_id', 'visit id', 'reference', 'referentie', 'bezoek id', 'bezoeknummer'],
    required: true,
  },
  date: { names: ['visit_date', 'visit date', 'date', 'datum', 'bezoekdatum'], required: true },
  visitorName: {
    names: ['visitor_name', 'visitor name', 'visitor', 'bezoeker', 'naam bezoeker', 'naam'],
    required: true,
  },
  visitorCompany: {
    names: ['visitor_company', 'visitor company', 'company', 'bedrijf', 'organisatie'],
  },
  host: {
    names: [
      'host_employee_id',
      'host employee id',
      'host',
      'gastheer',
      'gastvrouw',
      'contactpersoon',
    ],
  },
  badgeUid: { names: ['badge_uid', 'badge uid', 'pas uid', 'tag uid'] },
  badgeLabel: { names: ['badge_label', 'badge label', 'badge', 'pas', 'bezoekerspas'] },
  checkedIn: { names: ['checked_in', 'checked in', 'check-in', 'in', 'aankomst', 'tijd in'] },
  checkedOut: {
    names: ['checked_out', 'checked out', 'check-out', 'out', 'uit', 'vertrek', 'tijd uit'],
  },
  badgeReturned: {
    names: ['badge_returned', 'badge returned', 'pas ingeleverd', 'returned', 'ingeleverd'],
  },
} satisfies RoleSpec<string>;
type Role = keyof typeof visitColumns;

const yes = new Set(['yes', 'y', 'ja', 'j', 'true', '1']);
const no = new Set(['no', 'n', 'nee', 'false', '0', '']);

export function planVisitImport(
  file: string,
  table: Table,
  deps: { visits: VisitsRepo; people: PeopleRepo; tags: TagsRepo; timezone: string },
): UpsertPlan<VisitFields> {
  const begun = startTableImport(file, 'visits', table, visitColumns);
  if (!begun.mapping) return { summary: begun.summary, rows: [] };
  const { summary, cell } = begun;
  const order = decideDateOrder(table.rows.map((r) => cell(r.cells, 'date')));
  const plan: UpsertPlan<VisitFields> = { summary, rows: [] };
  const seen = new Set<string>();

  for (const { line, cells } of table.rows) {
    summary.rows += 1;
    const reject = (role: Role, reason: string) => begun.reject(line, role, reason);
    const reference = cell(cells, 'reference');
    if (!reference || seen.has(reference)) {
      reject('reference', reference ? `visit ${reference} is listed twice` : 'no visit reference');
      continue;
    }
    seen.add(reference);
    const visitorName = cell(cells, 'visitorName');
    if (!visitorName) {
      reject('visitorName', 'no visitor name');
      continue;
    }
    const visitDate = parseDate(cell(cells, 'date'), order);
    if (!visitDate) {
      reject('date', `"${cell(cells, 'date')}" is not a date`);
      continue;
    }
    const time = (role: 'checkedIn' | 'checkedOut'): string | null | false => {
      const text = cell(cells, role);
      if (!text) return null;
      const t = parseTimeOfDay(text);
      return (t && localToUtc(visitDate, t, deps.timezone)) || false;
    };
    const checkedInAt = time('checkedIn');
    const checkedOutAt = time('checkedOut');
    if (checkedInAt === false || checkedOutAt === false) {
      reject(checkedInAt === false ? 'checkedIn' : 'checkedOut', 'not a time of day (HH:MM)');
      continue;
    }
    if (checkedOutAt && (!checkedInAt || checkedOutAt < checkedInAt)) {
      reject(
        'checkedOut',
        checkedInAt ? 'checked out before checking in' : 'checked out without checking in',
      );
      continue;
    }
    const hostId = cell(cells, 'host');
    const host = hostId ? deps.people.byEmployeeId(hostId) : null;
    if (hostId && !host) {
      reject('host', `nobody with employee number "${hostId}"`);
      continue;
    }
    const badgeText = cell(cells, 'badgeUid');
    const label = cell(cells, 'badgeLabel');
    let badgeTagId: number | null = null;
    if (badgeText || label) {
      const uid = badgeText ? canonicalUid(badgeText) : null;
      const tag = uid ? deps.tags.byUid(uid) : label ? deps.tags.byLabel(label) : null;
      if (!tag) {
        reject(
          badgeText ? 'badgeUid' : 'badgeLabel',
          `badge ${badgeText || label} is not in the tag register: import it first`,
        );
        continue;
      }
      if (label && tag.label && tag.label.toLowerCase() !== label.toLowerCase()) {
        reject('badgeLabel', `badge ${badgeText} is labelled ${tag.label}, not ${label}`);
        continue;
      }
      badgeTagId = tag.id;
    }
    const returnedText = cell(cells, 'badgeReturned').toLowerCase();
    if (!yes.has(returnedText) && !no.has(returnedText)) {
      reject('badgeReturned', `"${cell(cells, 'badgeReturned')}" is not yes or no`);
      continue;
    }
    const fields: VisitFields = {
      reference,
      visitorName,
      visitorCompany: cell(cells, 'visitorCompany') || null,
      hostPersonId: host?.id ?? null,
      visitDate,
      checkedInAt,
      checkedOutAt,
      badgeTagId,
      badgeReturnedAt: yes.has(returnedText) ? (checkedOutAt ?? checkedInAt) : null,
      source: 'import',
    };
    const existing = deps.visits.byReference(reference);
    planRow(plan, {
      fields,
      existingId: existing?.id ?? null,
      changed:
        !existing ||
        JSON.stringify({ ...existing, id: undefined, source: 'import' }) !==
          JSON.stringify({ ...fields, id: undefined }),
    });
  }
  return plan;
}
