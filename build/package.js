// `npm run package`: builds installers with electron-builder (needs Electron's download servers).
import { build } from 'electron-builder';
import config from './electron-builder.config.js';

await build({ config });
