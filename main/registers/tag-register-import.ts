/**
 * An existing tag register (tags.csv): one row per tag with its current holder and status.
 * Each row becomes the tag, its custody period from the issue date and, for a lost tag, the
 * incident. Re-importing the same register changes nothing; a later register that gives a tag
 * to someone else ends the earlier custody as reassigned instead of rewriting it.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { PeopleRepo } from '../../db/repos/people';
import type { TagRow, TagsRepo } from '../../db/repos/tags';
import type { IncidentService } from '../incidents';
import type { CustodyEndReason, TagStatus } from '../../vocabulary';
import type { Db } from '../../db/open';
import { canonicalUid } from '../../hardware/uid';
import type { RoleSpec } from '../tables/columns';
import { decideDateOrder, parseDate, parseTimeOfDay } from '../tables/dates';
import { localToUtc } from '../tables/local-time';
import type { ImportSummary } from '../tables/summary';
import type { Table } from '../tables/table-file';
import { startTableImport } from '../tables/table-import';

export const tagColumns = {
  uid: {
    names: ['tag_uid', 'uid', 'tag uid', 'card uid', 'badge uid', 'pas uid', 'kaart uid'],
    required: true,
  },
  uidLength: { names: ['uid_length', 'uid length', 'uid bytes'] },
  tagType: { names: ['tag_type', 'tag type', 'type', 'kaarttype', 'card type'] },
  holderType: {
    names: ['holder_type', 'holder type', 'houder type', 'soort houder'],
    required: true,
  },
  holderId: {
    names: ['holder_id', 'holder id', 'holder', 'houder', 'employee id', 'personeelsnummer'],
    required: true,
  },
  issuedOn: {
    names: ['issued_on', 'issued on', 'issued', 'uitgegeven', 'uitgegeven op', 'datum uitgifte'],
    required: true,
  },
  status: { names: ['status', 'tag status', 'kaartstatus'], required: true },
  statusSince: { names: ['status_since', 'status since', 'status sinds', 'sinds'] },
  notes: { names: ['notes', 'note', 'opmerking', 'opmerkingen'] },
} satisfies RoleSpec<string>;
type Role = keyof typeof tagColumns;

const statusWords: Record<string, TagStatus> = {
  active: 'active',
  actief: 'active',
  issued: 'active',
  uitgegeven: 'active',
  returned: 'returned',
  ingeleverd: 'returned',
  teruggegeven: 'returned',
  lost: 'lost',
  verloren: 'lost',
  kwijt: 'lost',
  not_returned: 'not_returned',
  'not returned': 'not_returned',
  'niet ingeleverd': 'not_returned',
  replaced: 'replaced',
  vervangen: 'replaced',
  available: 'available',
  'in stock': 'available',
  voorraad: 'available',
};
const personHolders = new Set([
  'employee',
  'partner',
  'contractor',
  'staff',
  'person',
  'medewerker',
  'leverancier',
]);
const poolHolders = new Set([
  'visitor_pool',
  'visitor',
  'visitor pool',
  'bezoeker',
  'bezoekerspas',
  'bezoekers',
]);
const endReasons: Partial<Record<TagStatus, CustodyEndReason>> = {
  returned: 'returned',
  lost: 'lost',
  replaced: 'replaced',
};

interface PlannedTag {
  line: number;
  tag: Omit<TagRow, 'id'>;
  personId: number | null;
  /** When this holder's custody began: the row's issue date, site-local midnight. */
  issuedAt: string;
  endReason: CustodyEndReason | null;
  existing: TagRow | null;
  changed: boolean;
}

