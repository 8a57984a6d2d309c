/**
 * What a local client can do to the browser host: nothing it sends may stop the process. Run
 * against `lobby serve` as a child process, over real sockets.
 */
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../e2e/harness';
import { useTempDir } from '../support/temp';

/** Sends raw bytes, then closes the socket without waiting for an answer. */
function sendAndHangUp(port: number, bytes: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.write(bytes, () => {
        socket.destroy();
        resolve();
      });
    });
    socket.on('error', () => resolve());
  });
}

describe('browser host under abuse', () => {
  const dir = useTempDir();
  let host: RunningHost;
  beforeAll(async () => {
    host = await startHost(path.join(dir(), 'lobby.sqlite'), ['--no-pcsc']);
  });
  afterAll(() => host.stop());

  const call = async (name: string) => {
    const response = await fetch(new URL(`api/${name}`, host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '[]',
    });
    return (await response.json()) as { ok: boolean };
  };

  it('keeps serving after requests whose bodies are cut off', async () => {
    const url = new URL(host.url);
    const port = Number(url.port);
    const head = (length: number) =>
      `POST ${url.pathname}api/uploadChunk HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
    for (let i = 0; i < 5; i += 1) {
      await sendAndHangUp(port, `${head(100_000)}[`);
      await sendAndHangUp(port, head(10));
      await sendAndHangUp(port, 'GARBAGE / HTTP/9\r\n\r\n');
    }
    // Give the host a moment to notice the closed sockets, then it must still answer.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.process.exitCode).toBeNull();
    expect(await call('getAppInfo')).toMatchObject({ ok: true });
  });
});
