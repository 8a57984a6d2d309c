import { Command, Option } from 'commander';
import { z } from 'zod';
import { importBuildingFile } from '../building/building-import';
import { cardRules, type CardRule } from '../building/card-rules';
import { ImportProblem } from '../building/problems';
import { textRules } from '../building/text-rules';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

const SiteZone = z.object({ timezone: z.string() });

/** `lobby building import <file>`: the building manager's cardholder list or door-event log. */
export function buildingCommand(globals: () => GlobalOptions): Command {
  const building = new Command('building').description("the building manager's exports");
  building
    .command('import <file>')
    .description(
      'import a cardholder export or a door-event log (CSV or XLSX, any vendor); prints one JSON object',
    )
    .addOption(
      new Option(
        '--card-rule <rule>',
        'how the file prints card numbers (default: detected)',
      ).choices(cardRules),
    )
    .option(
      '--source <name>',
      'which building system the file is from; a --card-rule is remembered per source',
      'building',
    )
    .action((file: string, opts: { cardRule?: CardRule; source: string }) =>
      withServices(globals().db, async (s) => {
        try {
          const summary = await importBuildingFile(s.db, {
            file,
            actor: 'cli',
            timezone: s.settings.get('site', SiteZone, { timezone: 'Europe/Amsterdam' }).timezone,
            cardRule: opts.cardRule ?? null,
            source: opts.source,
          });
          s.audit.record({
            actor: 'cli',
            action: 'building.import',
            subject: summary.file,
            detail: { kind: summary.kind, rows: summary.rows },
          });
          process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
          if (summary.rejected.length) process.exitCode = 2;
        } catch (err) {
          if (!(err instanceof ImportProblem)) throw err;
          // The whole file was refused: nothing was imported.
          process.stdout.write(
            `${JSON.stringify({ file, refused: true, rejected: [{ row: err.row, column: err.column, reason: err.message }] }, null, 2)}\n`,
          );
          process.exitCode = 2;
        }
      }),
    );
  building
    .command('rule <text> <outcome>')
    .description(
      'teach Lobby an event text: it means this outcome (GRANTED, DENIED_NO_RIGHTS, DOOR_HELD, …)',
    )
    .action((text: string, outcome: string) =>
      withServices(globals().db, (s) => {
        const classified = textRules(s.db).add(text, outcome);
        s.audit.record({
          actor: 'cli',
          action: 'building.rule',
          subject: text,
          detail: { outcome },
        });
        process.stdout.write(`${JSON.stringify({ text, outcome, classified })}\n`);
      }),
    );
  return building;
}
