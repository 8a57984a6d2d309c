import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { ZoneReadModel } from './read-model';

export function zoneHandlers(view: ZoneReadModel): Handlers<typeof calls, Results> {
  return { listZones: () => view.listZones() };
}
