import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { fakeDispatch } from '../../test/support/fake-handlers';

describe('dispatch', () => {
  it('passes parsed arguments to the handler and wraps the value', async () => {
    const dispatch = fakeDispatch();
    expect(await dispatch('setDefaultLocale', ['en'])).toEqual({
      ok: true,
      value: { defaultLocale: 'en', timeZone: 'Europe/Amsterdam' },
    });
  });

  it.each([
    ['a number for a locale', [42]],
    ['an unknown locale', ['fr']],
    ['too many arguments', ['nl', 'en']],
    ['no arguments', []],
    ['arguments that are not an array', { locale: 'nl' }],
    ['nothing at all', undefined],
  ])('refuses %s with invalid_argument', async (_label, args) => {
    const result = await fakeDispatch()('setDefaultLocale', args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('refuses a channel outside the contract, including inherited names', async () => {
    const dispatch = fakeDispatch();
    for (const name of ['dropDatabase', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(name, [])).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
  });

  it('passes an AppError through with its code and message, and does not log an answer', async () => {
    const logged: unknown[] = [];
    const dispatch = fakeDispatch(
      {
        getAppInfo: () => {
          throw new AppError('not_found', 'No site configured');
        },
      },
      { log: (err) => logged.push(err) },
    );
    expect(await dispatch('getAppInfo', [])).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No site configured' },
    });
    expect(logged).toEqual([]);
  });

  it('hides the details of an unexpected error from the caller but logs them', async () => {
    const logged: unknown[] = [];
    const dispatch = fakeDispatch(
      {
        getReaderStatus: async () => {
          throw new Error('SQLITE_CORRUPT at /secret/path');
        },
      },
      { log: (err) => logged.push(err) },
    );
    const result = await dispatch('getReaderStatus', []);
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'An unexpected error occurred.' },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('asks authorize before parsing, so a refused caller learns nothing about the arguments', async () => {
    const asked: string[] = [];
    const dispatch = fakeDispatch(
      {},
      {
        authorize: (channel) => {
          asked.push(channel);
          if (channel !== 'getAppInfo')
            throw new AppError('unauthorized', 'The console is locked.');
        },
      },
    );
    expect(await dispatch('setDefaultLocale', [42])).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'The console is locked.' },
    });
    expect(await dispatch('getAppInfo', [])).toMatchObject({ ok: true });
    expect(asked).toEqual(['setDefaultLocale', 'getAppInfo']);
  });
});
