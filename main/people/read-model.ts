/**
 * The console's view of people: each with their tags, expected access and custody history.
 * Read-only; edits go through the people service.
 */
import type { PeopleRepo, PersonRow } from '../../db/repos/people';
import type { TagListRow, TagsRepo } from '../../db/repos/tags';
import type { PersonBuildingRepo } from '../../db/repos/person-building';
import { employedOn, profileAccess } from '../domain/expected-access';
import { personName } from '../domain/person-name';
import type { SiteConfig } from '../domain/site-model';
import { AppError } from '../ipc/errors';
import type { TagReadModel } from '../tags';
import type { PersonDetail, PersonEditFields, PersonSummary } from './calls';

export function peopleReadModel(deps: {
  people: PeopleRepo;
  tags: TagsRepo;
  tagView: TagReadModel;
  site: () => SiteConfig;
  today: () => string;
  building: PersonBuildingRepo;
}) {
  const { people, tags } = deps;

  const summary = (p: PersonRow, allTags: TagListRow[]): PersonSummary => ({
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

  return {
    listPeople(): PersonSummary[] {
      const allTags = tags.list();
      return people.all().map((p) => summary(p, allTags));
    },
    getPerson(id: number): PersonDetail {
      const p = people.byId(id);
      if (!p) throw new AppError('not_found', `There is no person with id ${id}.`);
      const base = summary(p, tags.list());
      const profile = deps.site().profiles.find((candidate) => candidate.id === p.profileId);
      const uids = base.tags.map((t) => t.uid);
      return {
        ...base,
        edit: editFields(p),
        profileName: profile
          ? { label: profile.label, ...(profile.labels ? { labels: profile.labels } : {}) }
          : null,
        access: base.employed ? profileAccess(deps.site(), p.profileId) : [],
        building: {
          cards: deps.building.cardholderRows(p.employeeId, uids),
          events: deps.building.lastEvents(uids),
        },
        custody: tags
          .custodyOfPerson(id)
          .map((c) => ({ ...deps.tagView.custodyEntry(c), uid: tags.byId(c.tagId)?.uid ?? '' })),
      };
    },
  };
}
export type PeopleReadModel = ReturnType<typeof peopleReadModel>;

function editFields(p: PersonRow): PersonEditFields {
  return {
    employeeId: p.employeeId ?? '',
    firstName: p.firstName,
    namePrefix: p.namePrefix,
    lastName: p.lastName,
    organisation: p.organisation ?? '',
    department: p.department ?? '',
    jobTitle: p.jobTitle ?? '',
    email: p.email ?? '',
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    profileId: p.profileId ?? '',
    notes: p.notes ?? '',
    bhv: p.bhv,
  };
}
