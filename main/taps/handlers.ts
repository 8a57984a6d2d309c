import type { ReaderService } from '../../hardware/reader';
import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import { publicStatus, type TapService } from './tap-service';

export function tapHandlers(deps: {
  taps: TapService;
  readers: ReaderService;
}): Handlers<typeof calls, Results> {
  return {
    getReaderStatus: () => publicStatus(deps.readers.status()),
    getReaderDiagnostics: () => deps.readers.status(),
    submitWedgeInput: (typed) => (deps.taps.submitWedgeInput(typed), null),
    simulateTap: (uid) => (deps.taps.simulateTap(uid), null),
    setTapPurpose: (purpose) => (deps.taps.purpose.set(purpose), null),
  };
}
