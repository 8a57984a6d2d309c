import type { Migration } from './types';
import { migration as siteModel } from './0010-site-model';
import { migration as people } from './0020-people';
import { migration as tags } from './0030-tags';
import { migration as visits } from './0040-visits';
import { migration as settingsAudit } from './0050-settings-audit';
import { migration as buildingData } from './0060-building-data';
import { migration as eventDictionaries } from './0070-event-dictionaries';
import { migration as unlockAttempts } from './0080-unlock-attempts';
import { migration as findings } from './0090-findings';
import { migration as reception } from './0100-reception';
import { migration as auditChain } from './0110-audit-chain';
import { migration as deletionLog } from './0120-deletion-log';
import { migration as operators } from './0130-operators';
import { migration as localisedLabels } from './0140-localised-labels';
import { migration as unlockAttemptsPerOperator } from './0150-unlock-attempts-per-operator';
import { migration as bhvTeam } from './0160-bhv-team';
import { migration as incidentRegister } from './0170-incident-register';
import { migration as shortTermRights } from './0180-short-term-rights';
import { migration as centralOutbox } from './0190-central-outbox';
import { migration as rollCallEntryIds } from './0200-roll-call-entry-ids';

/** Every migration ever shipped, in order. Add new files; never edit a shipped one. */
export const migrations: readonly Migration[] = [
  siteModel,
  people,
  tags,
  visits,
  settingsAudit,
  buildingData,
  eventDictionaries,
  unlockAttempts,
  findings,
  reception,
  auditChain,
  deletionLog,
  operators,
  localisedLabels,
  unlockAttemptsPerOperator,
  bhvTeam,
  incidentRegister,
  shortTermRights,
  centralOutbox,
  rollCallEntryIds,
];

export const latestVersion = migrations.at(-1)?.version ?? 0;
