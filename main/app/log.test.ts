import { describe, expect, it } from 'vitest';
import { AppError } from '../ipc/errors';
import { describeForLog } from './log';

describe('log lines', () => {
  it('name the kind, code and place of a failure, never its message', () => {
    const typed = new AppError('invalid_argument', '"Jan Jansen 04A22B1A" is not a card number');
    expect(describeForLog(typed)).toBe('AppError invalid_argument');

    const sqlite = Object.assign(new Error('UNIQUE failed: people.employee_id = E1043'), {
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    });
    const line = describeForLog(sqlite);
    expect(line).toMatch(/^Error SQLITE_CONSTRAINT_UNIQUE \| at /);
    expect(line).not.toContain('E1043');
    expect(describeForLog('Jan Jansen')).toBe('thrown string');
  });
});
