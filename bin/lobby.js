#!/usr/bin/env node
// The services are TypeScript; tsx compiles them on load so the command line needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/index.ts');
try {
  await main(process.argv);
} catch (err) {
  process.stderr.write(`lobby: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
