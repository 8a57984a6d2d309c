import fs from 'node:fs';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { incidentClassifications, locales } from '../../vocabulary';
import { AppError } from '../ipc/errors';
import { incidentPdf } from '../incidents/incident-document';
import type { summaryOf } from '../incidents';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

const When = z.iso.datetime({ offset: true });
const when = (text: string | undefined, option: string): string | null => {
  if (text === undefined) return null;
  const parsed = When.safeParse(text);
  if (!parsed.success)
    throw new AppError(
      'invalid_argument',
      `${option}: not a date and time with its offset (ISO 8601).`,
    );
  return parsed.data;
};
const id = (text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new AppError('invalid_argument', `Not an incident number: ${text}.`);
  return n;
};
const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value)}\n`);
};

/** `lobby incidents report|classify|reported|list|export`: the incident register by hand. */
export function incidentsCommand(globals: () => GlobalOptions): Command {
  const incidents = new Command('incidents').description(
    'the incident register: reports, classification, the report to the authority',
  );
  incidents
    .command('report')
    .description('report an incident; the privacy officer is told')
    .requiredOption('--title <text>', 'a short title')
    .requiredOption('--what <text>', 'what happened')
    .option('--affected <text>', 'what is affected')
    .option('--occurred-at <iso>', 'when it happened')
    .option('--aware-at <iso>', 'when it was noticed (default: now); the 72-hour clock starts here')
    .option('--json', 'print the incident as JSON')
    .action(
      (o: {
        title: string;
        what: string;
        affected?: string;
        occurredAt?: string;
        awareAt?: string;
      }) =>
        withServices(globals().db, (s) => {
          const made = s.incidents.report(
            {
              title: o.title,
              what: o.what,
              affected: o.affected ?? null,
              occurredAt: when(o.occurredAt, '--occurred-at'),
              awareAt: when(o.awareAt, '--aware-at'),
            },
            'cli',
          );
          print({ id: made.id });
        }),
    );
  incidents
    .command('classify')
    .description('the privacy officer’s verdict: no incident, security incident or data breach')
    .argument('<id>')
    .addOption(
      new Option('--as <classification>', 'the verdict')
        .choices(incidentClassifications.map((c) => c.replace('_', '-')))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--reportable <yes|no>', 'for a data breach: must it be reported?').choices([
        'yes',
        'no',
      ]),
    )
    .requiredOption('--reason <text>', 'why')
    .action((incident: string, o: { as: string; reportable?: 'yes' | 'no'; reason: string }) =>
      withServices(globals().db, (s) => {
        const classification = z.enum(incidentClassifications).parse(o.as.replace('-', '_'));
        const done = s.incidents.classify(
          {
            id: id(incident),
            classification,
            reason: o.reason,
            reportable: o.reportable === undefined ? null : o.reportable === 'yes',
            breach: null,
          },
          'cli',
        );
        print(listed(done));
      }),
    );
  incidents
    .command('reported')
    .description('record the report to the Autoriteit Persoonsgegevens; stops the clock')
    .argument('<id>')
    .requiredOption('--reference <ref>', 'the authority’s reference')
    .option('--at <iso>', 'when it was reported (default: now)')
    .option('--delay-reason <text>', 'after 72 hours: why it was late')
    .action((incident: string, o: { reference: string; at?: string; delayReason?: string }) =>
      withServices(globals().db, (s) => {
        const done = s.incidents.recordReport(
          {
            id: id(incident),
            at: when(o.at, '--at'),
            reference: o.reference,
            delayReason: o.delayReason ?? null,
          },
          'cli',
        );
        print(listed(done));
      }),
    );
  incidents
    .command('list')
    .description('the register, newest first')
    .option('--json', 'as JSON (the default)')
    .action(() => withServices(globals().db, (s) => print(s.incidents.list('cli').map(listed))));
  incidents
    .command('export')
    .description('one incident as a PDF')
    .argument('<id>')
    .requiredOption('--pdf <file>', 'where to write it')
    .addOption(new Option('--locale <locale>', 'its language').choices([...locales]).default('nl'))
    .action((incident: string, o: { pdf: string; locale: 'nl' | 'en' }) =>
      withServices(globals().db, async (s) => {
        const detail = s.incidents.detail(id(incident), 'cli');
        fs.writeFileSync(
          o.pdf,
          await incidentPdf(detail, {
            site: s.siteSettings.name(),
            locale: o.locale,
            createdAt: new Date(),
          }),
        );
        s.incidents.exported(detail.id, 'cli');
      }),
    );
  return incidents;
}

/** The register's row as the output contract names it. */
const listed = (i: ReturnType<typeof summaryOf>) => ({
  id: i.id,
  title: i.title,
  status: i.status,
  origin: i.origin,
  source: i.source,
  classification: i.classification,
  awareAt: i.awareAt,
  reportBy: i.reportBy,
  reportedAt: i.reportedAt,
  reference: i.reference,
});
