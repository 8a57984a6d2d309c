import type { Command } from 'commander';
import { openDatabase } from '../../db/open';
import { peopleRepo } from '../../db/repos/people';
import { rowKeys } from '../central';
import { createReception } from '../reception';
import type { GlobalOptions } from './index';

function onDesk<T>(
  dbFile: string,
  work: (
    r: ReturnType<typeof createReception>,
    keys: ReturnType<typeof rowKeys>,
    db: ReturnType<typeof openDatabase>,
  ) => T,
): T {
  const db = openDatabase(dbFile);
  try {
    return work(createReception({ db, locale: () => 'nl' }), rowKeys(db), db);
  } finally {
    db.close();
  }
}

/** `lobby visits sign-in|sign-out`: the desk's actions for scripts and integrations. */
export function addVisitActions(visits: Command, globals: () => GlobalOptions): Command {
  visits
    .command('sign-in')
    .description('sign a visitor in now; prints the visit’s id')
    .requiredOption('--name <name>', 'the visitor’s name')
    .option('--organisation <name>', 'the visitor’s organisation', '')
    .requiredOption('--host <employee number>', 'who they visit')
    .option('--json', 'as JSON (the default)')
    .action((opts: { name: string; organisation: string; host: string }) =>
      onDesk(globals().db, (reception, keys, db) => {
        const host = peopleRepo(db).byEmployeeId(opts.host);
        if (!host) throw new Error(`Nobody on the staff list has employee number ${opts.host}.`);
        const outcome = reception.desk.register(
          {
            visitorName: opts.name,
            visitorCompany: opts.organisation,
            visitorPhone: '',
            hostId: host.id,
            purpose: 'meeting',
            visitDate: reception.desk.today(),
            expectedTime: null,
            signInNow: true,
          },
          'cli',
        );
        if (outcome.outcome !== 'signedIn') {
          throw new Error(
            outcome.outcome === 'hostUnavailable'
              ? `${opts.host} cannot receive visitors today.`
              : `${opts.name} is already signed in for this host.`,
          );
        }
        process.stdout.write(
          `${JSON.stringify({ visitId: keys.keyOf('visits', outcome.visitId) })}\n`,
        );
      }),
    );
  visits
    .command('sign-out <visitId>')
    .description('sign a visitor out (the id sign-in printed, from any kiosk)')
    .action((visitId: string) =>
      onDesk(globals().db, (reception, keys) => {
        const id = keys.localOf('visits', visitId);
        if (id === null) throw new Error(`There is no visit ${visitId} here.`);
        const visit = reception.desk.signOut(id, 'cli');
        process.stdout.write(`${JSON.stringify({ visitId, signedOutAt: visit.checkedOutAt })}\n`);
      }),
    );
  return visits;
}
