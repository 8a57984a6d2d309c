import { cellOf, mapColumns, type ColumnMapping, type RoleSpec } from './columns';
import { emptySummary, type ImportSummary } from './summary';
import type { Table } from './table-file';

export interface TableImport<R extends string> {
  summary: ImportSummary;
  mapping: ColumnMapping<R>;
  cell(cells: string[], role: R): string;
  /** Records a refused row, naming the file's own header for the role. */
  reject(row: number, role: R | null, reason: string): void;
}

/**
 * The common start of every register import: map the header, report the mapping, and refuse the
 * file when a required column is missing (null then, with the reason in the summary).
 */
export function startTableImport<R extends string>(
  file: string,
  kind: string,
  table: Table,
  spec: RoleSpec<R>,
): TableImport<R> | { summary: ImportSummary; mapping: null } {
  const summary = emptySummary(file, kind);
  const mapping = mapColumns(table.headers, spec);
  summary.columns = mapping.columns;
  if (mapping.missing.length) {
    summary.rejected.push({
      row: table.headerLine,
      column: null,
      reason: `the header has no column for: ${mapping.missing.join(', ')}`,
    });
    return { summary, mapping: null };
  }
  return {
    summary,
    mapping,
    cell: (cells, role) => cellOf(mapping, cells, role),
    reject(row, role, reason) {
      const index = role === null ? undefined : mapping.index[role];
      summary.rejected.push({
        row,
        column: index === undefined ? null : (table.headers[index] ?? null),
        reason,
      });
    },
  };
}
