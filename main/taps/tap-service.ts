import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type { HolderRow, HoldersRepo } from '../../db/repos/holders';
import type { SettingsRepo } from '../../db/repos/settings';
import { uidFromWedge, wedgeFormats } from '../../hardware/keyboard-wedge';
import type { ManualReader } from '../../hardware/manual-reader';
import type { ReaderService, ReaderSnapshot, TagPresented } from '../../hardware/reader';
import { tagIsUsable } from '../tags';
import type { Publisher } from '../ipc/events';
import type { TapPurpose } from '../../vocabulary';
import { tapPurpose } from './tap-purpose';
import type { BadgeTap } from '../reception';
import type { Events, ReaderStatus, TapHolder, TagTap } from './calls';
import { rateLimit } from '../domain/rate-limit';
import { AppError } from '../ipc/errors';

const WedgeFormat = z.enum(wedgeFormats);

export interface TapServiceOptions {
  readers: ReaderService;
  wedge: ManualReader;
  development: ManualReader | null;
  holders: HoldersRepo;
  settings: SettingsRepo;
  audit: AuditRepo;
  events: Publisher<Events>;
  now?: () => number;
  /**
   * Reception's say in a tap (handing a badge out or back), asked before the screens hear it,
   * with what the screen in front of the reader says taps are for.
   */
  atReception?: (holder: HolderRow | null, uid: string, purpose: TapPurpose) => BadgeTap | null;
}

function tapHolder(row: HolderRow | null): TapHolder | null {
  if (!row) return null;
  if (row.holderKind === 'person') {
    return {
      kind: 'person',
      firstName: row.firstName ?? '',
      status: row.status,
      usable: tagIsUsable(row.status),
    };
  }
  if (row.holderKind === 'visitor_pool')
    return {
      kind: 'visitor',
      label: row.label,
      status: row.status,
      usable: tagIsUsable(row.status),
    };
  // Enrolled but with nobody: in stock, handed in, or lost. It opens nothing and greets nobody.
  return { kind: 'unassigned', label: row.label, status: row.status, usable: false };
}

/** The readers' state without the detail meant for the console. */
export const publicStatus = ({ state, readers }: ReaderSnapshot): ReaderStatus => ({
  state,
  readers,
});

/**
 * Typed card numbers a keyboard wedge may send: a reader types one per tap, a device that
 * enumerates card numbers types hundreds. Ten at once, then one every three seconds.
 */
const wedgeBurst = 10;
/** A tap this recent may open what the tapped badge opens (the evacuation list). */
const justNowMs = 15_000;
const wedgeRefillMs = 3000;

/** Every tap, from any reader, answered with who holds the tag and pushed to the UI. */
export function tapService(opts: TapServiceOptions) {
  const { holders, events } = opts;
  const purpose = tapPurpose(opts.now);
  const now = opts.now ?? Date.now;
  let last: { uid: string; at: number } | null = null;
  const describe = (tag: TagPresented): TagTap => {
    const row = holders.byUid(tag.uid, tag.standard === 'keyboard');
    last = { uid: row?.uid ?? tag.uid, at: now() };
    return {
      uid: row?.uid ?? tag.uid,
      reader: tag.reader,
      at: tag.at.toISOString(),
      holder: tapHolder(row),
      reception: opts.atReception?.(row, tag.uid, purpose.current()) ?? null,
    };
  };
  const stopTags = opts.readers.on('tag', (tag) => events.publish('tagTapped', describe(tag)));
  const stopStatus = opts.readers.on('status', (status) =>
    events.publish('readerStatus', publicStatus(status)),
  );
  const typed = rateLimit(wedgeBurst, wedgeRefillMs, opts.now);

  return {
    purpose,
    /** Was this UID read at a reader of this kiosk just now (not merely named by a client)? */
    tappedJustNow: (uid: string): boolean =>
      last !== null && last.uid === uid && now() - last.at <= justNowMs,
    lookup: (uid: string) => tapHolder(holders.byUid(uid)),
    submitWedgeInput(input: string): void {
      if (!typed.take())
        throw new AppError('unavailable', 'Too many card numbers were typed. Wait a moment.');
      const format = opts.settings.get('readers.wedgeFormat', WedgeFormat, 'decimal-reversed');
      const uid = uidFromWedge(input, format);
      if (!uid) throw new AppError('invalid_argument', `That is not a ${format} card number.`);
      opts.wedge.tap(uid);
    },
    simulateTap(uid: string): void {
      if (!opts.development) {
        throw new AppError('unauthorized', 'Test badges are available in development only.');
      }
      opts.development.tap(uid);
      opts.audit.record({ actor: 'developer', action: 'readers.simulateTap', subject: uid });
    },
    close() {
      stopTags();
      stopStatus();
    },
  };
}
export type TapService = ReturnType<typeof tapService>;
