/**
 * What a local client can do to the browser host: nothing it sends may stop the process. Run
 * against `lobby serve` as a child process, over real sockets.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, startHost, type RunningHost } from '../e2e/harness';
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
  // One host for the file, so its own folder for the file (useTempDir's is per test).
  let dir = '';
  let host: RunningHost;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-abuse-'));
    host = await startHost(path.join(dir, 'lobby.sqlite'), ['--no-pcsc']);
  });
  afterAll(async () => {
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

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

describe('browser host with a kiosk browser of its own', () => {
  const dir = useTempDir();

  it('keeps the secret off the command line and out of its output', async () => {
    // A stand-in Chromium on PATH that writes down its arguments and stays open.
    const bin = path.join(dir(), 'bin');
    fs.mkdirSync(bin);
    const argsFile = path.join(dir(), 'args.json');
    fs.writeFileSync(
      path.join(bin, 'chromium'),
      `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(argsFile)}, JSON.stringify(process.argv.slice(2)));\nsetInterval(() => {}, 1000);\n`,
      { mode: 0o755 },
    );
    const child = spawn(
      process.execPath,
      ['bin/lobby.js', '--db', path.join(dir(), 'k.sqlite'), 'serve', '--no-pcsc', '--open'],
      {
        cwd: projectRoot,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, DISPLAY: ':99' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (output += t));
    try {
      await expect.poll(() => fs.existsSync(argsFile), { timeout: 20_000 }).toBe(true);
      const args = JSON.parse(fs.readFileSync(argsFile, 'utf8')) as string[];
      const start = args.find((a) => a.startsWith('--app='))!.slice('--app='.length);
      expect(args).toContain('--kiosk');
      // The command line names only a private start page; the one-time URL is inside it.
      expect(start).toMatch(/^file:\/\//);
      const page = fileURLToPath(start);
      expect(fs.statSync(page).mode & 0o777).toBe(0o600);
      const app = /location\.replace\("([^"]+)"\)/.exec(fs.readFileSync(page, 'utf8'))![1]!;
      expect(args.join(' ')).not.toContain(new URL(app).pathname);
      const first = await fetch(app, { redirect: 'manual' });
      expect(first.status).toBe(303);
      const secretPath = first.headers.get('location')!;
      expect(secretPath).toMatch(/^\/[A-Za-z0-9_-]{43}\/$/);
      expect(args.join(' ')).not.toContain(secretPath.slice(1, -1));
      expect(output).toMatch(/running on 127\.0\.0\.1:\d+/);
      expect(output).not.toContain(secretPath.slice(1, -1));
      expect((await fetch(app, { redirect: 'manual' })).status).toBe(403);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
