import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { diskEncryption } from '../privacy/disk-encryption';
import { processingFacts } from '../privacy/facts';
import { processingRecordMarkdown, processingRecordPdf } from '../privacy/processing-record';
import { subjectDocument } from '../privacy/subject-document';
import type { Services } from '../app/services';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

/** `lobby privacy purge|deletions`: the retention schedule, by hand and in its log. */
export function privacyCommand(globals: () => GlobalOptions): Command {
  const privacy = new Command('privacy').description('retention and the deletion log');
  privacy
    .command('purge')
    .description('remove now what is past its retention period (the kiosk does this daily)')
    .action(() =>
      withServices(globals().db, (s) => {
        process.stdout.write(`${JSON.stringify(s.retention.run('cli'))}\n`);
      }),
    );
  privacy
    .command('deletions')
    .description('what the retention schedule removed: categories and counts, never names')
    .action(() =>
      withServices(globals().db, (s) => {
        for (const row of s.retention.deletions()) process.stdout.write(`${JSON.stringify(row)}\n`);
      }),
    );
  privacy
    .command('retention')
    .description(
      "how long door events and leavers' details are kept (visitors: the reception setting)",
    )
    .option('--event-months <n>', 'door events, old cardholder lists, worked-off findings')
    .option('--leaver-months <n>', "leavers' details after their end date")
    .option('--incident-years <n>', 'closed incidents in the register (default 5)')
    .action((opts: { eventMonths?: string; leaverMonths?: string; incidentYears?: string }) =>
      withServices(globals().db, (s) => {
        const now = s.retention.periods();
        if (opts.eventMonths || opts.leaverMonths || opts.incidentYears)
          s.retention.setPeriods(
            {
              eventMonths: Number(opts.eventMonths ?? now.eventMonths),
              leaverMonths: Number(opts.leaverMonths ?? now.leaverMonths),
              incidentYears: Number(opts.incidentYears ?? now.incidentYears),
            },
            'cli',
          );
        process.stdout.write(`${JSON.stringify(s.retention.periods())}\n`);
      }),
    );
  privacy
    .command('disk')
    .description('whether the disk under the database is encrypted, as the operating system says')
    .action(async () => {
      const state = await diskEncryption(path.dirname(path.resolve(globals().db)));
      process.stdout.write(`${JSON.stringify({ diskEncryption: state })}\n`);
      if (state !== 'encrypted')
        process.stderr.write(
          'Lobby requires full-disk encryption (BitLocker, FileVault, LUKS) for the database.\n',
        );
    });
  privacyRequestCommands(privacy, globals);
  return privacy;
}

/** The record of processing, and data-subject requests, on the command line. */
export function privacyRequestCommands(privacy: Command, globals: () => GlobalOptions): void {
  privacy
    .command('record')
    .description('the record of processing (verwerkingsregister) from the current settings')
    .option('--locale <nl|en>', 'language', 'nl')
    .option('--pdf <file>', 'also write it as PDF')
    .action((opts: { locale: string; pdf?: string }) =>
      withServices(globals().db, async (s) => {
        const locale = opts.locale === 'en' ? 'en' : 'nl';
        const facts = processingFacts(s);
        const at = new Date();
        process.stdout.write(processingRecordMarkdown(facts, locale, at));
        if (opts.pdf) fs.writeFileSync(opts.pdf, await processingRecordPdf(facts, locale, at));
        s.audit.record({ actor: 'cli', action: 'privacy.record' });
      }),
    );
  privacy
    .command('export-person <employeeId>')
    .description('everything Lobby holds about one staff member, as JSON (--pdf: also as PDF)')
    .option('--pdf <file>', 'also write it as a document the person can read')
    .option('--locale <nl|en>', "the document's language", 'nl')
    .action((employeeId: string, opts: { pdf?: string; locale: string }) =>
      withServices(globals().db, async (s) => {
        const data = s.subjectRequests.person(employeeId, 'cli');
        process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
        if (opts.pdf) fs.writeFileSync(opts.pdf, await documentOf(s, data, 'person', opts.locale));
      }),
    );
  privacy
    .command('export-visit <visitId>')
    .description('everything Lobby holds about one visit, as JSON (--pdf: also as PDF)')
    .option('--pdf <file>', 'also write it as a document the visitor can read')
    .option('--locale <nl|en>', "the document's language", 'nl')
    .action((visitId: string, opts: { pdf?: string; locale: string }) =>
      withServices(globals().db, async (s) => {
        const data = s.subjectRequests.visit(Number(visitId), 'cli');
        process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
        if (opts.pdf) fs.writeFileSync(opts.pdf, await documentOf(s, data, 'visit', opts.locale));
      }),
    );
  privacy
    .command('erase-visitor <visitId>')
    .description("erase a visitor's details at their request (the visit stays as a count)")
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .action((visitId: string, opts: { reason: string }) =>
      withServices(globals().db, (s) => {
        s.subjectRequests.eraseVisitor(Number(visitId), opts.reason, 'cli');
        process.stdout.write(`Visit ${visitId}: the visitor's details are erased.\n`);
      }),
    );
}

/** The readable document of an export, in `locale` (nl unless en is asked for). */
function documentOf(
  s: Services,
  data: Record<string, unknown>,
  kind: 'person' | 'visit',
  locale: string,
): Promise<Buffer> {
  return subjectDocument(data, {
    kind,
    locale: locale === 'en' ? 'en' : 'nl',
    controller: s.controller(),
    timezone: s.siteSettings.timezone(),
  });
}
