/**
 * How a change from another kiosk meets the row here, field by field: the later edit wins by the
 * hybrid logical clock (the kiosk's name breaks a tie), and a few fields keep their own rule (the
 * earliest sign-in). The central store's trigger (db/central/migrations/0010) applies the same.
 */
import type { Clock } from '../../db/repos/central';

export const later = (held: Clock | undefined, incoming: Clock): boolean =>
  held === undefined || held[0] < incoming[0] || (held[0] === incoming[0] && held[1] < incoming[1]);

export function mergeFields(opts: {
  current: Record<string, unknown>;
  clocks: Record<string, Clock>;
  incoming: Record<string, unknown>;
  cols: string[];
  /** The incoming clock of each field: one for a change, each its own for a snapshot's row. */
  clockOf: (col: string) => Clock;
  rules: Record<string, 'min'>;
}): {
  write: Record<string, unknown>;
  clocks: Record<string, Clock>;
  /** Fields whose value here gave way to an earlier one (the rule 'min'), with who had set it. */
  overruled: { col: string; by: Clock | undefined }[];
} {
  const write: Record<string, unknown> = {};
  const overruled: { col: string; by: Clock | undefined }[] = [];
  const clocks = { ...opts.clocks };
  for (const col of opts.cols) {
    if (!(col in opts.incoming)) continue;
    const value = opts.incoming[col];
    const clock = opts.clockOf(col);
    if (opts.rules[col] === 'min') {
      const held = opts.current[col];
      if (value !== null && (held === null || String(value) < String(held))) {
        if (held !== null && held !== undefined) overruled.push({ col, by: clocks[col] });
        write[col] = value;
        clocks[col] = clock;
      }
    } else if (later(clocks[col], clock)) {
      if (opts.current[col] !== value) write[col] = value;
      clocks[col] = clock;
    }
  }
  return { write, clocks, overruled };
}
