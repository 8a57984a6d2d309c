/**
 * Who may do what with the register, through the same role × call check every call passes: a
 * receptionist reports, and sees neither the register nor a breach's details, nor classifies.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { authorizeCall } from '../access/authorize';
import { createServices } from '../app/services';
import type { CallChannel } from '../contract/features';
import { newClient, withCall } from '../ipc/call-context';

const registerCalls: CallChannel[] = [
  'listIncidentRegister',
  'getIncident',
  'decideIncidentProposal',
  'classifyIncident',
  'recordIncidentReport',
  'closeIncident',
  'getIncidentPdf',
  'getIncidentRegisterXlsx',
];

describe('the incident register’s permissions', () => {
  it('lets each operator report, and only the privacy officer see, classify and report on', () => {
    const s = createServices(openDatabase(':memory:'));
    s.consoleLock.add({ name: 'Sanne', role: 'receptionist', personId: null, pin: '333333' }, 't');
    s.consoleLock.add({ name: 'Kees', role: 'officeManager', personId: null, pin: '444444' }, 't');
    s.consoleLock.add(
      { name: 'Priya', role: 'privacyOfficer', personId: null, pin: '555555' },
      't',
    );
    const may = (pin: string, channel: CallChannel) =>
      withCall('test', newClient(), () => {
        s.consoleLock.unlock(pin, null);
        try {
          authorizeCall(channel, s.consoleLock);
          return true;
        } catch {
          return false;
        }
      });
    expect(may('333333', 'reportIncident')).toBe(true);
    // The countdown names the breach: the privacy officer's alone.
    expect(may('444444', 'getBreachClocks')).toBe(false);
    expect(may('555555', 'getBreachClocks')).toBe(true);
    expect(may('444444', 'breakGlass')).toBe(true);
    expect(may('333333', 'breakGlass')).toBe(false);
    for (const channel of registerCalls) {
      expect(may('333333', channel), channel).toBe(false);
      expect(may('444444', channel), channel).toBe(false);
      expect(may('555555', channel), channel).toBe(true);
    }
    for (const channel of ['grantRole', 'endRoleGrant', 'listRoleGrants'] as const)
      expect(may('444444', channel), channel).toBe(false);
  });
});
