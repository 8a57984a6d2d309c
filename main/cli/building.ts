import { Command, InvalidArgumentError, Option } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { cardRules, locales, type CardRule, type Locale } from '../../vocabulary';
import { reportPdf, reportXlsx } from '../reconcile/report';
import { ImportProblem, rejectionOf } from '../building';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

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
      'which building system the file is from; --card-rule and --columns are remembered per source',
      'building',
    )
    .option(
      '--skip-expired',
      'leave out door events older than the retention period (the next purge would delete them)',
    )
    .option(
      '--columns <mapping>',
      'what columns hold, where Lobby cannot tell: "Header=role,Other header=role" (roles: timestamp, timestampUtc, date, time, eventText, eventCategory, door, reader, cardNumber, fullName, employeeId, …, ignored)',
      parseColumns,
    )
    .action(
      (
        file: string,
        opts: {
          cardRule?: CardRule;
          source: string;
          columns?: Record<string, string>;
          skipExpired?: boolean;
        },
      ) =>
        withServices(globals().db, async (s) => {
          try {
            const summary = await s.building.importFile(
              {
                file,
                cardRule: opts.cardRule ?? null,
                source: opts.source,
                skipExpired: opts.skipExpired === true,
                ...(opts.columns ? { columns: opts.columns } : {}),
              },
              'cli',
            );
            process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
            if (summary.pastRetention && !summary.skippedExpired) {
              process.stderr.write(
                `Note: ${summary.pastRetention} events are older than the retention period; the next purge deletes them (import with --skip-expired to leave them out).\n`,
              );
            }
            if (summary.rejected.length) process.exitCode = 2;
          } catch (err) {
            if (!(err instanceof ImportProblem)) throw err;
            // The whole file was refused: nothing was imported.
            const refused = { file, refused: true, rejected: [rejectionOf(err)] };
            process.stdout.write(`${JSON.stringify(refused, null, 2)}\n`);
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
        const classified = s.building.addTextRule(text, outcome, 'cli');
        process.stdout.write(`${JSON.stringify({ text, outcome, classified })}\n`);
      }),
    );
  building
    .command('watch-folder [folder]')
    .description(
      'the folder the kiosk watches for new exports (imported once each, then reconciled); --off stops it',
    )
    .option('--off', 'stop watching')
    .action((folder: string | undefined, opts: { off?: boolean }) =>
      withServices(globals().db, (s) => {
        if (!opts.off && !folder) throw new Error('Name the folder, or say --off.');
        if (folder && !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
          throw new Error(`${folder} is not a folder.`);
        s.settings.set('building.watchFolder', opts.off ? null : path.resolve(folder!));
        s.audit.record({ actor: 'cli', action: 'building.watchFolder', detail: { on: !opts.off } });
        process.stdout.write(
          opts.off ? 'No folder is watched.\n' : `Watching ${path.resolve(folder!)}.\n`,
        );
      }),
    );
  building
    .command('report')
    .description('the requests for the building manager from the open findings, as PDF and/or XLSX')
    .option('--pdf <file>', 'write the PDF here')
    .option('--xlsx <file>', 'write the spreadsheet here')
    .addOption(new Option('--locale <locale>', 'language').choices(locales).default('nl'))
    .action((opts: { pdf?: string; xlsx?: string; locale: Locale }) =>
      withServices(globals().db, async (s) => {
        if (!opts.pdf && !opts.xlsx) throw new Error('Name a --pdf or an --xlsx file to write.');
        const report = s.findings.buildingReport('cli', opts.locale);
        const meta = {
          site: s.siteSettings.name(),
          asOf: report.asOf,
          createdAt: report.createdAt,
        };
        if (opts.pdf) fs.writeFileSync(opts.pdf, await reportPdf(report.rows, meta, opts.locale));
        if (opts.xlsx)
          fs.writeFileSync(opts.xlsx, await reportXlsx(report.rows, meta, opts.locale));
        process.stdout.write(`${JSON.stringify({ requests: report.rows.length })}\n`);
      }),
    );
  return building;
}

/** "Wanneer=timestamp,Wat=eventText": header → role; the last "=" splits, so headers may hold one. */
function parseColumns(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new InvalidArgumentError(`"${pair}" is not Header=role.`);
    mapping[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return mapping;
}
