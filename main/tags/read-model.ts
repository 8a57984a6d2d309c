/**
 * The console's view of the tag register: each tag with its holder, custody history and what the
 * holder's profile gives, and the open incidents. Read-only; changes go through custody.
 */
import type { IncidentService } from '../incidents';
import type { PeopleRepo } from '../../db/repos/people';
import type { CustodyRow, TagListRow, TagsRepo } from '../../db/repos/tags';
import { profileAccess } from '../domain/expected-access';
import { personName } from '../domain/person-name';
import type { SiteConfig } from '../domain/site-model';
import { AppError } from '../ipc/errors';
import { tagActionsFor } from './tag-status';
import type { CustodyEntry, Incident, TagDetail, TagSummary } from './calls';

export function tagReadModel(deps: {
  people: PeopleRepo;
  tags: TagsRepo;
  site: () => SiteConfig;
  incidents: Pick<IncidentService, 'buildingTodo'>;
}) {
  const { people, tags } = deps;

  const summary = (t: TagListRow): TagSummary => ({
    id: t.id,
    uid: t.uid,
    label: t.label,
    pool: t.pool,
    status: t.status,
    statusSince: t.statusSince,
    holder:
      t.holderKind === 'person' && t.personId !== null
        ? { kind: 'person', personId: t.personId, name: t.holderName ?? '' }
        : t.holderKind === 'visitor_pool'
          ? { kind: 'visitor_pool' }
          : null,
  });

  const custodyEntry = (c: CustodyRow): CustodyEntry => {
    const person = c.personId === null ? null : people.byId(c.personId);
    return {
      holder: person ? personName(person) : 'visitor_pool',
      startedAt: c.startedAt,
      endedAt: c.endedAt,
      endReason: c.endReason,
      recordedBy: c.recordedBy,
    };
  };

  return {
    custodyEntry,
    listTags: (): TagSummary[] => tags.list().map(summary),
    tagDetail(id: number): TagDetail {
      const row = tags.list().find((t) => t.id === id);
      if (!row) throw new AppError('not_found', `There is no tag with id ${id}.`);
      const holder = row.personId === null ? null : people.byId(row.personId);
      return {
        ...summary(row),
        actions: tagActionsFor(row.status, row.holderKind),
        history: tags.custodyOf(id).map(custodyEntry),
        access: holder ? profileAccess(deps.site(), holder.profileId) : [],
      };
    },
    /** The badges the building manager must still block, from the incident register. */
    incidents: (): Incident[] =>
      deps.incidents.buildingTodo().map((i) => ({
        id: i.id,
        kind: i.source === 'tag_lost' ? 'tag_lost' : 'tag_not_returned',
        tagId: i.tagId!,
        uid: i.tagUid!,
        label: i.tagLabel,
        personName: i.personName,
        occurredAt: i.occurredAt ?? i.awareAt,
        reportedBy: i.reportedBy,
        note: i.what,
      })),
  };
}
export type TagReadModel = ReturnType<typeof tagReadModel>;
