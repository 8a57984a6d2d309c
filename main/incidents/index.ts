/** What other parts of Lobby may use of the incident register. */
export {
  incidentService,
  summaryOf,
  type IncidentService,
  type Proposal,
} from './incident-service';
export { incidentNoticeOutbox } from './notice-outbox';
export { reportBy } from './clock';
export { officerMail, type OfficerMail } from './officer-mail';
