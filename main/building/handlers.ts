import type { Handlers } from '../ipc/feature-contract';
import type { BuildingService, ScreenImports } from './building-service';
import type { calls, Results } from './calls';

export function buildingHandlers(deps: {
  building: BuildingService;
  screen: ScreenImports;
  operator: () => string;
  minimise: { get: () => boolean; set: (on: boolean, actor: string) => void };
}): Handlers<typeof calls, Results> {
  const { building, screen, operator } = deps;
  return {
    inspectBuildingUpload: (request) => screen.inspect(request, operator()),
    startBuildingImport: (request) => ({ jobId: screen.start(request, operator()) }),
    cancelBuildingImport: (jobId) => (screen.cancel(jobId, operator()), null),
    listBuildingImports: () => building.listImports(),
    listUnmatchedCards: () => building.unmatchedCards(),
    addEventTextRule: ({ text, outcome }) => ({
      classified: building.addTextRule(text, outcome, operator()),
    }),
    getMinimisation: () => ({ on: deps.minimise.get() }),
    setMinimisation: (on) => {
      deps.minimise.set(on, operator());
      return { on: deps.minimise.get() };
    },
  };
}
