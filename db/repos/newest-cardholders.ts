/**
 * The building's newest cardholder list, as SQL every repo shares: the last cardholder import,
 * with the imports of the same file just before it (a workbook's sheets are one import each).
 * Each import keeps its list whole, so this is the building's state on that list's day.
 */
export const newestCardholderImports = `
  WITH ch AS (SELECT id, sha256 FROM building_imports WHERE kind = 'cardholders'),
       newest AS (SELECT id, sha256 FROM ch ORDER BY id DESC LIMIT 1)
  SELECT ch.id FROM ch, newest WHERE ch.sha256 = newest.sha256
    AND ch.id > coalesce((SELECT max(id) FROM ch WHERE ch.sha256 <> newest.sha256), 0)`;
