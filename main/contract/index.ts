/**
 * The one module the renderer imports. At run time it carries only the vocabulary (value lists
 * with no dependencies); everything else is types, erased by the compiler, so no service, zod
 * schema or Node module reaches the page.
 */
import type { z } from 'zod';
import type { ApiOf } from '../ipc/feature-contract';
import type {
  CallChannel,
  CallResults,
  CallSchemas,
  EventChannel,
  EventPayloads,
} from './features';

export * from '../../vocabulary';
export type { CallChannel, CallResults, EventChannel, EventPayloads };

/** What the caller passes, before parsing. */
export type CallInput<C extends CallChannel> = z.input<CallSchemas[C]>;

/** The API the renderer sees, whichever transport carries it. */
export type KioskApi = ApiOf<CallSchemas, CallResults, EventPayloads>;
export type Unsubscribe = () => void;
export type { KioskBridge } from '../ipc/bridge';

export type {
  BuildingImportRecord,
  BuildingImportSummary,
  ImportFinished,
  ImportProgress,
} from '../building/calls';
export type {
  AuditEntryView,
  AuditVerdict,
  BackupState,
  ConsoleSession,
  OperatorSummary,
  RoleGrant,
} from '../console/calls';
export type {
  BreachClock,
  BreachDetails,
  IncidentDetail,
  IncidentFile,
  IncidentSummary,
} from '../incidents/calls';
export type { ScheduleWindow, SiteConfig } from '../domain/site-model';
export type { ZoneAccess } from '../domain/expected-access';
export type { AppInfo, KioskSettings } from '../kiosk/calls';
export type { PersonDetail, PersonEditFields, PersonSummary } from '../people/calls';
export type { ImportSummary, Rejection } from '../tables/summary';
export type { CustodyEntry, Incident, TagDetail, TagSummary } from '../tags/calls';
export type { ReaderStatus, TagTap, TapHolder } from '../taps/calls';
export type {
  Finding,
  FindingEvent,
  FindingRecord,
  ReconcileRun,
  ReportFile,
  ReviewReminder,
} from '../reconcile/calls';
export type { ZoneSummary } from '../zones/calls';
export type { CentralConflict, CentralStatus } from '../central/calls';
export type { PrivacyFile, PrivacyOverview, VisitorLogEntry } from '../privacy/calls';
export type { BackupOverview, BackupVersion, RestoreTest } from '../backup/calls';
export type {
  BadgeTap,
  ExpectedVisitor,
  HostChoice,
  KioskPart,
  NotificationSummary,
  NotifyConfig,
  Presence,
  PresentStaff,
  PresentVisitor,
  ReceptionConfig,
  ReceptionFile,
  RollCall,
  RollCallEntry,
  SignInOutcome,
  Visit,
  VisitorKiosk,
} from '../reception/calls';
