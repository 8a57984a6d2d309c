export { privacyHandlers } from './handlers';
