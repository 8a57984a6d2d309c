/** A visitor badge label (62 × 100 mm, as label printers take it): name, company, host, date. */
import type { Locale } from '../../vocabulary';
import type { Visit } from './calls';
import { makePdf } from '../documents/pdf';

const mm = (n: number) => (n * 72) / 25.4;
const words = {
  nl: { visitor: 'BEZOEKER', host: 'Gastheer/-vrouw', escort: 'Altijd onder begeleiding' },
  en: { visitor: 'VISITOR', host: 'Host', escort: 'Always escorted' },
} as const;

export function badgeLabelPdf(visit: Visit, siteName: string, locale: Locale, createdAt: Date) {
  const w = words[locale];
  return makePdf(
    {
      title: `${w.visitor} ${visit.visitorName}`,
      createdAt,
      size: [mm(100), mm(62)],
      margin: mm(5),
    },
    (doc) => {
      const width = mm(90);
      doc.font('bold').fontSize(10).fillColor('#b00020').text(w.visitor, { width });
      doc
        .fillColor('#000000')
        .fontSize(20)
        .text(visit.visitorName, { width, height: mm(18), ellipsis: true });
      doc.font('regular').fontSize(11);
      if (visit.visitorCompany)
        doc.text(visit.visitorCompany, { width, ellipsis: true, height: mm(6) });
      if (visit.host)
        doc.text(`${w.host}: ${visit.host.name}`, { width, ellipsis: true, height: mm(6) });
      doc.fontSize(9).text(`${siteName} · ${visit.visitDate}`, { width });
      doc.text(w.escort, { width });
    },
  );
}
