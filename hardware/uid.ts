/** Tag UIDs as Lobby stores them: uppercase hex in anticollision order, no separators. */

const uidLengths = new Set([4, 7, 10]);

/**
 * Canonicalises a UID typed or printed with any of the usual separators (`04:a2:2b:1a`,
 * `04 A2 2B 1A`, `04-A2-2B-1A`). Returns null for anything that is not a 4, 7 or 10-byte UID.
 */
export function canonicalUid(input: string): string | null {
  const hex = input.replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]*$/.test(hex) || hex.length % 2 !== 0) return null;
  return uidLengths.has(hex.length / 2) ? hex : null;
}

/** `04A22B1A` → `04:A2:2B:1A`, the way people read UIDs off a reader's tool. */
export function formatUid(uid: string, separator = ':'): string {
  return (uid.match(/.{2}/g) ?? []).join(separator);
}

export function uidFromBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
