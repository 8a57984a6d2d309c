// Starts the TypeScript table worker where the services run from source (lobby serve, tests).
import { register } from 'tsx/esm/api';

register();
await import('./table-worker.ts');
