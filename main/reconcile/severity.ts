import type { FindingKind, Severity } from '../../vocabulary';

/** How urgent each kind is: a door opened that should not have been comes first. */
export const severityOf: Record<FindingKind, Severity> = {
  DEPARTED_TAG_USED: 'high',
  DEPARTED_STILL_ACTIVE: 'high',
  DEPARTED_TAG_DENIED: 'medium',
  LOST_TAG_USED: 'high',
  RETURNED_TAG_STILL_ACTIVE: 'medium',
  PROFILE_MISMATCH: 'medium',
  OUT_OF_PROFILE_GRANTED: 'high',
  OUT_OF_PROFILE_DENIED: 'low',
  EXPECTED_ACCESS_DENIED: 'low',
  AFTER_HOURS_OUTSIDE_PROFILE: 'medium',
  AFTER_HOURS_DENIED: 'low',
  VISITOR_BADGE_NOT_RETURNED: 'medium',
  VISITOR_BADGE_USED_OUTSIDE_VISIT: 'high',
  UNKNOWN_CARD: 'medium',
  MISSING_IN_EXPORT: 'medium',
  UNENROLLED_TAG_DENIED: 'low',
  NOT_IN_STAFF_LIST: 'high',
  FOREIGN_CARDHOLDER_ON_OWN_FLOOR: 'medium',
  DOOR_FORCED: 'high',
  DOOR_HELD_OPEN: 'low',
  ANTI_PASSBACK: 'low',
};
