import { Command } from 'commander';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

/** `lobby admin set-pin`: the PIN that unlocks the kiosk's console. */
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
  return admin;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('PIN: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n')[0] ?? '';
}
