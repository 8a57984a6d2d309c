import type { z } from 'zod';
import {
  callArgs,
  type CallChannel,
  type CallParsed,
  type CallResults,
  type ContractError,
  type Result,
} from './contract';
import { toContractError } from './errors';

export type Handlers = {
  [C in CallChannel]: (...args: CallParsed<C>) => Promise<CallResults[C]> | CallResults[C];
};

export type Dispatch = (channel: string, args: unknown) => Promise<Result<unknown>>;

function isChannel(name: string): name is CallChannel {
  return Object.hasOwn(callArgs, name);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
    .join('; ');
}

export interface DispatchOptions {
  log?: (err: unknown, channel: string) => void;
  /** Throws (an AppError) when the caller may not make this call now; runs before parsing. */
  authorize?: (channel: CallChannel) => void;
}

/**
 * The single entry point both transports use: the channel is checked against the contract, the
 * caller is authorised, the arguments are parsed from `unknown`, and every outcome becomes a
 * `Result`.
 */
export function createDispatch(handlers: Handlers, opts: DispatchOptions = {}): Dispatch {
  const log = opts.log ?? (() => {});
  return async (channel, args) => {
    if (!isChannel(channel)) {
      return fail({ code: 'unknown_channel', message: `No such call: ${channel}` });
    }
    try {
      opts.authorize?.(channel);
    } catch (err) {
      return fail(toContractError(err));
    }
    const parsed = callArgs[channel].safeParse(args);
    if (!parsed.success) {
      return fail({ code: 'invalid_argument', message: describeIssues(parsed.error) });
    }
    try {
      const handler = handlers[channel] as (...a: unknown[]) => unknown;
      const value = await handler(...(parsed.data as unknown[]));
      return { ok: true, value };
    } catch (err) {
      log(err, channel);
      return fail(toContractError(err));
    }
  };
}

function fail(error: ContractError): Result<never> {
  return { ok: false, error };
}
