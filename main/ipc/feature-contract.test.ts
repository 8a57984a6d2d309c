import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { composeContracts, featureContract } from './feature-contract';

interface Results {
  ping: string;
}

describe('feature contracts', () => {
  it('compiles only when every call has a result type and every result a call', () => {
    const ok = featureContract<Results>()({ calls: { ping: z.tuple([]) }, publicCalls: [] });
    expect(Object.keys(ok.calls)).toEqual(['ping']);

    // A call with no result type: `npm run typecheck` fails if this compiles.
    featureContract<Results>()({
      // @ts-expect-error -- "pong" has no result type
      calls: { ping: z.tuple([]), pong: z.tuple([]) },
      publicCalls: [],
    });
    // A result type with no call.
    // @ts-expect-error -- "ping" has no schema
    featureContract<Results>()({ calls: {}, publicCalls: [] });
  });

  it('merges the features’ calls and public calls', () => {
    const a = featureContract<{ one: null }>()({
      calls: { one: z.tuple([]) },
      publicCalls: ['one'],
    });
    const b = featureContract<{ two: null }>()({
      calls: { two: z.tuple([z.string()]) },
      publicCalls: [],
    });
    const { calls, publicCalls } = composeContracts([a, b] as const);
    expect(Object.keys(calls).sort()).toEqual(['one', 'two']);
    expect(calls.two.safeParse(['x']).success).toBe(true);
    expect([...publicCalls]).toEqual(['one']);
  });
});
