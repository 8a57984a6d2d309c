export { centralSync, type CentralSync } from './sync';
export { encodeCredentials, decodeCredentials } from './credentials';
export { rowKeys } from './row-keys';
export { autoSync } from './auto-sync';
export { centralAuditChains } from './audit-chains';
export { kioskParts } from './kiosk-parts';
