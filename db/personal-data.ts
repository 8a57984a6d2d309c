/**
 * Personal data, declared once: for every table, which text columns hold personal data, of whom,
 * how long they are kept, and what each becomes when its person's data is removed. The purge
 * (`repos/retention.ts`), a visitor's erasure (`repos/subject-data.ts`) and the record of
 * processing read their columns from here; `personal-data.test.ts` fails when a text column of
 * any table is in neither list, so a new field cannot be forgotten by the purge.
 */

/** Whose data a table holds. */
export type DataSubject = 'visitor' | 'staff' | 'cardholder' | 'operator';

/** What a personal column holds, as the record of processing names it. */
export type DataKind =
  | 'name'
  | 'organisation'
  | 'phone'
  | 'email'
  | 'employeeNumber'
  | 'jobTitle'
  | 'note'
  | 'evidence'
  | 'message';

/**
 * How long: one of the retention periods (`main/privacy/retention.ts`), or `kept` while the
 * record it belongs to is needed (an operator, the audit trail, an incident).
 */
export type Period = 'visitorDays' | 'eventMonths' | 'leaverMonths' | 'kept';

export interface PersonalColumn {
  kind: DataKind;
  /** The SQL value it becomes when removed: `''` for NOT NULL columns, else `NULL`. */
  blank: "''" | 'NULL';
  /** Asked only when a reception setting is on (the record says so). */
  askedWhen?: 'askPhone';
  /** Someone else's data in the row (a host's address on a visit's notice). */
  of?: DataSubject;
}

export interface TableDeclaration {
  subject: DataSubject;
  period: Period;
  /** `anonymise`: the row stays, its personal columns blanked; `delete`: the row goes. */
  removal: 'anonymise' | 'delete' | 'kept';
  personal: Record<string, PersonalColumn>;
  /** The table's other text columns: no personal data, or ids that go with the row. */
  other: readonly string[];
  /**
   * How a data-subject request finds a subject's rows here (an SQL expression on the row): by
   * the person's id, their employee number, or the visit. Tables with a link are exported.
   */
  link?: { person?: string; employee?: string; visit?: string };
}

const text = (kind: DataKind, more: Partial<PersonalColumn> = {}): PersonalColumn => ({
  kind,
  blank: 'NULL',
  ...more,
});
const required = (kind: DataKind): PersonalColumn => ({ kind, blank: "''" });