export function planTagImport(
  file: string,
  table: Table,
  deps: { tags: TagsRepo; people: PeopleRepo; timezone: string },
): { summary: ImportSummary; rows: PlannedTag[] } {
  const begun = startTableImport(file, 'tags', table, tagColumns);
  if (!begun.mapping) return { summary: begun.summary, rows: [] };
  const { summary, cell } = begun;
  const order = decideDateOrder(
    table.rows.flatMap((r) => [cell(r.cells, 'issuedOn'), cell(r.cells, 'statusSince')]),
  );
  const rows: PlannedTag[] = [];
  const seenUids = new Map<string, number>();

  for (const { line, cells } of table.rows) {
    summary.rows += 1;
    const reject = (role: Role, reason: string) => begun.reject(line, role, reason);
    const rawUid = cell(cells, 'uid');
    const uid = canonicalUid(rawUid);
    if (!uid) {
      reject('uid', `"${rawUid}" is not a 4, 7 or 10-byte UID`);
      continue;
    }
    if (seenUids.has(uid)) {
      reject('uid', `tag ${rawUid} is also on row ${seenUids.get(uid)}`);
      continue;
    }
    seenUids.set(uid, line);
    const length = cell(cells, 'uidLength');
    if (length && Number(length) !== uid.length / 2) {
      reject('uidLength', `the UID has ${uid.length / 2} bytes, not ${length}`);
      continue;
    }
    const holderType = cell(cells, 'holderType').toLowerCase();
    const holderId = cell(cells, 'holderId');
    let personId: number | null = null;
    let label: string | null = null;
    if (personHolders.has(holderType)) {
      personId = deps.people.byEmployeeId(holderId)?.id ?? null;
      if (personId === null) {
        reject(
          'holderId',
          `nobody with employee number "${holderId}": import the staff list first`,
        );
        continue;
      }
    } else if (poolHolders.has(holderType)) {
      label = holderId || null;
    } else {
      reject(
        'holderType',
        `"${cell(cells, 'holderType')}" is not a holder type (employee, partner, contractor, visitor_pool)`,
      );
      continue;
    }
    const status = statusWords[cell(cells, 'status').toLowerCase()];
    if (!status) {
      reject('status', `"${cell(cells, 'status')}" is not a tag status`);
      continue;
    }
    const issuedOn = parseDate(cell(cells, 'issuedOn'), order);
    if (!issuedOn) {
      reject('issuedOn', `"${cell(cells, 'issuedOn')}" is not a date`);
      continue;
    }
    const sinceText = cell(cells, 'statusSince');
    const sinceDate = sinceText ? parseDate(sinceText, order) : issuedOn;
    const since =
      sinceDate && localToUtc(sinceDate, parseTimeOfDay(sinceText) ?? '00:00:00', deps.timezone);
    const issuedAt = localToUtc(issuedOn, '00:00', deps.timezone);
    if (!since || !issuedAt) {
      reject('statusSince', `"${sinceText}" is not a date and time`);
      continue;
    }
    if (since < issuedAt) {
      reject('statusSince', `the status (${sinceText}) predates the issue date (${issuedOn})`);
      continue;
    }
    const existing = deps.tags.byUid(uid);
    const tag: Omit<TagRow, 'id'> = {
      uid,
      tagType: cell(cells, 'tagType') || null,
      pool: personId === null ? 'visitor' : 'staff',
      label,
      status,
      statusSince: since,
      enrolledAt: existing && existing.enrolledAt < issuedAt ? existing.enrolledAt : issuedAt,
      notes: cell(cells, 'notes') || null,
    };
    const endReason = endReasons[status] ?? null;
    const changed =
      !existing ||
      !sameTag(existing, tag) ||
      !custodyMatches(deps.tags, existing.id, personId, issuedAt, endReason, since);
    rows.push({ line, tag, personId, issuedAt, endReason, existing, changed });
    if (!existing) summary.imported += 1;
    else if (changed) summary.updated += 1;
    else summary.unchanged += 1;
  }
  return { summary, rows };
}

export function applyTagPlan(
  plan: { summary: ImportSummary; rows: PlannedTag[] },
  deps: { db: Db; tags: TagsRepo; audit: AuditRepo; incidents: Pick<IncidentService, 'propose'> },
  actor: string,
): void {
  const { tags } = deps;
  deps.db.transaction(() => {
    for (const row of plan.rows) {
      if (!row.changed) continue;
      const tagId = row.existing ? row.existing.id : tags.insert(row.tag);
      if (row.existing) tags.update({ ...row.tag, id: tagId });
      const startedAt = row.issuedAt;
      let period = tags
        .custodyOf(tagId)
        .find((c) => c.personId === row.personId && c.startedAt === startedAt);
      if (!period) {
        const open = tags.openCustody(tagId);
        if (open)
          tags.endCustody(
            open.id,
            startedAt > open.startedAt ? startedAt : open.startedAt,
            'reassigned',
          );
        const id = tags.startCustody({
          tagId,
          holderKind: row.personId === null ? 'visitor_pool' : 'person',
          personId: row.personId,
          startedAt,
          recordedBy: actor,
          note: null,
        });
        period = tags.custodyOf(tagId).find((c) => c.id === id);
      }
      if (row.endReason && period && period.endedAt === null)
        tags.endCustody(period.id, row.tag.statusSince, row.endReason);
      // Lost and not handed in both leave the building manager something to block, and the
      // privacy officer a possible incident to look at: proposed to the register.
      if (row.tag.status === 'lost' || row.tag.status === 'not_returned') {
        deps.incidents.propose(
          {
            source: row.tag.status === 'lost' ? 'tag_lost' : 'tag_not_returned',
            key: `${tagId}:${row.tag.statusSince}`,
            what: row.tag.notes,
            awareAt: row.tag.statusSince,
            occurredAt: row.tag.statusSince,
            reportedBy: actor,
            tagId,
            personId: row.personId,
          },
          actor,
        );
      }
    }
    const { imported, updated } = plan.summary;
    if (imported + updated > 0) {
      deps.audit.record({
        actor,
        action: 'tags.import',
        subject: plan.summary.file,
        detail: { imported, updated },
      });
    }
  })();
}

function sameTag(a: TagRow, b: Omit<TagRow, 'id'>): boolean {
  return (
    a.tagType === b.tagType &&
    a.pool === b.pool &&
    a.label === b.label &&
    a.status === b.status &&
    a.statusSince === b.statusSince &&
    a.enrolledAt === b.enrolledAt &&
    a.notes === b.notes
  );
}

function custodyMatches(
  tags: TagsRepo,
  tagId: number,
  personId: number | null,
  startedAt: string,
  endReason: CustodyEndReason | null,
  endedAt: string,
): boolean {
  const period = tags
    .custodyOf(tagId)
    .find((c) => c.personId === personId && c.startedAt === startedAt);
  if (!period) return false;
  return endReason === null
    ? period.endedAt === null
    : period.endReason === endReason && period.endedAt === endedAt;
}
