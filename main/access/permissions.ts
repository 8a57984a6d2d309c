/**
 * Who may make each call: one table, role × call, checked in main/ for every call before its
 * arguments are even parsed. "public" is the visitor's kiosk (no login); otherwise the least role
 * that may, and every role after it in `operatorRoles` may too. A call missing here does not
 * compile: nothing is allowed by default. docs/PERMISSIONS.md is printed from this table.
 */
import type { OperatorRole } from '../../vocabulary';
import type { CallChannel } from '../contract/features';

export type Access = 'public' | OperatorRole;

export const permissions: Record<CallChannel, Access> = {
  // The visitor's kiosk: the home screen, taps, signing in, the PIN pad.
  getAppInfo: 'public',
  getKioskSettings: 'public',
  getReaderStatus: 'public',
  submitWedgeInput: 'public',
  simulateTap: 'public',
  setTapPurpose: 'public',
  getConsoleSession: 'public',
  unlockConsole: 'public',
  lockConsole: 'public',
  openEvacuationByBadge: 'public',
  setUpFirstOperator: 'public',
  getVisitorKiosk: 'public',
  findHosts: 'public',
  findExpectedVisitors: 'public',
  signInVisitor: 'public',

  // The receptionist: the day's visits, badges out and back, who is here, the evacuation list.
  listVisits: 'receptionist',
  registerVisit: 'receptionist',
  markPickedUp: 'receptionist',
  signOutVisit: 'receptionist',
  undoSignOut: 'receptionist',
  armBadgeIssue: 'receptionist',
  disarmBadgeIssue: 'receptionist',
  closeVisit: 'receptionist',
  closeDay: 'receptionist',
  getPresence: 'receptionist',
  getEvacuationList: 'receptionist',
  getBadgeLabel: 'receptionist',
  startRollCall: 'receptionist',
  getRollCall: 'receptionist',
  markRollCall: 'receptionist',
  endRollCall: 'receptionist',
  getRollCallReport: 'receptionist',
  getReceptionConfig: 'receptionist',
  retryNotification: 'receptionist',
  getReaderDiagnostics: 'receptionist',
  uploadChunk: 'receptionist',

  // Any operator reports an incident; what is in the register is the privacy officer's.
  reportIncident: 'receptionist',
  getBreachClocks: 'privacyOfficer',
  listIncidentRegister: 'privacyOfficer',
  getIncident: 'privacyOfficer',
  decideIncidentProposal: 'privacyOfficer',
  classifyIncident: 'privacyOfficer',
  recordIncidentReport: 'privacyOfficer',
  closeIncident: 'privacyOfficer',
  getIncidentPdf: 'privacyOfficer',
  getIncidentRegisterXlsx: 'privacyOfficer',

  // Short-term rights: an office manager breaks the glass; the privacy officer gives and ends.
  breakGlass: 'officeManager',
  listRoleGrants: 'privacyOfficer',
  grantRole: 'privacyOfficer',
  endRoleGrant: 'privacyOfficer',

  // The office manager: people, badges, zones, the site, imports, the building, the review.
  listPeople: 'officeManager',
  getPerson: 'officeManager',
  savePerson: 'officeManager',
  listTags: 'officeManager',
  getTag: 'officeManager',
  enrollTag: 'officeManager',
  assignTag: 'officeManager',
  returnTag: 'officeManager',
  reportTagLost: 'officeManager',
  replaceTag: 'officeManager',
  markTagNotReturned: 'officeManager',
  listIncidents: 'officeManager',
  markBuildingNotified: 'officeManager',
  listZones: 'officeManager',
  getSiteConfig: 'officeManager',
  saveSiteConfig: 'officeManager',
  previewImport: 'officeManager',
  runImport: 'officeManager',
  inspectBuildingUpload: 'officeManager',
  startBuildingImport: 'officeManager',
  cancelBuildingImport: 'officeManager',
  listBuildingImports: 'officeManager',
  listUnmatchedCards: 'officeManager',
  addEventTextRule: 'officeManager',
  getMinimisation: 'officeManager',
  setMinimisation: 'privacyOfficer',
  runReconciliation: 'officeManager',
  listFindings: 'officeManager',
  setFindingStatus: 'officeManager',
  listReconcileRuns: 'officeManager',
  getReviewReminder: 'officeManager',
  getBuildingReport: 'officeManager',
  setReviewPeriod: 'officeManager',
  setReceptionConfig: 'officeManager',
  getNotifyConfig: 'officeManager',
  // Where visitors' names go: the privacy officer's to decide.
  setNotifyConfig: 'privacyOfficer',

  // The privacy officer: operators, the kiosk itself.
  listOperators: 'privacyOfficer',
  addOperator: 'privacyOfficer',
  disableOperator: 'privacyOfficer',
  listAudit: 'privacyOfficer',
  getPrivacyOverview: 'privacyOfficer',
  setRetention: 'privacyOfficer',
  getProcessingRecord: 'privacyOfficer',
  exportPersonData: 'privacyOfficer',
  exportVisitData: 'privacyOfficer',
  eraseVisitor: 'privacyOfficer',
  findVisitors: 'privacyOfficer',
  getBackupState: 'officeManager',
  verifyAudit: 'privacyOfficer',
  setDefaultLocale: 'privacyOfficer',
  quitKiosk: 'privacyOfficer',
  getBackups: 'privacyOfficer',
  getCentralStatus: 'officeManager',
  syncCentral: 'officeManager',
  joinCentral: 'privacyOfficer',
  setBackupPassphrase: 'privacyOfficer',
  setBackupSchedule: 'privacyOfficer',
  runBackup: 'privacyOfficer',
  testRestore: 'privacyOfficer',
};

/**
 * What a BHV team member who opened the console with their badge may do: who is here, the
 * evacuation list and its PDF, the roll call. Every other call is refused to that session.
 */
export const evacuationCalls: ReadonlySet<CallChannel> = new Set<CallChannel>([
  'getPresence',
  'getEvacuationList',
  'startRollCall',
  'getRollCall',
  'markRollCall',
  'endRollCall',
  'getRollCallReport',
]);
