/** A reason a whole building file is refused, naming the row and column where there is one. */
export class ImportProblem extends Error {
  constructor(
    readonly code:
      | 'empty'
      | 'binary'
      | 'encoding'
      | 'row_too_long'
      | 'too_many_columns'
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
