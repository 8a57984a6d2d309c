/** What other features may use of tags. */
export type { CustodyEntry, Incident, TagDetail, TagSummary } from './calls';
export { custodyService, type CustodyService, type Holder } from './custody';
export { tagReadModel, type TagReadModel } from './read-model';
export { TagUid } from './calls';
export { tagIsUsable } from './tag-status';
