import fs from 'node:fs';
import net from 'node:net';

/** Where pcsc-lite's client library finds the daemon (PCSCLITE_CSOCK_NAME overrides it there too). */
export function pcscdSocketPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PCSCLITE_CSOCK_NAME ?? '/run/pcscd/pcscd.comm';
}

/**
 * Is the PC/SC service there to talk to? On Linux nfc-pcsc's constructor spins and blocks the
 * event loop while pcscd is down, so we look first: a socket that accepts a connection means a
 * live daemon (a stale socket file after a crash refuses). Windows and macOS have the service
 * built in, so there is nothing to probe.
 */
export function pcscDaemonAvailable(
  socketPath: string = pcscdSocketPath(),
  platform: NodeJS.Platform = process.platform,
  timeoutMs = 500,
): Promise<boolean> {
  if (platform === 'win32' || platform === 'darwin') return Promise.resolve(true);
  if (!fs.existsSync(socketPath)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    const done = (alive: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(alive);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