export const personalData = {
  visits: {
    subject: 'visitor',
    link: { person: 'host_person_id', visit: 'id' },
    period: 'visitorDays',
    removal: 'anonymise',
    personal: {
      visitor_name: required('name'),
      visitor_company: text('organisation'),
      visitor_phone: text('phone', { askedWhen: 'askPhone' }),
      close_reason: text('note'),
    },
    other: [
      'reference',
      'visit_date',
      'checked_in_at',
      'checked_out_at',
      'badge_returned_at',
      'source',
      'created_at',
      'purpose',
      'expected_time',
      'visitor_locale',
      'privacy_accepted_at',
      'picked_up_at',
      'badge_issued_at',
      'closed_at',
    ],
  },
  roll_call_entries: {
    subject: 'visitor',
    period: 'visitorDays',
    removal: 'anonymise',
    personal: { name: required('name'), detail: text('note') },
    other: ['entry_key', 'kind', 'accounted_at'],
  },
  notifications: {
    subject: 'visitor',
    link: { visit: 'visit_id' },
    period: 'visitorDays',
    removal: 'delete',
    personal: {
      recipient: text('email', { of: 'staff' }),
      payload: text('message'),
      last_error: text('message'),
    },
    other: ['kind', 'channel', 'status', 'next_attempt_at', 'created_at', 'sent_at'],
  },
  presence_taps: {
    subject: 'staff',
    link: { person: 'person_id' },
    period: 'visitorDays',
    removal: 'delete',
    personal: {},
    other: ['direction', 'at', 'day'],
  },
  people: {
    subject: 'staff',
    period: 'leaverMonths',
    removal: 'anonymise',
    personal: {
      first_name: required('name'),
      name_prefix: required('name'),
      last_name: required('name'),
      employee_id: text('employeeNumber'),
      email: text('email'),
      job_title: text('jobTitle'),
      notes: text('note'),
    },
    other: ['department', 'start_date', 'end_date', 'profile_id', 'created_at', 'updated_at'],
  },
  building_cardholders: {
    subject: 'cardholder',
    link: { employee: 'employee_id' },
    period: 'eventMonths',
    removal: 'anonymise',
    personal: {
      full_name: text('name'),
      first_name: text('name'),
      name_prefix: text('name'),
      last_name: text('name'),
      note: text('note'),
      employee_id: text('employeeNumber'),
    },
    // The building's own ids and the card: pseudonymous, gone with the list after its period.
    other: [
      'user_id',
      'company',
      'department',
      'card_number',
      'card_uid',
      'card_match',
      'card_type',
      'status',
      'status_text',
      'blocked_since',
      'valid_from',
      'valid_to',
      'access_levels',
      'dedup_key',
    ],
  },
  building_holders: {
    subject: 'cardholder',
    link: { employee: 'employee_id' },
    period: 'eventMonths',
    removal: 'delete',
    personal: {
      name: text('name'),
      employee_id: text('employeeNumber'),
      company: text('organisation'),
    },
    other: [],
  },
  findings: {
    subject: 'cardholder',
    link: { employee: "json_extract(detail, '$.employeeId')" },
    period: 'eventMonths',
    removal: 'delete',
    personal: { detail: text('evidence'), status_note: text('note') },
    other: [
      'finding_key',
      'kind',
      'severity',
      'status',
      'status_at',
      'status_by',
      'accepted_until',
    ],
  },
  incidents: {
    subject: 'staff',
    link: { person: 'person_id', visit: 'visit_id' },
    period: 'kept',
    removal: 'kept',
    personal: {
      title: text('note'),
      what: text('note'),
      affected: text('note'),
      reported_by: required('name'),
      evidence: text('evidence'),
      decision_reason: text('note'),
      decided_by: text('name'),
      classification_reason: text('note'),
      breach: text('evidence'),
      classified_by: text('name'),
      delay_reason: text('note'),
      closed_by: text('name'),
    },
    other: [
      'origin',
      'source',
      'status',
      'occurred_at',
      'aware_at',
      'created_at',
      'proposal_key',
      'decided_at',
      'classification',
      'classified_at',
      'reported_at',
      'report_reference',
      'building_notified_at',
      'closed_at',
    ],
  },
  officer_notices: {
    subject: 'operator',
    period: 'kept',
    removal: 'kept',
    personal: {
      recipient: text('email'),
      payload: text('message'),
      last_error: text('message'),
    },
    other: ['about', 'kind', 'channel', 'status', 'next_attempt_at', 'created_at', 'sent_at'],
  },
  role_grants: {
    subject: 'operator',
    period: 'kept',
    removal: 'kept',
    personal: { reason: required('note'), given_by: required('name'), ended_by: text('name') },
    other: ['role', 'kind', 'starts_at', 'until', 'ended_at'],
  },
  tag_custody: {
    subject: 'staff',
    link: { person: 'person_id' },
    period: 'kept',
    removal: 'kept',
    personal: { note: text('note'), recorded_by: text('name') },
    other: ['holder_kind', 'started_at', 'ended_at', 'end_reason'],
  },
  tags: {
    subject: 'staff',
    period: 'kept',
    removal: 'kept',
    personal: { notes: text('note') },
    other: ['uid', 'tag_type', 'pool', 'label', 'status', 'status_since', 'enrolled_at'],
  },
  operators: {
    subject: 'operator',
    link: { person: 'person_id' },
    period: 'kept',
    removal: 'kept',
    personal: { name: required('name') },
    other: ['role', 'pin', 'created_at', 'created_by', 'disabled_at'],
  },
  audit_log: {
    subject: 'operator',
    period: 'kept',
    removal: 'kept',
    personal: { actor: required('name'), detail: text('evidence') },
    other: ['at', 'action', 'subject', 'screen', 'prev_hash', 'hash'],
  },
  roll_calls: {
    subject: 'operator',
    period: 'kept',
    removal: 'kept',
    personal: { started_by: required('name'), ended_by: text('name'), reason: text('note') },
    other: ['started_at', 'ended_at'],
  },
  reconcile_runs: {
    subject: 'operator',
    period: 'kept',
    removal: 'kept',
    personal: { run_by: required('name') },
    other: ['ran_at', 'as_of', 'counts'],
  },
  central_pending: {
    subject: 'visitor',
    period: 'visitorDays',
    removal: 'delete',
    personal: { change: required('evidence') },
    other: ['reason', 'received_at'],
  },
  building_imports: {
    subject: 'operator',
    period: 'kept',
    removal: 'kept',
    personal: { imported_by: required('name') },
    other: ['file_name', 'sha256', 'source', 'kind', 'detected', 'imported_at', 'card_rule'],
  },
} as const satisfies Record<string, TableDeclaration>;

