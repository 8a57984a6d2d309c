/** Per zone of the site: its doors, and everyone employed today whose profile reaches it. */
import type { PeopleRepo } from '../../db/repos/people';
import { employedOn, profileAccess } from '../domain/expected-access';
import { personName } from '../domain/person-name';
import type { SiteConfig } from '../domain/site-model';
import type { ZoneSummary } from './calls';

export function zoneReadModel(deps: {
  people: PeopleRepo;
  site: () => SiteConfig;
  today: () => string;
}) {
  return {
    listZones(): ZoneSummary[] {
      const config = deps.site();
      const today = deps.today();
      const employed = deps.people.all().filter((p) => employedOn(p, today));
      return config.zones.map((zone) => ({
        id: zone.id,
        label: zone.label,
        ...(zone.labels ? { labels: zone.labels } : {}),
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
export type ZoneReadModel = ReturnType<typeof zoneReadModel>;
