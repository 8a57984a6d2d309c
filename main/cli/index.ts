import { Command } from 'commander';
import { defaultDbFile } from '../app/data-dir';
import { appVersion } from '../app/version';
import { serveCommand } from './serve';
import { adminCommand } from './admin';
import { auditCommand } from './audit';
import { backupCommands } from './backup';
import { incidentsCommand } from './incidents';
import { privacyCommand } from './privacy';
import { buildingCommand } from './building';
import { dbCommand } from './db';
import { reconcileCommand } from './reconcile';
import { registerCommands } from './registers';
import { centralCommand } from './central';
import { presenceCommand } from './presence';
import { addVisitActions } from './visits';

export interface GlobalOptions {
  db: string;
}

export function buildProgram(): Command {
  const program = new Command('lobby')
    .description('Lobby reception kiosk: headless commands for the office manager and for tests.')
    .version(appVersion)
    .option('--db <file>', 'SQLite database file', defaultDbFile())
    .showHelpAfterError();
  program.addCommand(serveCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(dbCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(adminCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(buildingCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(reconcileCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(auditCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(privacyCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(incidentsCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(centralCommand(() => program.opts<GlobalOptions>()));
  program.addCommand(presenceCommand(() => program.opts<GlobalOptions>()));
  for (const command of backupCommands(() => program.opts<GlobalOptions>()))
    program.addCommand(command);
  for (const command of registerCommands(() => program.opts<GlobalOptions>())) {
    // `visits` holds the register's import and the desk's sign-in and sign-out.
    if (command.name() === 'visits') addVisitActions(command, () => program.opts<GlobalOptions>());
    program.addCommand(command);
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
