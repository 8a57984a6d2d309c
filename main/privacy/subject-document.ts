/**
 * What Lobby holds about a person or a visitor, as a document they can read (GDPR art. 15): in
 * their language, in sentences and labelled lines, dates as dates, with the same data attached
 * as JSON for machines. Which tables there are comes from the export (the declaration of
 * personal data); the words for them and their columns are here.
 */
import type { Locale } from '../../vocabulary';
import { makePdf } from '../documents/pdf';

type Row = Record<string, unknown>;
type Words = Record<string, [nl: string, en: string]>;

const sections: Words = {
  person: ['Uw gegevens', 'Your details'],
  visit: ['Uw bezoek', 'Your visit'],
  badges: ['Uw passen', 'Your badges'],
  doorEvents: ['Deuren die uw pas opende of weigerde', 'Doors your badge opened or was refused'],
  tag_custody: ['Wie welke pas had', 'Who held which badge'],
  presence_taps: ['In- en uittikken', 'Tapping in and out'],
  visits: ['Bezoek dat u ontving', 'Visitors who came for you'],
  notifications: ['Berichten over het bezoek', 'Messages about the visit'],
  building_cardholders: [
    'In de kaarthouderlijsten van het gebouw',
    "In the building's cardholder lists",
  ],
  building_holders: ['Uw naam bij deurgebeurtenissen', 'Your name on door events'],
  findings: ['Bevindingen van de toegangscontrole', 'Findings of the access review'],
  incidents: ['Meldingen', 'Incidents'],
  operators: ['Toegang tot het beheerdeel', 'Access to the console'],
};

const fields: Words = {
  employee_id: ['personeelsnummer', 'employee number'],
  first_name: ['voornaam', 'first name'],
  name_prefix: ['tussenvoegsel', 'name prefix'],
  last_name: ['achternaam', 'last name'],
  full_name: ['naam', 'name'],
  name: ['naam', 'name'],
  email: ['e-mail', 'e-mail'],
  department: ['afdeling', 'department'],
  job_title: ['functie', 'job title'],
  start_date: ['in dienst', 'started'],
  end_date: ['uit dienst', 'left'],
  notes: ['opmerkingen', 'notes'],
  note: ['opmerking', 'note'],
  visitor_name: ['naam', 'name'],
  visitor_company: ['organisatie', 'organisation'],
  visitor_phone: ['telefoon', 'phone'],
  visit_date: ['datum', 'date'],
  checked_in_at: ['binnen', 'in'],
  checked_out_at: ['weg', 'out'],
  started_at: ['vanaf', 'from'],
  ended_at: ['tot', 'until'],
  end_reason: ['waarom het eindigde', 'why it ended'],
  uid: ['pasnummer', 'badge number'],
  label: ['naam van de pas', 'badge name'],
  status: ['status', 'status'],
  direction: ['richting', 'direction'],
  at: ['wanneer', 'when'],
  occurred_at: ['wanneer', 'when'],
  door_name: ['deur', 'door'],
  text: ['wat het systeem schreef', 'what the system wrote'],
  card_number: ['kaartnummer', 'card number'],
  access_levels: ['toegangsniveaus', 'access levels'],
  company: ['bedrijf', 'company'],
  kind: ['soort', 'kind'],
  detail: ['toelichting', 'details'],
  role: ['rol', 'role'],
  created_at: ['in Lobby sinds', 'in Lobby since'],
  recorded_by: ['vastgelegd door', 'recorded by'],
  bhv: ['BHV-team', 'BHV team'],
  purpose: ['doel', 'purpose'],
  expected_time: ['verwacht om', 'expected at'],
  picked_up_at: ['opgehaald', 'picked up'],
  badge_issued_at: ['pas uitgegeven', 'badge handed out'],
  badge_returned_at: ['pas terug', 'badge back'],
  privacy_accepted_at: ['privacyverklaring gelezen', 'privacy notice read'],
  closed_at: ['gesloten', 'closed'],
  close_reason: ['reden van sluiten', 'why it was closed'],
  channel: ['via', 'by'],
  sent_at: ['verstuurd', 'sent'],
};

/** Ids, hashes and bookkeeping a reader has no use for; they stay in the JSON. */
const internal =
  /(^id$|_id$|^pin$|hash|dedup_key|^card_uid$|^card_match$|created_by|updated_at|holder_kind|^source$|visitor_locale|attempts|next_attempt_at|last_error|^payload$|^recipient$)/;

export function subjectDocument(
  data: Record<string, unknown>,
  opts: { kind: 'person' | 'visit'; locale: Locale; controller: string; timezone: string },
): Promise<Buffer> {
  const nl = opts.locale === 'nl';
  const word = (words: Words, key: string) => words[key]?.[nl ? 0 : 1] ?? key.replace(/_/g, ' ');
  const at = new Date();
  const dateTime = new Intl.DateTimeFormat(nl ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: opts.timezone,
  });
  const date = new Intl.DateTimeFormat(nl ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: opts.timezone,
  });
  const show = (key: string, value: unknown): string | null => {
    if (value === null || value === undefined || value === '' || internal.test(key)) return null;
    // Epoch milliseconds (door events) and ISO moments read as dates on the site's clock.
    if (typeof value === 'number' && /(_at|^at)$/.test(key)) return dateTime.format(value);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value))
      return dateTime.format(new Date(value));
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      return date.format(new Date(`${value}T12:00:00Z`));
    if (key === 'bhv') return value ? (nl ? 'ja' : 'yes') : nl ? 'nee' : 'no';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const line = (row: Row) =>
    Object.entries(row)
      .map(([k, v]) => {
        const shown = show(k, v);
        return shown === null ? null : `${word(fields, k)}: ${shown}`;
      })
      .filter(Boolean)
      .join('; ');
  const title = nl ? `Uw gegevens bij ${opts.controller}` : `Your data held by ${opts.controller}`;
  const parts: [string, Row[]][] = [];
  const main = (opts.kind === 'person' ? data.person : data.visit) as Row | undefined;
  if (main) parts.push([opts.kind, [main]]);
  for (const key of ['badges', 'doorEvents'])
    if (Array.isArray(data[key])) parts.push([key, data[key] as Row[]]);
  for (const [table, rows] of Object.entries((data.records ?? {}) as Record<string, Row[]>))
    parts.push([table, rows]);
  return makePdf({ title, createdAt: at }, (doc) => {
    doc.font('bold').fontSize(18).text(title);
    doc
      .font('regular')
      .fontSize(10)
      .text(
        nl
          ? `Opgesteld op ${dateTime.format(at)}, op uw verzoek (AVG artikel 15). Dezelfde gegevens zitten als JSON-bestand in dit document, voor wie ze wil verwerken.`
          : `Drawn up on ${dateTime.format(at)}, at your request (GDPR article 15). The same data is attached to this document as a JSON file, for whoever wants to process it.`,
      );
    for (const [part, rows] of parts) {
      doc.moveDown(0.6).font('bold').fontSize(13).text(word(sections, part));
      doc.font('regular').fontSize(10);
      if (rows.length === 0) doc.text(nl ? 'Niets.' : 'Nothing.');
      for (const row of rows) doc.text(`•  ${line(row)}`);
    }
    // The machine-readable copy, inside the same file.
    (doc as unknown as { file(src: Buffer, o: object): void }).file(
      Buffer.from(JSON.stringify(data, null, 2)),
      { name: nl ? 'gegevens.json' : 'data.json', type: 'application/json' },
    );
  });
}
