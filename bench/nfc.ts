/**
 * `npm run bench:nfc`: real taps through pcscd + vpcd into the kiosk's home screen in Chromium.
 * Prints, per tap, the pcscd share (tag inserted → UID known to the kiosk, bounded below by
 * pcscd's fixed 400 ms polling) and the application's own share (UID known → home screen shows
 * the holder), each as min/median/p95. Target: application p95 ≤ 100 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VirtualTag } from '../test/nfc/virtual-tag';
import { launchChromium, startHost } from '../test/e2e/harness';
import { startPcscRig } from '../test/nfc/pcsc-rig';
import { seedBadges } from '../test/support/seed';
import { formatMs, summarise } from './stats';

const taps = Number(process.env.TAPS ?? 60);
const targetP95Ms = 100;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-bench-nfc-'));
const dbFile = path.join(dir, 'lobby.sqlite');
const people = [
  {
    employeeId: 'E1003',
    firstName: 'Sanne',
    namePrefix: 'de',
    lastName: 'Groot',
    tagUid: '04A22B1A',
  },
  { employeeId: 'E1004', firstName: 'Pieter', lastName: 'Hofstede', tagUid: '041D11019BCF42' },
].map((p) => ({ ...p, organisation: 'Veldkamp & Noorderlicht B.V.' }));
seedBadges(dbFile, people);

const rig = await startPcscRig();
const host = await startHost(dbFile);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.addInitScript({ path: path.join(import.meta.dirname, 'tap-probe.js') });
  await page.goto(host.url);
  await page.getByText('Paslezer klaar').waitFor({ timeout: 10_000 });

  const tags = [
    new VirtualTag({ uid: '04A22B1A', kind: 'mifare-classic-1k' }),
    new VirtualTag({ uid: '041D11019BCF42', kind: 'ntag213' }),
  ];
  const detection: number[] = [];
  const application: number[] = [];
  for (let i = 0; i < taps; i += 1) {
    const tag = tags[i % tags.length]!;
    const insertedAt = Date.now();
    await tag.present(rig.port);
    const handle = await page.waitForFunction(
      (n: number) => (globalThis as unknown as { shownTaps: unknown[] }).shownTaps[n],
      i,
      { timeout: 5000, polling: 'raf' },
    );
    const { uid, at, shownAt } = (await handle.jsonValue()) as {
      uid: string;
      at: string;
      shownAt: number;
    };
    if (uid !== tag.uid.toString('hex').toUpperCase()) throw new Error(`tap ${i}: saw ${uid}`);
    detection.push(Date.parse(at) - insertedAt);
    application.push(shownAt - Date.parse(at));
    await tag.remove();
    await new Promise((resolve) => setTimeout(resolve, 450)); // let pcscd see the tag leave
  }

  const app = summarise(application);
  console.log(
    `NFC latency over ${taps} virtual taps (pcscd + vpcd, Chromium via the browser host)`,
  );
  console.log(`  pcscd detection  (insert → card): ${formatMs(summarise(detection))}`);
  console.log(`  application      (card → UI):     ${formatMs(app)}`);
  console.log(
    `  target application p95 ≤ ${targetP95Ms} ms: ${app.p95 <= targetP95Ms ? 'met' : 'NOT met'} ` +
      `(${app.p95.toFixed(1)} ms; the pcscd share is ${(summarise(detection).median / app.median).toFixed(0)}× the application's at the median)`,
  );
} finally {
  await browser.close();
  await host.stop();
  await rig.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
