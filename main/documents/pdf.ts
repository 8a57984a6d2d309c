/**
 * PDF documents the desk prints: in DejaVu Sans, embedded, so a visitor's name prints as typed
 * (ë, ç, ş, Greek, Cyrillic, Arabic letters) and not as the boxes of PDF's built-in fonts.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { isBundled } from '../runtime/bundle';

/** A file of an installed package (from a bundle, its own require; from source, this file's). */
const packageFile = (spec: string) =>
  isBundled() ? require.resolve(spec) : createRequire(import.meta.url).resolve(spec);

export type Pdf = PDFKit.PDFDocument;

/** A document's sentence with its `{name}`s filled in (a missing one becomes empty). */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export function makePdf(
  opts: { title: string; createdAt: Date; size?: [number, number] | 'A4'; margin?: number },
  draw: (doc: Pdf) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: opts.size ?? 'A4',
    margin: opts.margin ?? 50,
    info: { Title: opts.title, CreationDate: opts.createdAt },
  });
  doc.registerFont('regular', packageFile('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.registerFont('bold', packageFile('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}
