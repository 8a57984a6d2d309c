import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type { HolderRow, HoldersRepo } from '../../db/repos/holders';
import type { SettingsRepo } from '../../db/repos/settings';
import { uidFromWedge, wedgeFormats } from '../../hardware/keyboard-wedge';
import type { ManualReader } from '../../hardware/manual-reader';
import type { ReaderService, TagPresented } from '../../hardware/reader';
import { personName } from '../domain/person-name';
import { tagIsUsable } from '../tags';
import type { Publisher } from '../ipc/events';
import type { Events, TapHolder, TagTap } from './calls';
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
}

function tapHolder(row: HolderRow | null): TapHolder | null {
  if (!row) return null;
  if (row.holderKind === 'person') {
    return {
      kind: 'person',
      name: personName(row),
      organisation: row.organisation,
      status: row.status,
      usable: tagIsUsable(row.status),
    };
  }
  return { kind: 'visitor', label: row.label, status: row.status, usable: tagIsUsable(row.status) };
}

/** Every tap, from any reader, answered with who holds the tag and pushed to the UI. */
export function tapService(opts: TapServiceOptions) {
  const { holders, events } = opts;
  const describe = (tag: TagPresented): TagTap => ({
    uid: tag.uid,
    reader: tag.reader,
    at: tag.at.toISOString(),
    holder: tapHolder(holders.byUid(tag.uid, tag.standard === 'keyboard')),
  });
  const stop = opts.readers.on('tag', (tag) => events.publish('tagTapped', describe(tag)));

  return {
    lookup: (uid: string) => tapHolder(holders.byUid(uid)),
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
export type TapService = ReturnType<typeof tapService>;
