/**
 * Matches a file's header names to the roles an import needs, in Dutch or English, ignoring case,
 * accents, spaces and punctuation. The mapping is reported, so a surprise is visible.
 */
export type RoleSpec<R extends string> = Record<R, { names: string[]; required?: boolean }>;

export interface ColumnMapping<R extends string> {
  /** role → column index */
  index: Partial<Record<R, number>>;
  /** header → role name, or "ignored" */
  columns: Record<string, string>;
  missing: R[];
  duplicates: string[];
}

export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function mapColumns<R extends string>(
  headers: string[],
  spec: RoleSpec<R>,
): ColumnMapping<R> {
  const byName = new Map<string, R>();
  for (const role of Object.keys(spec) as R[]) {
    for (const name of spec[role].names) byName.set(normaliseHeader(name), role);
  }
  const index: Partial<Record<R, number>> = {};
  const columns: Record<string, string> = {};
  const duplicates: string[] = [];
  headers.forEach((header, i) => {
    const role = byName.get(normaliseHeader(header));
    if (role !== undefined && index[role] === undefined) {
      index[role] = i;
      columns[header] = role;
    } else {
      if (role !== undefined) duplicates.push(header);
      if (header !== '') columns[header] = 'ignored';
    }
  });
  const missing = (Object.keys(spec) as R[]).filter(
    (r) => spec[r].required && index[r] === undefined,
  );
  return { index, columns, missing, duplicates };
}

/** A row's cell for a role, '' when the column is absent or the row is short. */
export function cellOf<R extends string>(
  mapping: ColumnMapping<R>,
  cells: string[],
  role: R,
): string {
  const i = mapping.index[role];
  return i === undefined ? '' : (cells[i] ?? '').trim();
}
