import { describe, expect, it } from 'vitest';
import { CentralUnreachable, connectionConfig, parseCentralUrl } from './connect';

describe('connections to the central store', () => {
  it('checks the certificate and host name of a store that is not on this machine', () => {
    const far = parseCentralUrl('postgres://lobby:geheim@db.gebouw.example:5433/lobby');
    expect(connectionConfig(far).ssl).toEqual({
      rejectUnauthorized: true,
      servername: 'db.gebouw.example',
    });
    expect(connectionConfig(parseCentralUrl('postgres://u:p@127.0.0.1/x')).ssl).toBe(false);
  });

  it('refuses less than verify-full off loopback, and never repeats the password', () => {
    for (const mode of ['disable', 'require', 'verify-ca', 'prefer']) {
      const url = `postgres://lobby:geheim@db.gebouw.example/lobby?sslmode=${mode}`;
      expect(() => parseCentralUrl(url)).toThrow(/verify-full/);
      try {
        parseCentralUrl(url);
      } catch (e) {
        expect((e as Error).message).not.toContain('geheim');
      }
    }
    expect(
      parseCentralUrl('postgres://lobby:geheim@db.gebouw.example/lobby?sslmode=verify-full'),
    ).toMatchObject({
      host: 'db.gebouw.example',
      database: 'lobby',
    });
    const unreachable = new CentralUnreachable(
      { host: 'db.gebouw.example', port: 5432 },
      { code: 'ECONNREFUSED' },
    );
    expect(unreachable.message).toBe(
      'The central store at db.gebouw.example:5432 cannot be reached (ECONNREFUSED).',
    );
  });
});
