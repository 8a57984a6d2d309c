/**
 * What travels between a kiosk and the central store, table by table, parents before children:
 * the registers, reception and the trails. Each row is known everywhere by its global key: the
 * kiosk that made it and its id there (`desk-a:17`). The building's exports and the access review
 * stay on the kiosk that imported them.
 */
export interface TravellingTable {
  table: string;
  /** Columns that refer to another travelling table's row: sent as that row's global key. */
  refs: Record<string, string>;
  /** A natural key: a row made at two kiosks with the same value is one row (the staff list's number). */
  natural?: string;
  /**
   * A key that names the row everywhere by itself (a tag's UID, a setting's name): its global
   * key is `<table>:<value>` instead of the kiosk and id, so the store holds it once too.
   */
  keyColumn?: string;
  /** Only rows whose keyColumn is one of these travel (the site's settings, not this kiosk's). */
  only?: readonly string[];
  /** Fields merged by a rule other than "the later edit wins". */
  rules?: Record<string, 'min'>;
  /** Pushed to the central store but never applied at another kiosk (each kiosk's own trail). */
  pushOnly?: boolean;
}

/** The site's own settings; a kiosk's readers, folders, backups and language stay its own. */
export const siteWideSettings = [
  'site',
  'site.officeHours',
  'site.document',
  'reception',
  'privacy.retention',
  'notify.email',
  'notify.webhook',
  'notify.privacyOfficer',
  'notify.allowedHosts',
  'console.idleSeconds',
] as const;

export const travelling: readonly TravellingTable[] = [
  { table: 'settings', refs: {}, natural: 'key', keyColumn: 'key', only: siteWideSettings },
  { table: 'organisations', refs: {}, natural: 'name' },
  { table: 'people', refs: { organisation_id: 'organisations' }, natural: 'employee_id' },
  { table: 'operators', refs: { person_id: 'people' }, natural: 'name' },
  // Wrong PINs count at every kiosk (a lock-out holds everywhere), and so do short-term rights.
  { table: 'unlock_attempts', refs: { operator_id: 'operators' } },
  { table: 'role_grants', refs: { operator_id: 'operators' } },
  { table: 'tags', refs: {}, natural: 'uid', keyColumn: 'uid' },
  { table: 'tag_custody', refs: { tag_id: 'tags', person_id: 'people' } },
  {
    table: 'visits',
    refs: { host_person_id: 'people', badge_tag_id: 'tags' },
    natural: 'reference',
    // The same expected visitor signed in at two kiosks: one visit, the earliest sign-in.
    rules: { checked_in_at: 'min' },
  },
  { table: 'presence_taps', refs: { person_id: 'people' } },
  // Host notices: every desk sees them; only the kiosk that queued one sends it (notifications.ts).
  { table: 'notifications', refs: { visit_id: 'visits' } },
  { table: 'roll_calls', refs: {} },
  // Ticks from any kiosk: a roll call run from two kiosks at once merges them.
  { table: 'roll_call_entries', refs: { roll_call_id: 'roll_calls' } },
  { table: 'audit_log', refs: {}, pushOnly: true },
  { table: 'deletion_log', refs: {}, pushOnly: true },
];

export const travellingTable = new Map(travelling.map((t) => [t.table, t]));
