import type { ContractError, ErrorCode } from '../../vocabulary';

/** An error a service throws on purpose; its code and message travel to the UI unchanged. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function toContractError(err: unknown): ContractError {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  // Internals (paths, SQL) stay in the log; the UI gets a code it can translate.
  return { code: 'internal', message: 'An unexpected error occurred.' };
}
