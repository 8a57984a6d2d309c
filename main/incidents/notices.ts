/**
 * What the privacy officer's mailbox receives about the register: each report or proposal at
 * once, and for a reportable breach the reminders at 24, 48 and 64 hours. Only what is needed to
 * act (what it is, since when, the deadline); the details stay in the console. E-mail only: the
 * webhook is the hosts' channel (a Teams or Slack room), no place for a possible breach.
 */
import type { IncidentNoticeKind, IncidentRow } from '../../db/repos/incidents';
import type { Locale } from '../../vocabulary';
import { reportBy } from './clock';

/** What Lobby saw, in words, for each source. */
export const sourceWords: Record<Locale, Record<IncidentRow['source'], string>> = {
  nl: {
    report: 'gemeld door een medewerker',
    tag_lost: 'pas als verloren gemeld',
    tag_not_returned: 'pas niet ingeleverd',
    finding: 'ernstige bevinding van de toegangscontrole',
    audit_chain: 'het auditlog klopt niet meer',
    pin_burst: 'veel foute pincodes achter elkaar',
    backup_overdue: 'back-up te laat',
    backup_restored: 'back-up teruggezet',
  },
  en: {
    report: 'reported by a colleague',
    tag_lost: 'badge reported lost',
    tag_not_returned: 'badge not handed in',
    finding: 'high finding of the access review',
    audit_chain: 'the audit trail no longer checks out',
    pin_burst: 'a burst of wrong PINs',
    backup_overdue: 'backup overdue',
    backup_restored: 'backup restored',
  },
};

export function incidentNotice(
  kind: IncidentNoticeKind,
  incident: IncidentRow,
  ctx: { site: string; locale: Locale },
): { subject: string; text: string } {
  const nl = ctx.locale === 'nl';
  const what = incident.title ?? sourceWords[ctx.locale][incident.source];
  const head = nl
    ? `Incident ${incident.id} bij ${ctx.site}: ${what}`
    : `Incident ${incident.id} at ${ctx.site}: ${what}`;
  if (kind === 'reported') {
    const lines = nl
      ? [
          `${incident.origin === 'lobby' ? 'Lobby stelt een incident voor' : 'Er is een incident gemeld'} (${sourceWords.nl[incident.source]}).`,
          `Bekend sinds: ${incident.awareAt}.`,
          'Open het incidentenregister in de console om het te beoordelen en in te delen.',
        ]
      : [
          `${incident.origin === 'lobby' ? 'Lobby proposes an incident' : 'An incident was reported'} (${sourceWords.en[incident.source]}).`,
          `Known since: ${incident.awareAt}.`,
          'Open the incident register in the console to assess and classify it.',
        ];
    return { subject: `Lobby: ${head}`, text: lines.join('\n') };
  }
  const hours = kind.replace('reminder', '');
  const due = reportBy(incident.awareAt);
  const lines = nl
    ? [
        `Dit datalek moet gemeld worden bij de Autoriteit Persoonsgegevens en is nog niet gemeld.`,
        `Bekend sinds ${incident.awareAt}: ${hours} uur geleden. Uiterlijk melden: ${due}.`,
        'Leg de melding (tijdstip en kenmerk) vast in de console; dan stopt de klok.',
      ]
    : [
        `This data breach must be reported to the Autoriteit Persoonsgegevens and has not been yet.`,
        `Known since ${incident.awareAt}: ${hours} hours ago. Report by: ${due}.`,
        'Record the report (time and reference) in the console; that stops the clock.',
      ];
  return {
    subject: nl
      ? `Lobby: nog ${72 - Number(hours)} uur om te melden: ${head}`
      : `Lobby: ${72 - Number(hours)} hours left to report: ${head}`,
    text: lines.join('\n'),
  };
}
