import fs from 'node:fs';
import path from 'node:path';
import { permissionsMarkdown } from '../main/access/permissions-doc';

fs.writeFileSync(
  path.join(import.meta.dirname, '..', 'docs', 'PERMISSIONS.md'),
  permissionsMarkdown(),
);
