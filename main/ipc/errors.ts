import type { ContractError, ErrorCode } from '../../vocabulary';

/** An error a service throws on purpose; its code and message travel to the UI unchanged. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What is wrong with each field of a form, when the input is a form. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function toContractError(err: unknown): ContractError {
  if (err instanceof AppError)
    return err.fields
      ? { code: err.code, message: err.message, fields: err.fields }
      : { code: err.code, message: err.message };
  // Internals (paths, SQL) stay in the log; the UI gets a code it can translate.
  return { code: 'internal', message: 'An unexpected error occurred.' };
}
