/** The console: the area behind the PIN where operators (office manager, receptionist) work. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';

export interface ConsoleSession {
  pinSet: boolean;
  unlocked: boolean;
  /** Milliseconds until the console locks itself when nobody touches it. */
  idleMs: number;
  /** Milliseconds until another PIN is heard after too many wrong ones; 0 when it is now. */
  blockedMs: number;
}

export const calls = {
  getConsoleSession: z.tuple([]),
  unlockConsole: z.tuple([z.string().max(12)]),
  lockConsole: z.tuple([]),
};

export interface Results {
  getConsoleSession: ConsoleSession;
  unlockConsole: ConsoleSession;
  lockConsole: ConsoleSession;
}

export const publicCalls = ['getConsoleSession', 'unlockConsole', 'lockConsole'] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
