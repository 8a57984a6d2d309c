import type { TagAction, TagStatus } from '../../vocabulary';

/** A tag in use or in stock; every other status means it must not be accepted at the kiosk. */
export const tagIsUsable = (status: TagStatus): boolean =>
  status === 'active' || status === 'available';

/** What reception may do with a tag now, given its status and who holds it (if anyone). */
export function tagActionsFor(
  status: TagStatus,
  holder: 'person' | 'visitor_pool' | null,
): TagAction[] {
  const givable = status !== 'lost' && status !== 'replaced';
  const held = holder !== null;
  const actions: [TagAction, boolean][] = [
    ['give', givable],
    // Not to the pool it is already in.
    ['giveToPool', givable && holder !== 'visitor_pool'],
    ['return', held],
    ['markNotReturned', held && status === 'active'],
    ['replace', held],
    ['reportLost', status !== 'lost'],
  ];
  return actions.filter(([, allowed]) => allowed).map(([action]) => action);
}
