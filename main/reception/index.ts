export { createReception, type Reception } from './reception';
export type { BadgeTap } from './calls';
export { receptionSettings } from './reception-settings';
