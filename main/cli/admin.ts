import { Command } from 'commander';
import { z } from 'zod';
import { operatorRoles } from '../../vocabulary';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

/** `lobby admin set-pin` (the PIN of the operator "Beheerder") and `lobby admin add-operator`. */
export function adminCommand(globals: () => GlobalOptions): Command {
  const admin = new Command('admin').description('kiosk administration');
  admin
    .command('set-pin')
    .description('set the console PIN (6–12 digits), read from standard input or --pin')
    .option('--pin <digits>', 'the PIN (prefer standard input: arguments show up in process lists)')
    .action(async (opts: { pin?: string }) => {
      const pin = (opts.pin ?? (await readStdin())).trim();
      await withServices(globals().db, (s) => s.consoleLock.setPin(pin, 'cli'));
      process.stdout.write('The staff PIN is set.\n');
    });
  admin
    .command('add-operator')
    .description(
      'let someone use the console: a name, a role and a PIN (from standard input or --pin)',
    )
    .requiredOption('--name <name>', 'as the audit trail will name them')
    .requiredOption('--role <role>', `one of: ${operatorRoles.join(', ')}`)
    .option(
      '--employee-id <id>',
      'their staff number: their own badge then names them at the PIN pad',
    )
    .option('--pin <digits>', 'the PIN (prefer standard input)')
    .action(async (opts: { name: string; role: string; employeeId?: string; pin?: string }) => {
      const role = z.enum(operatorRoles).parse(opts.role);
      const pin = (opts.pin ?? (await readStdin())).trim();
      await withServices(globals().db, (s) => {
        const person = opts.employeeId ? s.people.byEmployeeId(opts.employeeId) : null;
        if (opts.employeeId && !person)
          throw new Error(`Nobody has employee number ${opts.employeeId}.`);
        s.consoleLock.add({ name: opts.name, role, personId: person?.id ?? null, pin }, 'cli');
      });
      process.stdout.write(`${opts.name} may now use the console as ${role}.\n`);
    });
  return admin;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('PIN: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n')[0] ?? '';
}
