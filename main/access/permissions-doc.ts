/** docs/PERMISSIONS.md, printed from the permission table (`npm run docs:permissions`). */
import { operatorRoles } from '../../vocabulary';
import { mayAct } from '../console/console-lock';
import { permissions } from './permissions';

export function permissionsMarkdown(): string {
  const roles = ['visitor (no login)', ...operatorRoles];
  const rows = Object.entries(permissions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([call, needed]) => {
      const cells = [
        needed === 'public' ? '✓' : '',
        ...operatorRoles.map((r) => (needed === 'public' || mayAct(r, needed) ? '✓' : '')),
      ];
      return `| \`${call}\` | ${cells.join(' | ')} |`;
    });
  return [
    '# Who may make each call',
    '',
    'Printed from `main/access/permissions.ts` by `npm run docs:permissions`; a test keeps the two',
    'the same. The services check this table for every call (`main/access/authorize.ts`), whatever',
    'the screen shows; a call missing from the table does not compile.',
    '',
    `| call | ${roles.join(' | ')} |`,
    `|---|${roles.map(() => '---').join('|')}|`,
    ...rows,
    '',
  ].join('\n');
}
