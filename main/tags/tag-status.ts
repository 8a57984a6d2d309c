import type { TagAction, TagStatus } from '../../vocabulary';

/** A tag in use or in stock; every other status means it must not be accepted at the kiosk. */
export const tagIsUsable = (status: TagStatus): boolean =>
  status === 'active' || status === 'available';

/** What reception may do with a tag now, given its status and whether someone holds it. */
export function tagActionsFor(status: TagStatus, held: boolean): TagAction[] {
  const givable = status !== 'lost' && status !== 'replaced';
  const actions: [TagAction, boolean][] = [
    ['give', givable],
    ['giveToPool', givable],
    ['return', held],
    ['markNotReturned', held && status === 'active'],
    ['replace', held],
    ['reportLost', status !== 'lost'],
  ];
  return actions.filter(([, allowed]) => allowed).map(([action]) => action);
}
