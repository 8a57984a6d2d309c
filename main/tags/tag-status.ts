import type { TagStatus } from '../../vocabulary';

/** A tag in use or in stock; every other status means it must not be accepted at the kiosk. */
export const tagIsUsable = (status: TagStatus): boolean =>
  status === 'active' || status === 'available';
