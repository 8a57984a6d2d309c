import { Command, Option } from 'commander';
import { startKioskHost } from '../host/start-kiosk-host';
import type { GlobalOptions } from './index';

export function serveCommand(globals: () => GlobalOptions): Command {
  return new Command('serve')
    .description('run the kiosk in a browser: a loopback-only host serving the UI and its contract')
    .addOption(new Option('--port <port>', 'port on 127.0.0.1 (0 picks a free one)').default('0'))
    .option('--open', 'show the kiosk in Chromium (full screen, private profile) when installed')
    .option('--dev', 'development aids: test badges and a plain browser window, marked on screen')
    .option('--no-pcsc', 'do not use PC/SC readers (keyboard-wedge and test badges only)')
    .option('--reader <name>', 'use only the PC/SC readers whose name contains this')
    .action(
      async (opts: {
        port: string;
        open?: boolean;
        pcsc: boolean;
        dev?: boolean;
        reader?: string;
      }) => {
        await startKioskHost({
          dbFile: globals().db,
          port: Number(opts.port),
          open: !!opts.open,
          pcsc: opts.pcsc,
          development: !!opts.dev,
          ...(opts.reader ? { reader: opts.reader } : {}),
        });
      },
    );
}
