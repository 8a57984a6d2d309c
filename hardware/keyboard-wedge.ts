import { canonicalUid } from './uid';

/**
 * USB "keyboard wedge" readers type what they read, then Enter. Which notation they type is a
 * setting of the reader, so it is a setting here too.
 */
export const wedgeFormats = ['hex', 'hex-reversed', 'decimal', 'decimal-reversed'] as const;
export type WedgeFormat = (typeof wedgeFormats)[number];

/**
 * The UID (canonical hex) behind what a wedge typed, or null when the text does not fit the
 * format. Decimal wedges print the first four bytes as one 32-bit number (usually 10 digits,
 * leading zeros sometimes dropped), so they identify 4-byte tags fully and 7-byte tags by prefix.
 */
export function uidFromWedge(typed: string, format: WedgeFormat): string | null {
  const text = typed.trim();
  if (format === 'hex' || format === 'hex-reversed') {
    const hex = canonicalUid(text);
    if (hex === null) return null;
    return format === 'hex' ? hex : reverseBytes(hex);
  }
  if (!/^\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  if (value > 0xffffffff) return null;
  const hex = value.toString(16).toUpperCase().padStart(8, '0');
  return format === 'decimal' ? hex : reverseBytes(hex);
}

function reverseBytes(hex: string): string {
  return (hex.match(/.{2}/g) ?? []).reverse().join('');
}
