/** What other parts of Lobby may use of reconciliation. */
export { findingsService, type FindingsService } from './findings-service';
export { reconcile, type Reconciliation } from './reconcile';
