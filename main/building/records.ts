/** Turning a vendor's cells into Lobby's canonical fields. */
import { normaliseText } from './event-outcomes';

export type CardholderStatus = 'active' | 'blocked' | 'lost' | 'expired' | 'inactive';

const statusWords: [string, CardholderStatus][] = [
  ['verloren', 'lost'],
  [' lost ', 'lost'],
  ['gestolen', 'lost'],
  ['stolen', 'lost'],
  ['verlopen', 'expired'],
  ['expired', 'expired'],
  ['geblokkeerd', 'blocked'],
  ['blocked', 'blocked'],
  ['barred', 'blocked'],
  ['suspended', 'blocked'],
  ['disabled', 'blocked'],
  ['ingetrokken', 'inactive'],
  ['revoked', 'inactive'],
  ['cancelled', 'inactive'],
  ['inactief', 'inactive'],
  ['inactive', 'inactive'],
  ['niet actief', 'inactive'],
  ['actief', 'active'],
  ['active', 'active'],
  ['valid', 'active'],
  ['geldig', 'active'],
];

const truthy = new Set(['true', 'yes', 'ja', 'j', 'y', '1', 'waar', 'x']);

/** The card's status from a status cell and, where the vendor has one, a "barred" flag. */
export function cardholderStatus(statusText: string, blockedFlag: string): CardholderStatus {
  const text = normaliseText(statusText);
  const found = statusWords.find(([word]) =>
    text.includes(word.startsWith(' ') ? word : ` ${word}`),
  )?.[1];
  if (found && found !== 'active') return found;
  if (truthy.has(blockedFlag.trim().toLowerCase())) return 'blocked';
  return found ?? 'active';
}

export interface NameParts {
  full: string | null;
  first: string | null;
  prefix: string | null;
  last: string | null;
}

/**
 * "Schipper, Kees" and "Horst, Ilse ter" (last name first, Dutch prefix at the end) become parts;
 * "Kees Schipper" is kept whole, since its split is a guess.
 */
export function nameParts(full: string, first: string, prefix: string, last: string): NameParts {
  if (first || last) {
    const whole = [first, prefix, last].filter(Boolean).join(' ');
    return {
      full: full || whole || null,
      first: first || null,
      prefix: prefix || null,
      last: last || null,
    };
  }
  const m = /^([^,]+),\s*(.+)$/.exec(full.trim());
  if (!m) return { full: full.trim() || null, first: null, prefix: null, last: null };
  const rest = m[2]!.trim().split(/\s+/);
  const prefixWords: string[] = [];
  while (
    rest.length > 1 &&
    /^(van|de|der|den|ter|ten|te|het|in|'t|d'|la|le|du|op|onder|aan)$/i.test(rest.at(-1)!)
  ) {
    prefixWords.unshift(rest.pop()!);
  }
  return {
    full: full.trim(),
    first: rest.join(' ') || null,
    prefix: prefixWords.join(' ') || null,
    last: m[1]!.trim(),
  };
}

/**
 * One cell may hold several access levels, separated by semicolons, pipes, commas or newlines,
 * the file's own delimiter included: inside a quoted field ("AG 4F, AG Garage") it separates
 * levels too.
 */
export function accessLevels(cell: string): string[] {
  return cell
    .split(/[;|,\n]/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export interface DoorRef {
  id: string;
  direction: 'in' | 'out' | 'both';
}

/**
 * Finds the site's door behind the names an event row gives. The reader name is the most
 * specific; an access-point name shared by an in and an out reader is settled by the direction.
 */
export function doorResolver(
  names: { doorId: string; name: string; direction: DoorRef['direction'] }[],
) {
  const byName = new Map<string, DoorRef[]>();
  for (const n of names) {
    const key = n.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), { id: n.doorId, direction: n.direction }]);
  }
  return (reader: string, door: string, direction: string): string | null => {
    for (const name of [reader, door]) {
      const doors = byName.get(name.trim().toLowerCase()) ?? [];
      if (doors.length === 1) return doors[0]!.id;
      if (doors.length > 1) {
        const dir = /^(in|entry|binnen|ingang)/i.test(direction)
          ? 'in'
          : /^(out|uit|exit|buiten)/i.test(direction)
            ? 'out'
            : null;
        const match = doors.filter((d) => d.direction === dir);
        if (match.length === 1) return match[0]!.id;
      }
    }
    return null;
  };
}
