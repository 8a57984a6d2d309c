/**
 * A travelling row's global key: `<kiosk>:<id there>` for a row a kiosk made, `<table>:<key>`
 * for a row named by itself (a tag's UID, a setting's name; db/central/travelling.ts). The
 * capture triggers write them in SQL (db/central/capture.ts); everything else reads them here.
 */
export const ownKey = (kiosk: string, id: number) => `${kiosk}:${id}`;

/** The part before the last colon: the kiosk that made the row (or the table it names itself in). */
export function splitKey(gkey: string): { origin: string; id: string } {
  const at = gkey.lastIndexOf(':');
  return { origin: gkey.slice(0, at), id: gkey.slice(at + 1) };
}
