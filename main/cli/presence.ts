import { Command } from 'commander';
import { openDatabase } from '../../db/open';
import { kioskParts } from '../central';
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
        const list = createReception({
          db,
          locale: () => 'nl',
          kiosks: kioskParts(db),
        }).evacuation.presence('cli');
        const people = [
          ...list.visitors.map((v) => ({
            kind: v.purpose === 'contractor' ? ('contractor' as const) : ('visitor' as const),
            name: v.name,
            organisation: v.company,
            host: v.host,
            since: v.since,
            kiosk: v.kiosk,
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
        const kiosks = (list.kiosks ?? []).map((k) => ({
          name: k.name,
          freshAsOf: k.freshAsOf,
          stale: k.stale,
        }));
        process.stdout.write(`${JSON.stringify({ asOf: list.at, people, kiosks }, null, 2)}\n`);
      } finally {
        db.close();
      }
    });
}
