import { CentralUnreachable } from '../../db/central/connect';
import type { AuditRepo } from '../../db/repos/audit';
import { AppError } from '../ipc/errors';
import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { CentralSync } from './sync';

export function centralHandlers(deps: {
  sync: CentralSync;
  audit: AuditRepo;
  operator: () => string;
  /** A running kiosk's own loop: woken after a join so it starts at once. */
  kick: () => void;
}): Handlers<typeof calls, Results> {
  const status = () => deps.sync.status();
  // Our own messages are said as they are; PostgreSQL's (a login refused, a missing role) are
  // its words, not a person's: they become one sentence.
  const reached = async <T>(work: () => Promise<T>) => {
    try {
      return await work();
    } catch (e) {
      if (e instanceof CentralUnreachable) throw new AppError('unavailable', e.message);
      const fromStore = typeof (e as { severity?: unknown }).severity === 'string';
      if (fromStore) throw new AppError('conflict', 'The central store refused this kiosk.');
      // Ours: credentials that are none, a kiosk the store does not admit, one joined already.
      throw new AppError('invalid_argument', (e as Error).message);
    }
  };
  return {
    getCentralStatus: status,
    joinCentral: async (credentials) => {
      const joined = await reached(() => deps.sync.join(credentials));
      deps.audit.record({
        actor: deps.operator(),
        action: 'central.join',
        subject: joined.kiosk,
        detail: { adopted: joined.adopted, pulled: joined.pulled },
      });
      deps.kick();
      return status();
    },
    syncCentral: async () => {
      await reached(() => deps.sync.sync());
      return status();
    },
  };
}
