/**
 * The entry for the register of processing activities (verwerkingsregister, GDPR art. 30),
 * written from the settings as they are now: what is asked of visitors, how hosts are told,
 * how long each kind of data is kept, who receives what, and the measures that protect it.
 */
import type { DataKind, DataSubject } from '../../db/personal-data';
import type { Locale } from '../../vocabulary';
import { makePdf } from '../documents/pdf';

export interface ProcessingFacts {
  /** Our own organisation (the site model's "own"): the controller, not the building. */
  controller: string;
  site: string;
  askPhone: boolean;
  staffPresence: boolean;
  badgeLabels: boolean;
  visitorDays: number;
  eventMonths: number;
  leaverMonths: number;
  incidentYears: number;
  emailServer: string | null;
  webhookHost: string | null;
  privacyContact: string | null;
  backupsScheduled: boolean;
  backupKeep: number | null;
  /** The kinds of personal data kept about each, from `db/personal-data.ts`. */
  kinds: Record<DataSubject, DataKind[]>;
}

const kindWords: Record<DataKind, [nl: string, en: string]> = {
  name: ['naam', 'name'],
  organisation: ['organisatie', 'organisation'],
  phone: ['telefoonnummer', 'phone number'],
  email: ['e-mail', 'e-mail'],
  employeeNumber: ['personeelsnummer', 'employee number'],
  jobTitle: ['functie', 'job title'],
  note: ['notities', 'notes'],
  evidence: ['bewijs bij bevindingen', 'evidence of findings'],
  message: ['berichten aan gastheren', 'messages to hosts'],
};

type Section = [title: string, lines: string[]];

