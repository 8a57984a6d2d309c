/**
 * What the kiosk writes to its log: which part failed, the error's kind and code, and where in
 * the code. Never an error's message: messages carry what people typed, names and card numbers
 * from files, and paths (the audit trail, not the log, says who did what).
 */
import { AppError } from '../ipc/errors';

export function describeForLog(err: unknown): string {
  if (err instanceof AppError) return `AppError ${err.code}`;
  if (!(err instanceof Error)) return `thrown ${typeof err}`;
  const code = (err as { code?: unknown }).code;
  const frames = (err.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 6);
  return [`${err.name}${typeof code === 'string' ? ` ${code}` : ''}`, ...frames].join(' | ');
}

export type Log = (context: string, err?: unknown) => void;

/** One line per failure on standard error. */
export const logToStderr: Log = (context, err) =>
  process.stderr.write(`[${context}]${err === undefined ? '' : ` ${describeForLog(err)}`}\n`);

/**
 * Nothing a client or a file does may stop the kiosk: an error that escaped every handler is
 * logged, and the process keeps serving. Returns a function that removes the handlers.
 */
export function keepServing(log: Log): () => void {
  const uncaught = (err: unknown) => log('uncaught', err);
  const unhandled = (err: unknown) => log('unhandled rejection', err);
  process.on('uncaughtException', uncaught);
  process.on('unhandledRejection', unhandled);
  return () => {
    process.off('uncaughtException', uncaught);
    process.off('unhandledRejection', unhandled);
  };
}
