/** Taps: a tag read at any reader, answered with who holds it, and the readers' own state. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import { tapPurposes, type ReaderState, type TagStatus } from '../../vocabulary';
import type { BadgeTap } from '../reception/calls';
import { TagUid } from '../tags/calls';

/** What anyone at the kiosk may see of the readers. */
export interface ReaderStatus {
  state: ReaderState;
  /** Names of the readers that are attached now. */
  readers: string[];
}

/** For the console: why the readers are offline, as the reader service says it. */
export interface ReaderDiagnostics extends ReaderStatus {
  detail: string | null;
}

/**
 * Who a tapped tag belongs to, as much as a greeting needs: anyone can tap or type a card number
 * at a kiosk in a public lobby, so a person is named by first name only.
 */
export type TapHolder = (
  | { kind: 'person'; firstName: string }
  | { kind: 'visitor'; label: string | null }
  /** In the register, but held by nobody (in stock, handed in, lost). */
  | { kind: 'unassigned'; label: string | null }
) & {
  status: TagStatus;
  /** False for a tag that must not open anything (lost, returned, replaced, not handed in). */
  usable: boolean;
};

export interface TagTap {
  uid: string;
  reader: string;
  /** When the reader reported the UID (ISO 8601, UTC). */
  at: string;
  /** null: the tag is not in Lobby's register ("unknown badge"). */
  holder: TapHolder | null;
  /** What the tap did at reception (a badge handed out or back, staff in or out), if anything. */
  reception: BadgeTap | null;
}

export const calls = {
  getReaderStatus: z.tuple([]),
  getReaderDiagnostics: z.tuple([]),
  /** What a keyboard-wedge reader typed before Enter. */
  submitWedgeInput: z.tuple([z.string().trim().min(1).max(40)]),
  /** Development only: the "tap a test badge" panel. */
  simulateTap: z.tuple([TagUid]),
  /** The screen in front of the reader says what its taps are for, and renews it while shown. */
  setTapPurpose: z.tuple([z.enum(tapPurposes)]),
};

export interface Results {
  getReaderStatus: ReaderStatus;
  getReaderDiagnostics: ReaderDiagnostics;
  submitWedgeInput: null;
  simulateTap: null;
  setTapPurpose: null;
}

export const publicCalls = [
  'getReaderStatus',
  'submitWedgeInput',
  'simulateTap',
  'setTapPurpose',
] as const;

export interface Events {
  readerStatus: ReaderStatus;
  tagTapped: TagTap;
}

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
