import { Command } from 'commander';
import type { GlobalOptions } from './index';
import { printSummary, withServices } from './open-services';

const actor = 'cli';

/** `lobby site …`, `lobby staff import`, `lobby tags import`, `lobby visits import`, `lobby expected import`. */
export function registerCommands(globals: () => GlobalOptions): Command[] {
  const site = new Command('site').description('the site configuration (site.json, version 1)');
  site
    .command('import <file>')
    .description('replace the site configuration with a site.json; refused whole on any error')
    .option('--dry-run', 'check and report only')
    .action((file: string, opts: { dryRun?: boolean }) =>
      withServices(globals().db, async (s) =>
        printSummary(await s.imports.site(file, { actor, dryRun: !!opts.dryRun })),
      ),
    );
  site
    .command('export')
    .description('print the site configuration as site.json')
    .action(() =>
      withServices(globals().db, (s) => {
        s.audit.record({ actor, action: 'site.export' });
        process.stdout.write(s.site.exportSite());
      }),
    );

  const tabular = (name: 'staff' | 'tags' | 'visits' | 'expected', description: string) => {
    const command = new Command(name).description(description);
    command
      .command('import <file>')
      .description(`import ${description} from CSV or XLSX; prints a JSON summary`)
      .option('--dry-run', 'check and report only')
      .action((file: string, opts: { dryRun?: boolean }) =>
        withServices(globals().db, async (s) =>
          printSummary(await s.imports[name](file, { actor, dryRun: !!opts.dryRun })),
        ),
      );
    return command;
  };
  return [
    site,
    tabular('staff', 'the staff list'),
    tabular('tags', 'the tag register'),
    tabular('visits', 'the visitor log'),
    tabular('expected', 'visitors expected today or later'),
  ];
}
