/**
 * A genuine PC/SC stack for tests and benchmarks: Debian's pcscd with the vpcd reader driver,
 * started as our own child on a free port pair and stopped by PID. pcscd's socket path is fixed
 * (/run/pcscd), so only one rig runs on a machine at a time; a lock folder serialises test files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const lockDir = path.join(os.tmpdir(), 'lobby-pcscd-rig.lock');
const socketPath = '/run/pcscd/pcscd.comm';
const driver = '/usr/lib/pcsc/drivers/serial/libifdvpcd.so';

export interface PcscRig {
  /** vpcd's TCP port for the first reader; the second reader listens on port + 1. */
  port: number;
  readerNames: [string, string];
  pid(): number;
  log(): string;
  /** SIGTERM the daemon and wait for it to exit (the "pcscd went away" case). */
  stopDaemon(): Promise<void>;
  startDaemon(): Promise<void>;
  /** Stops the daemon and releases the machine-wide lock. */
  close(): Promise<void>;
}

export function rigMissing(): string | null {
  if (process.platform !== 'linux') return 'the PC/SC rig needs Linux';
  for (const file of ['/usr/sbin/pcscd', driver]) {
    if (!fs.existsSync(file)) return `${file} is missing: apt-get install pcscd vsmartcard-vpcd`;
  }
  return null;
}

export async function startPcscRig(): Promise<PcscRig> {
  const missing = rigMissing();
  if (missing) throw new Error(missing);
  await acquireLock();
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-vpcd-'));
  const port = freePortPair();
  const channel = `0x${port.toString(16).toUpperCase()}`;
  fs.writeFileSync(
    path.join(configDir, 'vpcd'),
    `FRIENDLYNAME "Virtual PCD"\nDEVICENAME   /dev/null:${channel}\nLIBPATH      ${driver}\nCHANNELID    ${channel}\n`,
  );
  let child: ChildProcess | null = null;
  let output = '';

  const startDaemon = async () => {
    const existing = runningPcscdPid();
    if (existing !== null)
      throw new Error(`another pcscd (pid ${existing}) is running; stop it first`);
    const proc = spawn('/usr/sbin/pcscd', ['--foreground', '--config', configDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.setEncoding('utf8').on('data', (s: string) => (output += s));
    proc.stderr?.setEncoding('utf8').on('data', (s: string) => (output += s));
    const deadline = Date.now() + 5000;
    // Ready = socket present and vpcd listening. Never connect to the vpcd port to find out:
    // vpcd takes any connection for a card being put on the reader.
    while (!(fs.existsSync(socketPath) && listening(port) && listening(port + 1))) {
      if (proc.exitCode !== null) throw new Error(`pcscd exited with ${proc.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`pcscd did not become ready:\n${output}`);
      await sleep(10);
    }
  };

  const stopDaemon = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await startDaemon();
  } catch (err) {
    await stopDaemon();
    releaseLock();
    throw err;
  }

  return {
    port,
    readerNames: ['Virtual PCD 00 00', 'Virtual PCD 00 01'],
    pid: () => child?.pid ?? -1,
    log: () => output,
    stopDaemon,
    startDaemon,
    async close() {
      await stopDaemon();
      fs.rmSync(configDir, { recursive: true, force: true });
      releaseLock();
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function listeningPorts(): Set<number> {
  const ports = new Set<number>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      if (fields[3] === '0A' && local) ports.add(parseInt(local.split(':').pop() ?? '0', 16));
    }
  }
  return ports;
}

function listening(port: number): boolean {
  return listeningPorts().has(port);
}

function freePortPair(): number {
  const taken = listeningPorts();
  for (let i = 0; i < 200; i += 1) {
    const port = 20000 + 2 * Math.floor(Math.random() * 15000);
    if (!taken.has(port) && !taken.has(port + 1)) return port;
  }
  throw new Error('no free port pair for vpcd');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runningPcscdPid(): number | null {
  try {
    const pid = Number(fs.readFileSync('/run/pcscd/pcscd.pid', 'utf8').trim());
    return pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

async function acquireLock(): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return;
    } catch {
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      } catch {
        // being created or removed right now
      }
      if (Number.isFinite(owner) && !alive(owner))
        fs.rmSync(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`the PC/SC rig stayed locked by pid ${owner}`);
      await sleep(100);
    }
  }
}

function releaseLock(): void {
  fs.rmSync(lockDir, { recursive: true, force: true });
}
