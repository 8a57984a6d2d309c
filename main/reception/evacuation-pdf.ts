/** The evacuation (BHV) list and a roll call's after-report, as PDF, in NL or EN. */
import { presenceGroupOf, presenceGroups, type Locale } from '../../vocabulary';
import { utcToLocal } from '../tables/local-time';
import type { Presence, RollCall } from './calls';
import { fill, makePdf, type Pdf } from '../documents/pdf';

interface Meta {
  site: string;
  timezone: string;
}

const words = {
  nl: {
    title: 'Ontruimingslijst (BHV)',
    at: 'Aanwezig volgens de kiosk op {at}',
    visitors: 'Bezoekers',
    contractors: 'Aannemers',
    deliveries: 'Leveranciers en bezorgers',
    staff: 'Medewerkers (ingetikt bij de kiosk)',
    noStaff: 'Medewerkers tikken niet in bij deze kiosk: controleer hen apart.',
    none: 'Niemand.',
    host: 'gastheer/-vrouw',
    badge: 'pas',
    since: 'sinds',
    total: 'Totaal: {count}',
    rollTitle: 'Appel na ontruiming: verslag',
    drill: 'Oefening',
    evacuation: 'Ontruiming',
    started: 'Begonnen {at} door {by}',
    ended: 'Beëindigd {at}',
    open: 'Nog niet beëindigd',
    accounted: 'Gezien: {count} van {total}',
    missing: 'Niet gezien',
    seen: 'Gezien',
    kioskHere: '{name} (deze kiosk): actueel',
    kioskFresh: '{name}: bijgewerkt tot {at}',
    kioskStale: '{name}: laatst bekend {at}, mogelijk niet actueel',
    kioskNever: '{name}: nog niets bekend, mogelijk niet actueel',
    notCurrent: 'Niet elk deel is actueel: controleer die kiosken apart.',
    kiosk: 'kiosk',
  },
  en: {
    title: 'Evacuation list',
    at: 'In the building by the kiosk’s records at {at}',
    visitors: 'Visitors',
    contractors: 'Contractors',
    deliveries: 'Suppliers and deliveries',
    staff: 'Staff (tapped in at the kiosk)',
    noStaff: 'Staff do not tap in at this kiosk: account for them separately.',
    none: 'Nobody.',
    host: 'host',
    badge: 'badge',
    since: 'since',
    total: 'Total: {count}',
    rollTitle: 'Roll call after-report',
    drill: 'Drill',
    evacuation: 'Evacuation',
    started: 'Started {at} by {by}',
    ended: 'Ended {at}',
    open: 'Not ended yet',
    accounted: 'Accounted for: {count} of {total}',
    missing: 'Not accounted for',
    seen: 'Accounted for',
    kioskHere: '{name} (this kiosk): current',
    kioskFresh: '{name}: up to {at}',
    kioskStale: '{name}: last known {at}, may not be current',
    kioskNever: '{name}: nothing known yet, may not be current',
    notCurrent: 'Not every part is current: check those kiosks separately.',
    kiosk: 'kiosk',
  },
} as const;

const local = (iso: string, tz: string) => {
  const l = utcToLocal(iso, tz);
  return `${l.date} ${l.time.slice(0, 5)}`;
};

function heading(doc: Pdf, text: string) {
  doc.moveDown(0.6).font('bold').fontSize(13).text(text).font('regular').fontSize(11);
}

type Words = (typeof words)[Locale];

/** With a central store: each kiosk's part and how fresh it is, and a warning when one is not. */
function kioskLines(doc: Pdf, list: Presence, meta: Meta, w: Words) {
  if (!list.kiosks) return;
  doc.moveDown(0.3).fontSize(10);
  for (const k of list.kiosks) {
    const at = k.freshAsOf ? local(k.freshAsOf, meta.timezone) : '';
    const line = k.here
      ? w.kioskHere
      : k.freshAsOf === null
        ? w.kioskNever
        : k.stale
          ? w.kioskStale
          : w.kioskFresh;
    doc.text(fill(line, { name: k.name, at }));
  }
  if (list.kiosks.some((k) => k.stale)) doc.font('bold').text(w.notCurrent).font('regular');
  doc.fontSize(11);
}

export function evacuationPdf(list: Presence, meta: Meta, locale: Locale): Promise<Buffer> {
  const w = words[locale];
  return makePdf({ title: w.title, createdAt: new Date(list.at) }, (doc) => {
    doc.font('bold').fontSize(18).text(`${meta.site}: ${w.title}`);
    doc
      .font('regular')
      .fontSize(11)
      .text(fill(w.at, { at: local(list.at, meta.timezone) }));
    kioskLines(doc, list, meta, w);
    for (const group of presenceGroups) {
      const title = w[group];
      const people = list.visitors.filter((v) => presenceGroupOf(v.purpose) === group);
      heading(doc, `${title} (${people.length})`);
      if (people.length === 0) doc.text(w.none);
      for (const v of people) {
        const detail = [
          v.company,
          v.host && `${w.host}: ${v.host}`,
          v.badgeLabel && `${w.badge} ${v.badgeLabel}`,
          list.kiosks && v.kiosk && `${w.kiosk} ${v.kiosk}`,
          `${w.since} ${local(v.since, meta.timezone).slice(11)}`,
        ].filter(Boolean);
        doc.text(`☐  ${v.name}`, { continued: false });
        doc
          .fontSize(9)
          .fillColor('#444444')
          .text(`     ${detail.join(' · ')}`)
          .fillColor('#000000')
          .fontSize(11);
      }
    }
    heading(doc, list.staffPresence ? `${w.staff} (${list.staff.length})` : w.staff);
    if (!list.staffPresence) doc.text(w.noStaff);
    else if (list.staff.length === 0) doc.text(w.none);
    for (const s of list.staff) {
      doc.text(`☐  ${s.name}${s.department ? ` · ${s.department}` : ''}`);
    }
    doc
      .moveDown()
      .font('bold')
      .text(fill(w.total, { count: list.visitors.length + list.staff.length }));
  });
}

export function rollCallPdf(call: RollCall, meta: Meta, locale: Locale): Promise<Buffer> {
  const w = words[locale];
  const seen = call.entries.filter((e) => e.accountedAt);
  const missing = call.entries.filter((e) => !e.accountedAt);
  return makePdf(
    { title: w.rollTitle, createdAt: new Date(call.endedAt ?? call.startedAt) },
    (doc) => {
      doc.font('bold').fontSize(18).text(`${meta.site}: ${w.rollTitle}`);
      doc.font('regular').fontSize(11);
      doc.text(call.reason === 'drill' ? w.drill : w.evacuation);
      doc.text(fill(w.started, { at: local(call.startedAt, meta.timezone), by: call.startedBy }));
      doc.text(call.endedAt ? fill(w.ended, { at: local(call.endedAt, meta.timezone) }) : w.open);
      doc
        .moveDown()
        .font('bold')
        .text(fill(w.accounted, { count: seen.length, total: call.entries.length }));
      heading(doc, `${w.missing} (${missing.length})`);
      if (missing.length === 0) doc.text(w.none);
      for (const e of missing) doc.text(`•  ${e.name}${e.detail ? ` · ${e.detail}` : ''}`);
      heading(doc, `${w.seen} (${seen.length})`);
      for (const e of seen)
        doc.text(`✓  ${e.name} · ${local(e.accountedAt!, meta.timezone).slice(11)}`);
    },
  );
}
