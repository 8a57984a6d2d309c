import { Command, InvalidArgumentError, Option } from 'commander';
import { locales, type Locale } from '../../vocabulary';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

/** `lobby reconcile`: the building's access data against the staff list, as of one moment. */
export function reconcileCommand(globals: () => GlobalOptions): Command {
  return new Command('reconcile')
    .description("compare the building's exports with the staff list, tag register and visits")
    .option(
      '--as-of <time>',
      'ISO 8601 moment to reconcile as of (default: the newest event)',
      parseMoment,
    )
    .option('--json', 'print one JSON object (the output contract) instead of a table')
    .addOption(
      new Option('--locale <locale>', 'language of reasons and actions')
        .choices(locales)
        .default('en'),
    )
    .action((opts: { asOf?: Date; json?: boolean; locale: Locale }) =>
      withServices(globals().db, (s) => {
        // Kept as a run: findings are worked off across runs, from the console or from here.
        const { result } = s.findings.run('cli', { asOf: opts.asOf, locale: opts.locale });
        if (opts.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        for (const f of result.findings) {
          const subject = f.holderName ?? f.employeeId ?? f.cardNumber ?? f.door ?? '';
          process.stdout.write(
            `${f.severity.padEnd(7)}${f.kind.padEnd(34)}${subject.padEnd(30)}${f.reason}\n`,
          );
        }
        process.stdout.write(`${result.findings.length} findings as of ${result.asOf}\n`);
      }),
    );
}

function parseMoment(text: string): Date {
  const at = new Date(text);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(text))
    throw new InvalidArgumentError(
      `"${text}" is not an ISO 8601 moment (2025-11-03T07:15:00+01:00).`,
    );
  return at;
}
