import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type { BadgeRow, BadgesRepo } from '../../db/repos/badges';
import type { SettingsRepo } from '../../db/repos/settings';
import { uidFromWedge, wedgeFormats } from '../../hardware/keyboard-wedge';
import type { ManualReader } from '../../hardware/manual-reader';
import type { ReaderService, TagPresented } from '../../hardware/reader';
import type { BadgeInfo, TagTap } from '../ipc/contract';
import type { EventHub } from '../ipc/events';
import { AppError } from '../ipc/errors';

const WedgeFormat = z.enum(wedgeFormats);

export interface BadgeServiceOptions {
  readers: ReaderService;
  wedge: ManualReader;
  development: ManualReader | null;
  badges: BadgesRepo;
  settings: SettingsRepo;
  audit: AuditRepo;
  events: EventHub;
}

export function displayName(row: Pick<BadgeRow, 'firstName' | 'namePrefix' | 'lastName'>): string {
  return [row.firstName, row.namePrefix, row.lastName].filter((part) => part).join(' ');
}

function badgeInfo(row: BadgeRow | null): BadgeInfo | null {
  if (!row) return null;
  if (row.holderKind === 'person') {
    return {
      kind: 'person',
      name: displayName(row),
      organisation: row.organisation,
      status: row.status,
    };
  }
  return { kind: 'visitor', label: row.label, status: row.status };
}

/** Every tap, from any reader, answered with who the badge belongs to and pushed to the UI. */
export function badgeService(opts: BadgeServiceOptions) {
  const { badges, events } = opts;
  const describe = (tag: TagPresented): TagTap => ({
    uid: tag.uid,
    reader: tag.reader,
    at: tag.at.toISOString(),
    badge: badgeInfo(badges.byUid(tag.uid, tag.standard === 'keyboard')),
  });
  const stop = opts.readers.on('tag', (tag) => events.publish('tagTapped', describe(tag)));

  return {
    lookup: (uid: string) => badgeInfo(badges.byUid(uid)),
    submitWedgeInput(typed: string): void {
      const format = opts.settings.get('readers.wedgeFormat', WedgeFormat, 'decimal-reversed');
      const uid = uidFromWedge(typed, format);
      if (!uid)
        throw new AppError('invalid_argument', `"${typed}" is not a ${format} card number.`);
      opts.wedge.tap(uid);
    },
    simulateTap(uid: string): void {
      if (!opts.development) {
        throw new AppError('unauthorized', 'Test badges are available in development only.');
      }
      opts.development.tap(uid);
      opts.audit.record({ actor: 'developer', action: 'readers.simulateTap', subject: uid });
    },
    close: stop,
  };
}
export type BadgeService = ReturnType<typeof badgeService>;
