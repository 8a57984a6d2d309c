import type { z } from 'zod';
import type { ContractError, Result } from '../../vocabulary';
import type { CallResultMap, CallSchemas, Handlers } from './feature-contract';
import { newClient, withCall, type Client } from './call-context';
import { AppError, toContractError } from './errors';

/**
 * A transport passes the client it serves (a cookie's session, a window); a caller in the same
 * process (the CLI, a test) may leave it out and is then one client of its own.
 */
export type Dispatch = (
  channel: string,
  args: unknown,
  client?: Client,
) => Promise<Result<unknown>>;

/** Where in the arguments: a call's one argument is not named by its index ("0"). */
const whereIn = (path: PropertyKey[]) => (path.length > 0 && path[0] === 0 ? path.slice(1) : path);

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = whereIn(issue.path);
      return where.length ? `${where.map(String).join('.')}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Each refused field of a form (the first level of the path) with its first problem. */
function issueFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = whereIn(issue.path)[0];
    if (typeof field === 'string' && !(field in fields)) fields[field] = issue.message;
  }
  return fields;
}

export interface DispatchOptions<C extends string> {
  log?: (err: unknown, channel: string) => void;
  /** Throws (an AppError) when the caller may not make this call now; runs before parsing. */
  authorize?: (channel: C) => void;
}

/**
 * The single entry point both transports use: the channel is checked against the contract, the
 * caller is authorised, the arguments are parsed from `unknown`, and every outcome becomes a
 * `Result`.
 */
export function createDispatch<S extends CallSchemas, R extends CallResultMap<S>>(
  schemas: S,
  handlers: Handlers<S, R>,
  opts: DispatchOptions<keyof S & string> = {},
): Dispatch {
  const log = opts.log ?? (() => {});
  const isChannel = (name: string): name is keyof S & string => Object.hasOwn(schemas, name);
  const inProcess = newClient();
  return (channel, args, client = inProcess) =>
    withCall(channel, client, () => serve(channel, args));

  async function serve(channel: string, args: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return fail({ code: 'unknown_channel', message: `No such call: ${channel}` });
    }
    try {
      opts.authorize?.(channel);
    } catch (err) {
      return fail(toContractError(err));
    }
    const parsed = schemas[channel]!.safeParse(args);
    if (!parsed.success) {
      return fail({
        code: 'invalid_argument',
        message: describeIssues(parsed.error),
        fields: issueFields(parsed.error),
      });
    }
    try {
      const handler = handlers[channel] as (...a: readonly unknown[]) => unknown;
      const value = await handler(...parsed.data);
      return { ok: true, value };
    } catch (err) {
      // An AppError is an answer (a refusal, a validation); only the unexpected is logged.
      if (!(err instanceof AppError)) log(err, channel);
      return fail(toContractError(err));
    }
  }
}

function fail(error: ContractError): Result<never> {
  return { ok: false, error };
}
