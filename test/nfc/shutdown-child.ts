// A kiosk-like process for the shutdown test: readers on, a tag on the reader, then SIGTERM.
import { NFC } from 'nfc-pcsc';
import { pcscDaemonAvailable } from '../../hardware/pcsc/daemon-probe';
import { createPcscReaders } from '../../hardware/pcsc/pcsc-readers';

const service = createPcscReaders({
  createNfc: () => new NFC(),
  daemonAvailable: () => pcscDaemonAvailable(),
  readNdef: true,
  log: (message, err) =>
    process.stderr.write(
      `${message}: ${String(err)} ${String((err as { previous?: unknown } | undefined)?.previous ?? '')}\n`,
    ),
});
service.on('status', (s) => process.stdout.write(`${s.state} ${s.readers.length}\n`));
service.on('tag', (t) => process.stdout.write(`tag ${t.uid}\n`));
process.once('SIGTERM', () => {
  void service.stop().then(() => process.exit(0));
});
await service.start();