export type PersonalTable = keyof typeof personalData;

/** Tables with no personal data in any column: the site model, dictionaries, the machinery. */
export const withoutPersonalData = [
  'audit_head',
  'building_access_points',
  'building_card_matches',
  'building_cards',
  'building_event_texts',
  'building_events',
  'building_level_grant_zones',
  'building_level_grants',
  'building_levels',
  'central_conflicts',
  'central_kiosks',
  'central_outbox',
  'central_rows',
  'central_state',
  'deletion_log',
  'door_names',
  'doors',
  'event_text_rules',
  'organisation_aliases',
  'organisations',
  'profile_rule_zones',
  'profile_rules',
  'profiles',
  'schedule_windows',
  'schedules',
  'settings',
  'unlock_attempts',
  'zones',
] as const;

const declared = (table: PersonalTable): TableDeclaration => personalData[table];

/** `col = blank, …`: what removing a table's personal data writes (column names from above). */
export function blankAssignments(table: PersonalTable): string {
  return Object.entries(declared(table).personal)
    .map(([column, c]) => `${column} = ${c.blank}`)
    .join(', ');
}

/** True for a row that still holds some personal data, so a purge counts only what it changed. */
export function holdsPersonalData(table: PersonalTable, alias = ''): string {
  const prefix = alias ? `${alias}.` : '';
  return Object.entries(declared(table).personal)
    .map(([column, c]) =>
      c.blank === "''" ? `${prefix}${column} <> ''` : `${prefix}${column} IS NOT NULL`,
    )
    .join(' OR ');
}

/** The kinds of personal data kept about a subject, for the record of processing. */
export function kindsOf(subject: DataSubject, asked: { askPhone: boolean }): DataKind[] {
  const kinds = new Set<DataKind>();
  for (const table of Object.values(personalData) as TableDeclaration[]) {
    for (const c of Object.values(table.personal) as PersonalColumn[])
      if ((c.of ?? table.subject) === subject && (!c.askedWhen || asked[c.askedWhen]))
        kinds.add(c.kind);
  }
  return [...kinds];
}

/** Never part of an export, though in a linked table: a PIN's hash. */
const neverExported = new Set(['pin']);

/**
 * The SELECT of a subject's rows in every linked table, by `by` (person id, employee number or
 * visit id): every declared column, so a column declared is a column exported.
 */
export function subjectQueries(by: 'person' | 'employee' | 'visit'): [PersonalTable, string][] {
  return (Object.entries(personalData) as [PersonalTable, TableDeclaration][]).flatMap(
    ([table, d]) => {
      const link = d.link?.[by];
      if (!link) return [];
      const columns = [...Object.keys(d.personal), ...d.other].filter((c) => !neverExported.has(c));
      return [[table, `SELECT ${columns.join(', ')} FROM ${table} WHERE ${link} = ?`]];
    },
  );
}
