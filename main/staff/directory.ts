/**
 * The office manager's views: people with their tags and expected access, the tag register with
 * custody history, and per zone who should get in. Read-only; changes go through custody.
 */
import type { PeopleRepo, PersonRow } from '../../db/repos/people';
import type { CustodyRow, TagListRow, TagsRepo } from '../../db/repos/tags';
import { employedOn, profileAccess } from '../access/expected-access';
import type {
  CustodyEntry,
  Incident,
  PersonDetail,
  PersonSummary,
  TagDetail,
  TagSummary,
  ZoneSummary,
} from '../ipc/contract';
import { AppError } from '../ipc/errors';
import type { SiteService } from '../site/site-service';

export const personName = (p: Pick<PersonRow, 'firstName' | 'namePrefix' | 'lastName'>) =>
  [p.firstName, p.namePrefix, p.lastName].filter(Boolean).join(' ');

export function directory(deps: {
  people: PeopleRepo;
  tags: TagsRepo;
  site: SiteService;
  today: () => string;
}) {
  const { people, tags, site } = deps;

  const tagSummary = (t: TagListRow): TagSummary => ({
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

  const entry = (c: CustodyRow): CustodyEntry => {
    const person = c.personId === null ? null : people.byId(c.personId);
    return {
      holder: person ? personName(person) : 'visitor_pool',
      startedAt: c.startedAt,
      endedAt: c.endedAt,
      endReason: c.endReason,
      recordedBy: c.recordedBy,
    };
  };

  const personSummary = (p: PersonRow, allTags: TagListRow[]): PersonSummary => ({
    id: p.id,
    employeeId: p.employeeId,
    name: personName(p),
    organisation: p.organisation,
    department: p.department,
    profile: p.profileId,
    startDate: p.startDate,
    endDate: p.endDate,
    employed: employedOn(p, deps.today()),
    tags: allTags
      .filter((t) => t.personId === p.id)
      .map((t) => ({ id: t.id, uid: t.uid, status: t.status })),
  });

  const tagDetail = (id: number): TagDetail => {
    const row = tags.list().find((t) => t.id === id);
    if (!row) throw new AppError('not_found', `There is no tag with id ${id}.`);
    const holder = row.personId === null ? null : people.byId(row.personId);
    return {
      ...tagSummary(row),
      history: tags.custodyOf(id).map(entry),
      access: holder ? profileAccess(site.current(), holder.profileId) : [],
    };
  };

  return {
    listPeople: (): PersonSummary[] => {
      const allTags = tags.list();
      return people.all().map((p) => personSummary(p, allTags));
    },
    getPerson(id: number): PersonDetail {
      const p = people.byId(id);
      if (!p) throw new AppError('not_found', `There is no person with id ${id}.`);
      return {
        ...personSummary(p, tags.list()),
        edit: {
          employeeId: p.employeeId ?? '',
          firstName: p.firstName,
          namePrefix: p.namePrefix,
          lastName: p.lastName,
          organisation: p.organisation ?? '',
          department: p.department ?? '',
          jobTitle: p.jobTitle ?? '',
          startDate: p.startDate ?? '',
          endDate: p.endDate ?? '',
          profileId: p.profileId ?? '',
          notes: p.notes ?? '',
        },
        access: profileAccess(site.current(), p.profileId),
        custody: tags
          .custodyOfPerson(id)
          .map((c) => ({ ...entry(c), uid: tags.byId(c.tagId)?.uid ?? '' })),
      };
    },
    listTags: (): TagSummary[] => tags.list().map(tagSummary),
    incidents: (): Incident[] =>
      tags.openIncidents().map((i) => ({
        id: i.id,
        kind: i.kind,
        tagId: i.tagId,
        uid: i.uid,
        label: i.label,
        personName: i.personName,
        occurredAt: i.occurredAt,
        reportedBy: i.reportedBy,
        note: i.note,
      })),
    tagDetail,
    listZones(): ZoneSummary[] {
      const config = site.current();
      const today = deps.today();
      const employed = people.all().filter((p) => employedOn(p, today));
      return config.zones.map((zone) => ({
        id: zone.id,
        label: zone.label,
        ownFloor: zone.ownFloor,
        doors: config.doors.filter((d) => d.zone === zone.id).map((d) => d.names[0] ?? d.id),
        people: employed.flatMap((p) => {
          const access = profileAccess(config, p.profileId).find((a) => a.zone === zone.id);
          return access
            ? [
                {
                  personId: p.id,
                  name: personName(p),
                  organisation: p.organisation,
                  windows: access.windows,
                },
              ]
            : [];
        }),
      }));
    },
  };
}
export type Directory = ReturnType<typeof directory>;