function sections(f: ProcessingFacts, locale: Locale): Section[] {
  const nl = locale === 'nl';
  // The personal columns as declared, then what else is known of them (ids, times, links).
  const data = (subject: DataSubject, more: [nl: string, en: string]) =>
    [...f.kinds[subject].map((k) => kindWords[k][nl ? 0 : 1]), more[nl ? 0 : 1]].join(', ');
  const visitorData = data('visitor', [
    'gastheer of gastvrouw, doel, tijd van komen en gaan, bezoekerspas',
    'host, purpose, times in and out, visitor badge',
  ]);
  return [
    [
      nl ? 'Verwerkingsverantwoordelijke' : 'Controller',
      [
        f.controller,
        `${nl ? 'Locatie' : 'Location'}: ${f.site}`,
        f.privacyContact
          ? `Contact: ${f.privacyContact}`
          : nl
            ? 'Contact: nog niet ingesteld (Receptie → Instellingen → privacycontact); tot dan vragen bezoekers het bij de receptie.'
            : 'Contact: not set yet (Reception → Settings → privacy contact); until then visitors ask at reception.',
      ],
    ],
    [
      nl ? 'Doelen' : 'Purposes',
      [
        nl
          ? 'Registratie van bezoekers voor veiligheid en ontruiming (BHV).'
          : 'Registering visitors for safety and evacuation.',
        nl
          ? 'De gastheer of gastvrouw laten weten dat het bezoek er is.'
          : 'Telling hosts their visitor has arrived.',
        nl
          ? 'Beheer van toegangspassen en hun uitgifte.'
          : 'Managing access badges and who holds them.',
        nl
          ? 'Periodieke controle van de toegangsgegevens van het gebouw (beveiligingsbeleid).'
          : "Periodic review of the building's access data (security policy).",
        nl
          ? 'Het incidentenregister: beveiligingsincidenten en datalekken vastleggen, beoordelen en zo nodig melden bij de Autoriteit Persoonsgegevens (art. 33 AVG).'
          : 'The incident register: recording, assessing and where needed reporting security incidents and data breaches to the Autoriteit Persoonsgegevens (art. 33 GDPR).',
        ...(f.staffPresence
          ? [
              nl
                ? 'Aanwezigheid van medewerkers voor de ontruimingslijst.'
                : 'Staff presence for the evacuation list.',
            ]
          : []),
      ],
    ],
    [
      nl ? 'Betrokkenen en gegevens' : 'People and data',
      [
        `${nl ? 'Bezoekers' : 'Visitors'}: ${visitorData}.`,
        `${nl ? 'Medewerkers en partnermedewerkers' : 'Staff and partner staff'}: ${data('staff', [
          'afdeling, passen, verwacht toegangsprofiel, in- en uitdienst',
          'department, badges, expected access profile, start and end dates',
        ])}.`,
        `${nl ? 'Pashouders in de exports van het gebouw (ook van andere huurders)' : "Cardholders in the building's exports (other tenants too)"}: ${data(
          'cardholder',
          [
            'kaartnummer, toegangsniveaus, deurgebeurtenissen',
            'card number, access levels, door events',
          ],
        )}.`,
        `${nl ? 'Operators van de console' : 'Console operators'}: ${data('operator', [
          'rol, wat zij deden (auditlog)',
          'role, what they did (audit trail)',
        ])}.`,
      ],
    ],
    [
      nl ? 'Bewaartermijnen' : 'Retention',
      [
        nl
          ? `Bezoekersgegevens: ${f.visitorDays} dagen; daarna blijft het bezoek als telling zonder naam.`
          : `Visitor details: ${f.visitorDays} days; then the visit stays as a count without the name.`,
        nl
          ? `Deurgebeurtenissen, oude pashouderlijsten en afgehandelde bevindingen: ${f.eventMonths} maanden.`
          : `Door events, old cardholder lists and worked-off findings: ${f.eventMonths} months.`,
        nl
          ? `Gegevens van vertrokken medewerkers: ${f.leaverMonths} maanden na de uitdienstdatum.`
          : `Leavers' details: ${f.leaverMonths} months after their end date.`,
        nl
          ? `Incidentenregister: gesloten incidenten ${f.incidentYears} jaar; bij het sluiten worden namen van melders en beoordelaars vervangen door hun rol.`
          : `Incident register: closed incidents ${f.incidentYears} years; on closing, the names of reporters and assessors are replaced by their role.`,
        nl
          ? 'Wat is verwijderd staat per categorie en aantal in het verwijderlogboek.'
          : 'What was removed is in the deletion log by category and count.',
      ],
    ],
    [
      nl ? 'Ontvangers' : 'Recipients',
      [
        f.emailServer
          ? nl
            ? `Gastheren en gastvrouwen, per e-mail via ${f.emailServer}.`
            : `Hosts, by e-mail through ${f.emailServer}.`
          : nl
            ? 'Geen e-mail aan gastheren ingesteld.'
            : 'No e-mail to hosts is set up.',
        f.webhookHost
          ? nl
            ? `Een webhook bij ${f.webhookHost} (ga na waar deze dienst de gegevens verwerkt).`
            : `A webhook at ${f.webhookHost} (check where this service processes the data).`
          : nl
            ? 'Geen webhook ingesteld.'
            : 'No webhook is set up.',
        nl
          ? 'De gebouwbeheerder: verzoeken per kaartnummer uit de toegangscontrole, zonder overige persoonsgegevens.'
          : 'The building manager: requests per card number from the access review, without other personal data.',
      ],
    ],
    [
      nl ? 'Doorgifte buiten de EU' : 'Transfers outside the EU',
      [
        nl
          ? 'Lobby bewaart alles op deze kiosk en stuurt zelf niets buiten de EU.'
          : 'Lobby keeps everything on this kiosk and sends nothing outside the EU itself.',
        ...(f.emailServer || f.webhookHost
          ? [
              nl
                ? `Berichten aan gastheren gaan via ${[f.emailServer, f.webhookHost].filter(Boolean).join(' en ')}: ga na waar die dienst verwerkt; buiten de EU is een grondslag voor doorgifte nodig (AVG hoofdstuk V).`
                : `Notices to hosts go through ${[f.emailServer, f.webhookHost].filter(Boolean).join(' and ')}: check where that service processes data; outside the EU a transfer needs a basis (GDPR chapter V).`,
            ]
          : []),
      ],
    ],
    [
      nl ? 'Beveiligingsmaatregelen' : 'Security measures',
      [
        nl
          ? 'Kioskmodus; het beheerdeel achter een pincode met blokkering na foute pogingen en automatische vergrendeling.'
          : 'Kiosk mode; the console behind a PIN with lock-out after wrong tries and automatic locking.',
        nl
          ? 'Een auditlog van inzage, export en wijziging, alleen aan te vullen en met een hashketen gecontroleerd.'
          : 'An audit trail of viewing, exporting and changing, append-only and checked by a hash chain.',
        nl
          ? 'Database en map alleen leesbaar voor de kioskgebruiker; verwijderde gegevens worden overschreven.'
          : 'Database and folder readable by the kiosk user only; deleted data is overwritten.',
        f.backupsScheduled
          ? nl
            ? `Versleutelde back-ups (AES-256-GCM), sleutel bij de privacy officer, laatste ${f.backupKeep} versies bewaard.`
            : `Encrypted backups (AES-256-GCM), key with the privacy officer, last ${f.backupKeep} versions kept.`
          : nl
            ? 'Back-ups: nog geen schema ingesteld.'
            : 'Backups: no schedule set yet.',
        nl
          ? 'Aan bezoekers wordt alleen gevraagd wat nodig is; geen foto of kopie van een identiteitsbewijs.'
          : 'Visitors are asked only what is needed; no photo or copy of an ID.',
      ],
    ],
  ];
}

export function processingRecordMarkdown(f: ProcessingFacts, locale: Locale, at: Date): string {
  const title =
    locale === 'nl'
      ? 'Verwerkingsregister: Lobby (receptie en toegang)'
      : 'Record of processing: Lobby (reception and access)';
  const lines = [`# ${title}`, '', `${f.controller} · ${at.toISOString().slice(0, 10)}`, ''];
  for (const [heading, items] of sections(f, locale)) {
    lines.push(`## ${heading}`, '', ...items.map((i) => `- ${i}`), '');
  }
  return lines.join('\n');
}

export function processingRecordPdf(f: ProcessingFacts, locale: Locale, at: Date): Promise<Buffer> {
  const title = locale === 'nl' ? 'Verwerkingsregister' : 'Record of processing';
  return makePdf({ title, createdAt: at }, (doc) => {
    doc.font('bold').fontSize(18).text(`${title}: Lobby`);
    doc
      .font('regular')
      .fontSize(10)
      .text(`${f.controller} · ${at.toISOString().slice(0, 10)}`);
    for (const [heading, items] of sections(f, locale)) {
      doc.moveDown(0.6).font('bold').fontSize(13).text(heading).font('regular').fontSize(11);
      for (const item of items) doc.text(`•  ${item}`);
    }
  });
}
