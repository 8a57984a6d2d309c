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

/**
 * The single entry point both transports use: the channel is checked against the contract, the
 * arguments are parsed from `unknown`, and every outcome becomes a `Result`.
 */
export function createDispatch(
  handlers: Handlers,
  log: (err: unknown, channel: string) => void = () => {},
): Dispatch {
  return async (channel, args) => {
    if (!isChannel(channel)) {
      return fail({ code: 'unknown_channel', message: `No such call: ${channel}` });
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
