import type { Handlers } from '../ipc/feature-contract';
import type { BuildingService } from './building-service';
import type { calls, Results } from './calls';

export function buildingHandlers(deps: {
  building: BuildingService;
  operator: () => string;
}): Handlers<typeof calls, Results> {
  const { building, operator } = deps;
  return {
    inspectBuildingUpload: (request) => building.inspectUpload(request, operator()),
    startBuildingImport: (request) => ({ jobId: building.startUpload(request, operator()) }),
    cancelBuildingImport: (jobId) => (building.cancel(jobId, operator()), null),
    listBuildingImports: () => building.listImports(),
    addEventTextRule: ({ text, outcome }) => ({
      classified: building.addTextRule(text, outcome, operator()),
    }),
  };
}
