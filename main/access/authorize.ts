import type { CallChannel } from '../contract/features';
import type { ConsoleLock } from '../console/console-lock';
import { evacuationCalls, permissions } from './permissions';

/** Before every call, before its arguments are parsed: public, or the role the table asks for. */
export function authorizeCall(channel: CallChannel, lock: Pick<ConsoleLock, 'require'>): void {
  const needed = permissions[channel];
  if (needed !== 'public') lock.require(needed, evacuationCalls.has(channel));
}
