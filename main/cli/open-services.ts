import { openDatabase } from '../../db/open';
import { createServices, type Services } from '../app/services';

/** Opens the --db database for one command and closes it afterwards, whatever happens. */
export async function withServices<T>(
  dbFile: string,
  run: (services: Services) => Promise<T> | T,
): Promise<T> {
  const db = openDatabase(dbFile);
  try {
    return await run(createServices(db));
  } finally {
    db.close();
  }
}

/** Prints one JSON object; rows that were refused make the exit code 2 so scripts notice. */
export function printSummary(summary: { rejected: unknown[] }): void {
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  if (summary.rejected.length > 0) process.exitCode = 2;
}
