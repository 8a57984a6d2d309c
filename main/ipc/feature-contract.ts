/**
 * The shape every feature's calls take. A feature declares its argument schemas (one zod tuple per
 * call), the types its calls answer with, and which of its calls need no unlocked console; the
 * contract composes the features and the transports are generated from the composition.
 */
import type { z } from 'zod';
import type { Result } from '../../vocabulary';

/** Argument schemas, one tuple per call: arguments always arrive as `unknown` and are parsed. */
export type CallSchemas = Record<string, z.ZodType<readonly unknown[], readonly unknown[]>>;

/** What each call answers with, by channel. */
export type CallResultMap<S extends CallSchemas> = { [C in keyof S]: unknown };

/** The handlers a feature provides: one function per call, receiving the parsed arguments. */
export type Handlers<S extends CallSchemas, R extends CallResultMap<S>> = {
  [C in keyof S]: (...args: z.output<S[C]>) => R[C] | Promise<R[C]>;
};

/** The API the renderer sees: calls by name with their unparsed inputs, and pushed events. */
export type ApiOf<S extends CallSchemas, R extends CallResultMap<S>, E> = {
  [C in keyof S]: (...args: z.input<S[C]>) => Promise<Result<R[C]>>;
} & {
  subscribe<K extends keyof E & string>(event: K, listener: (payload: E[K]) => void): () => void;
};

/** A feature's part of the contract. `types` is never set: it carries the result and event types. */
export interface FeatureContract<S extends CallSchemas, R extends CallResultMap<S>, E> {
  calls: S;
  /** Calls anyone at the kiosk may make; every other call needs an unlocked console. */
  publicCalls: readonly (keyof S & string)[];
  readonly types?: { results: R; events: E };
}

/**
 * `featureContract<Results, Events>()({ calls, publicCalls })`. The calls and the results must
 * name the same channels: a call without a result type, or a result without a call, does not
 * compile (main/ipc/feature-contract.test.ts shows both).
 */
export const featureContract =
  <R, E = object>() =>
  <S extends CallSchemas & Record<keyof R, unknown>>(def: {
    calls: S & Record<Exclude<keyof S, keyof R>, never>;
    publicCalls: readonly (keyof S & string)[];
  }): FeatureContract<S, R & CallResultMap<S>, E> =>
    def as FeatureContract<S, R & CallResultMap<S>, E>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any feature's contract
type AnyContract = FeatureContract<any, any, any>;

/** The calls, results and events of a list of features, merged into one. */
export type Composed<F extends readonly AnyContract[]> = {
  calls: UnionToIntersection<F[number]['calls']>;
  results: UnionToIntersection<NonNullable<F[number]['types']>['results']>;
  events: UnionToIntersection<NonNullable<F[number]['types']>['events']>;
};

export function composeContracts<F extends readonly AnyContract[]>(features: F) {
  const calls = Object.assign({}, ...features.map((f) => f.calls)) as Composed<F>['calls'];
  const publicCalls: ReadonlySet<string> = new Set(features.flatMap((f) => f.publicCalls));
  return { calls, publicCalls };
}
