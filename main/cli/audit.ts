import { Command } from 'commander';
import type { GlobalOptions } from './index';
import { parseAnchor } from '../privacy/chain-digest';
import { withServices } from './open-services';
import { withCentral } from '../../db/central/connect';
import type { Db } from '../../db/open';
import { centralAuditChains, centralSync } from '../central';

/** Every kiosk's chain in the central store (or one kiosk's); exit 3 when one is broken. */
async function verifyCentral(db: Db, kiosk: string | undefined): Promise<void> {
  const chains = await withCentral(centralSync(db).target(), (pool) =>
    centralAuditChains(pool, kiosk),
  );
  if (kiosk && chains.length === 0) throw new Error(`The central store has no kiosk ${kiosk}.`);
  process.stdout.write(
    `${JSON.stringify({ kiosks: chains.map((c) => ({ kiosk: c.kiosk, ...c.verdict })) })}\n`,
  );
  for (const c of chains.filter((x) => !x.verdict.ok)) {
    const v = c.verdict as { firstBadId: number | null; reason: string };
    process.stderr.write(
      `The audit trail of ${c.kiosk} was tampered with: entry ${v.firstBadId ?? '?'} ${v.reason}.\n`,
    );
    process.exitCode = 3;
  }
}

/** `lobby audit verify` and `lobby audit list`: the privacy officer's view of the audit trail. */
export function auditCommand(globals: () => GlobalOptions): Command {
  const audit = new Command('audit').description('the audit trail: who saw or changed what');
  audit
    .command('verify')
    .description(
      'check the hash chain, its triggers and the heads the backups recorded; names the first entry that was changed or removed (exit 3)',
    )
    .option(
      '--anchors <folder>',
      'a folder of backups to check against (default: the scheduled one)',
    )
    .option(
      '--anchor <entry:hash>',
      'a head from the daily digest e-mail (repeatable)',
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    )
    .option('--central', 'check every kiosk’s chain as the central store holds it')
    .option('--kiosk <name>', 'with --central: only this kiosk’s chain')
    .action((opts: { anchors?: string; anchor: string[]; central?: boolean; kiosk?: string }) =>
      withServices(globals().db, async (s) => {
        if (opts.central) return verifyCentral(s.db, opts.kiosk);
        const given = opts.anchor.map((text) => {
          const anchor = parseAnchor(text, 'digest');
          if (!anchor)
            throw new Error(`"${text}" is not an anchor (entry:hash, as the digest prints it).`);
          return anchor;
        });
        const verdict = s.audit.verify([...s.backups.anchors(opts.anchors), ...given]);
        process.stdout.write(`${JSON.stringify(verdict)}\n`);
        if (!verdict.ok) {
          process.stderr.write(
            `The audit trail was tampered with: entry ${verdict.firstBadId ?? '?'} ${verdict.reason}.\n`,
          );
          process.exitCode = 3;
        }
      }),
    );
  audit
    .command('list')
    .description('print entries, newest first, as JSON lines')
    .option('--from <date>', 'from this moment (ISO 8601)')
    .option('--to <date>', 'before this moment (ISO 8601)')
    .option('--actor <name>', 'only this operator')
    .option('--action <prefix>', 'only actions starting with this (visit., person.view …)')
    .option('--limit <n>', 'at most this many', '1000')
    .action(
      (opts: { from?: string; to?: string; actor?: string; action?: string; limit: string }) =>
        withServices(globals().db, (s) => {
          const rows = s.audit.find({
            from: opts.from ?? null,
            to: opts.to ?? null,
            actor: opts.actor ?? null,
            action: opts.action ?? null,
            limit: Math.max(1, Math.min(1_000_000, Number(opts.limit) || 1000)),
          });
          s.audit.record({ actor: 'cli', action: 'audit.export', detail: { rows: rows.length } });
          for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
        }),
    );
  return audit;
}
