import type { Rejection } from './summary';

/** A reason a whole building file is refused, naming the row and column where there is one. */
export class ImportProblem extends Error {
  constructor(
    readonly code:
      | 'empty'
      | 'binary'
      | 'encoding'
      | 'row_too_long'
      | 'too_many_columns'
      | 'too_many_rows'
      | 'unparsable_row'
      | 'duplicate_header'
      | 'no_known_columns'
      | 'unknown_kind'
      | 'xlsx'
      | 'cancelled',
    readonly row: number | null,
    readonly column: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ImportProblem';
  }
}

/** A refused file as the one rejection an import summary lists. */
export const rejectionOf = (p: ImportProblem): Rejection => ({
  row: p.row,
  column: p.column,
  reason: p.message,
});

/** "reason (row 3, Kaartnummer)": a rejection in one line, for a message. */
export function describeRejection(r: Rejection): string {
  const where = [r.row !== null ? `row ${r.row}` : null, r.column].filter(Boolean).join(', ');
  return where ? `${r.reason} (${where})` : r.reason;
}
