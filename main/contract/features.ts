/**
 * The contract, composed from every feature's part. Adding a feature is one line in `features`;
 * adding a call is an edit in its feature's calls.ts and handlers.ts.
 */
import * as backup from '../backup/calls';
import * as building from '../building/calls';
import * as central from '../central/calls';
import * as consoleArea from '../console/calls';
import { composeContracts, type Composed } from '../ipc/feature-contract';
import * as incidents from '../incidents/calls';
import * as kiosk from '../kiosk/calls';
import * as people from '../people/calls';
import * as privacy from '../privacy/calls';
import * as reception from '../reception/calls';
import * as reconciliation from '../reconcile/calls';
import * as registers from '../registers/calls';
import * as site from '../site/calls';
import * as tags from '../tags/calls';
import * as taps from '../taps/calls';
import * as uploads from '../uploads/calls';
import * as zones from '../zones/calls';

const features = [
  kiosk.contract,
  taps.contract,
  consoleArea.contract,
  people.contract,
  tags.contract,
  zones.contract,
  site.contract,
  uploads.contract,
  registers.contract,
  building.contract,
  reconciliation.contract,
  reception.contract,
  privacy.contract,
  backup.contract,
  incidents.contract,
  central.contract,
] as const;

type Contract = Composed<typeof features>;
export type CallSchemas = Contract['calls'];
export type CallResults = Contract['results'];
export type EventPayloads = Contract['events'];
export type CallChannel = keyof CallSchemas & string;
export type EventChannel = keyof EventPayloads & string;

export const { calls: callSchemas, publicCalls } = composeContracts(features);
export const callChannels = Object.keys(callSchemas) as CallChannel[];
