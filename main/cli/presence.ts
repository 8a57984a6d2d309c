import { Command } from 'commander';
import { openDatabase } from '../../db/open';
import { centralRepo } from '../../db/repos/central';
import { rowKeys } from '../central';
import { createReception } from '../reception';
import type { GlobalOptions } from './index';

/**
 * `lobby presence --json`: everyone in the building by this kiosk's records, which hold what the
 * other kiosks pushed up to the last pull; each kiosk's part says how fresh it is.
 */
export function presenceCommand(globals: () => GlobalOptions): Command {
  return new Command('presence')
    .description('who is in the building, from every kiosk, and how fresh each kiosk’s part is')
    .option('--json', 'as JSON (the default)')
    .action(() => {
      const db = openDatabase(globals().db);
      try {
        const list = createReception({ db, locale: () => 'nl' }).evacuation.presence('cli');
        const keys = rowKeys(db);
        const central = centralRepo(db);
        const state = central.state();
        const asOf = list.at;
        const people = [
          ...list.visitors.map((v) => ({
            kind: v.purpose === 'contractor' ? ('contractor' as const) : ('visitor' as const),
            name: v.name,
            organisation: v.company,
            host: v.host,
            since: v.since,
            kiosk: keys.kioskOf('visits', v.visitId),
          })),
          ...list.staff.map((s) => ({
            kind: 'staff' as const,
            name: s.name,
            organisation: null,
            host: null,
            since: s.since,
            kiosk: null,
          })),
        ];
        // Another kiosk's part is as fresh as the older of our last pull and its last contact.
        const others = central.kiosks().filter((k) => k.name !== state?.kiosk);
        const kiosks = [
          { name: state?.kiosk ?? null, freshAsOf: asOf },
          ...others.map((k) => ({
            name: k.name,
            freshAsOf:
              [state?.lastPullAt ?? null, k.lastContactAt]
                .filter((t): t is string => t !== null)
                .sort()[0] ?? null,
          })),
        ];
        process.stdout.write(`${JSON.stringify({ asOf, people, kiosks }, null, 2)}\n`);
      } finally {
        db.close();
      }
    });
}
