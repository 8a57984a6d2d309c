/**
 * The console of a kiosk that stands in a public lobby: named operators, each with a role and a
 * PIN (a scrypt hash). An unlock opens a session for the client that gave the PIN, and only for
 * it: the client gets a session token (the transport keeps it in an HttpOnly cookie or by
 * window), every console call must carry it, and each session locks itself after its own quiet
 * spell (two minutes unless the site says otherwise). Another client holding the kiosk's secret
 * neither acts as that operator, nor keeps the session awake, nor locks it. An operator is named by tapping their own staff badge at the PIN pad,
 * or by the PIN alone where no reader is attached. Wrong PINs wait longer and longer, counted in
 * the database. The check is made by the services for every console call, not by the screen.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import type { AuditRepo } from '../../db/repos/audit';
import type { OperatorRow, OperatorsRepo } from '../../db/repos/operators';
import type { SettingsRepo } from '../../db/repos/settings';
import type { UnlockAttemptsRepo } from '../../db/repos/unlock-attempts';
import { operatorRoles, type OperatorRole } from '../../vocabulary';
import { currentClient, newClient, type Client } from '../ipc/call-context';
import { AppError } from '../ipc/errors';
import type { ConsoleSession, RoleGrant } from './calls';

const StoredPin = z.object({ salt: z.string(), hash: z.string() });
/** Six digits at least: at a touchscreen in a public lobby, four fall to patient guessing. */
export const Pin = z.string().regex(/^\d{6,12}$/, 'a PIN is 6 to 12 digits');

const defaultIdleSeconds = 120;
/** Wrong PINs in a row before the first wait; each further one doubles it, up to the longest. */
const freeAttempts = 5;
export interface Wait {
  firstMs: number;
  longestMs: number;
}
/**
 * An operator named by their badge: the badge is theirs, so their wrong PINs wait long (a minute,
 * up to an hour) and hold up nobody else.
 */
export const namedWait: Wait = { firstMs: 60 * 1000, longestMs: 60 * 60 * 1000 };
/**
 * The PIN pad without a badge is open to anyone in the lobby: slowed (ten seconds, up to five
 * minutes), so guessing takes months, but a passer-by cannot lock the operators out.
 */
export const anonymousWait: Wait = { firstMs: 10 * 1000, longestMs: 5 * 60 * 1000 };

/** How long after the last of `failures` wrong PINs in a row the next try is refused. */
export function backOffMs(failures: number, wait: Wait = namedWait): number {
  if (failures < freeAttempts) return 0;
  return Math.min(wait.longestMs, wait.firstMs * 2 ** (failures - freeAttempts));
}

/** Wrong PINs within a quarter of an hour, in all lanes together, that look like someone trying. */
export const burstFailures = 10;
const burstWindowMs = 15 * 60_000;

/** Does `role` include what `needed` may do? Each role may do what the ones before it may. */
export const mayAct = (role: OperatorRole, needed: OperatorRole) =>
  operatorRoles.indexOf(role) >= operatorRoles.indexOf(needed);

function hashPin(pin: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(pin, salt, 32, { N: 1 << 14, r: 8, p: 1 });
  return JSON.stringify({ salt: salt.toString('base64'), hash: hash.toString('base64') });
}

function pinMatches(stored: string, pin: string): boolean {
  const parsed = StoredPin.safeParse(JSON.parse(stored));
  if (!parsed.success) return false;
  const expected = Buffer.from(parsed.data.hash, 'base64');
  const given = crypto.scryptSync(pin, Buffer.from(parsed.data.salt, 'base64'), 32, {
    N: 1 << 14,
    r: 8,
    p: 1,
  });
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export interface NewOperator {
  name: string;
  role: OperatorRole;
  personId: number | null;
  pin: string;
}

/**
 * Who a session is: an operator (with their id), or a BHV team member who opened the evacuation
 * list with their badge and may do nothing else (`evacuationOnly`).
 */
interface Session {
  name: string;
  role: OperatorRole;
  operatorId: number | null;
  evacuationOnly: boolean;
  until: number;
  id: number;
}

/** The role a session acts in now, and the short-term rights that give it, if any. */
export interface Acting {
  role: OperatorRole;
  grant: RoleGrant | null;
}

export function consoleLock(deps: {
  settings: SettingsRepo;
  operators: OperatorsRepo;
  attempts: UnlockAttemptsRepo;
  audit: AuditRepo;
  /** Short-term rights: the role an operator acts in now (without them, their own). */
  rights?: { effectiveRole(operatorId: number | null, own: OperatorRole): Acting };
  /** Told of a burst of wrong PINs: many within a quarter of an hour, in any lane. */
  onPinBurst?: (failures: number, at: Date) => void;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  /** Open sessions by token; a token is 32 random bytes, never stored or logged. */
  const open = new Map<string, Session>();
  let sessionIds = 0;
  // Outside a call (the CLI, a unit test) the process is one client of its own.
  const inProcess = newClient();
  const client = (): Client => currentClient() ?? inProcess;
  const idleMs = () =>
    deps.settings.get(
      'console.idleSeconds',
      z.number().int().min(30).max(3600),
      defaultIdleSeconds,
    ) * 1000;
  const current = () => {
    const token = client().consoleToken;
    const found = token === null ? undefined : open.get(token);
    if (!found) return null;
    if (now() < found.until) return found;
    open.delete(token!);
    return null;
  };
  /** A new session for the caller, in place of any it had. */
  const openFor = (who: Omit<Session, 'until' | 'id'>) => {
    forgetIdle();
    const caller = client();
    if (caller.consoleToken !== null) open.delete(caller.consoleToken);
    caller.consoleToken = crypto.randomBytes(32).toString('base64url');
    open.set(caller.consoleToken, { ...who, until: now() + idleMs(), id: ++sessionIds });
  };
  const forgetIdle = () => {
    for (const [token, s] of open) if (now() >= s.until) open.delete(token);
  };

  /**
   * Milliseconds until the next try in a lane (an operator, or null: the anonymous pad) is heard;
   * kept in the database, so a restart waits too.
   */
  const blockedMs = (operator: number | null = null): number => {
    const { count, last } = deps.attempts.failuresSinceSuccess(operator);
    if (!last) return 0;
    const wait = backOffMs(count, operator === null ? anonymousWait : namedWait);
    return Math.max(0, last.getTime() + wait - now());
  };
  const refuseWhileBlocked = (operator: number | null) => {
    const wait = blockedMs(operator);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppError('unauthorized', `Too many wrong PINs. Try again in ${seconds} seconds.`);
    }
  };

  // Read at every call, so rights held for a while end by themselves, mid-session too.
  const acting = (s: Session): Acting =>
    s.evacuationOnly || !deps.rights
      ? { role: s.role, grant: null }
      : deps.rights.effectiveRole(s.operatorId, s.role);
  const session = (): ConsoleSession => {
    const setupNeeded = deps.operators.count() === 0;
    const o = current();
    return {
      setupNeeded,
      unlocked: !!o,
      operator: o ? { name: o.name, ...acting(o) } : null,
      evacuationOnly: o?.evacuationOnly ?? false,
      idleMs: idleMs(),
      blockedMs: blockedMs(),
    };
  };

  const refuse = (operator: number | null, reason: string, message: string): never => {
    const at = new Date(now());
    deps.attempts.record(at, false, operator);
    deps.audit.record({
      actor: 'kiosk',
      action: 'staff.unlockFailed',
      ...(operator !== null ? { subject: String(operator) } : {}),
      detail: { reason },
    });
    const recent = deps.attempts.failuresAfter(new Date(at.getTime() - burstWindowMs));
    if (recent >= burstFailures) deps.onPinBurst?.(recent, at);
    throw new AppError('unauthorized', message);
  };

  const add = (o: NewOperator, actor: string): number => {
    const pin = Pin.parse(o.pin);
    const name = o.name.trim();
    if (!name || name.length > 80)
      throw new AppError('invalid_argument', 'A name of 1 to 80 characters.');
    if (deps.operators.byName(name))
      throw new AppError('conflict', `There is already an operator "${name}".`);
    // A PIN alone must name one operator.
    if (deps.operators.active().some((other) => pinMatches(other.pin, pin)))
      throw new AppError('conflict', 'Another operator has this PIN: choose another.');
    const id = deps.operators.insert(
      { name, role: o.role, personId: o.personId, pin: hashPin(pin) },
      new Date(now()).toISOString(),
      actor,
    );
    deps.audit.record({
      actor,
      action: 'operator.add',
      subject: String(id),
      detail: { role: o.role },
    });
    return id;
  };

  return {
    session,
    /** The operator now at the console, for the audit trail; "kiosk" when nobody is. */
    operatorName: () => current()?.name ?? 'kiosk',
    /** The operator at the caller's console (null: locked, or a BHV session), and whether they act under short-term rights. */
    operatorAtConsole: (): { id: number; name: string; underGrant: boolean } | null => {
      const c = current();
      if (!c || c.operatorId === null) return null;
      return { id: c.operatorId, name: c.name, underGrant: acting(c).grant !== null };
    },
    add,
    /** The first start: only while there is no operator at all. */
    setUpFirst(o: { name: string; pin: string }): ConsoleSession {
      if (deps.operators.count() > 0)
        throw new AppError('unauthorized', 'The kiosk is already set up.');
      add({ ...o, role: 'privacyOfficer', personId: null }, 'setup');
      return session();
    },
    /** `lobby admin set-pin`: the PIN of the operator "Beheerder" (a privacy officer), created if need be. */
    setPin(pin: string, actor: string): void {
      const existing = deps.operators.byName('Beheerder');
      if (!existing) {
        add({ name: 'Beheerder', role: 'privacyOfficer', personId: null, pin }, actor);
        return;
      }
      deps.operators.setPin(existing.id, hashPin(Pin.parse(pin)));
      deps.audit.record({ actor, action: 'staff.setPin', subject: String(existing.id) });
    },
    list: () =>
      deps.operators.all().map((o) => ({
        id: o.id,
        name: o.name,
        role: o.role,
        badge: o.personId !== null,
        disabled: o.disabledAt !== null,
      })),
    disable(id: number, actor: string) {
      if (current()?.operatorId === id)
        throw new AppError('conflict', 'You cannot disable yourself.');
      if (!deps.operators.disable(id, new Date(now()).toISOString()))
        throw new AppError('not_found', `There is no active operator ${id}.`);
      for (const [token, s] of open) if (s.operatorId === id) open.delete(token);
      deps.audit.record({ actor, action: 'operator.disable', subject: String(id) });
    },
    unlock(pin: string, badgeUid: string | null): ConsoleSession {
      if (deps.operators.count() === 0)
        throw new AppError('unauthorized', 'No operator is set up yet.');
      let operator: OperatorRow | null;
      // The lane the attempt counts in: the badge's operator, or the anonymous pad.
      let lane: number | null = null;
      if (badgeUid) {
        operator = deps.operators.byBadge(badgeUid);
        lane = operator?.id ?? null;
        refuseWhileBlocked(lane);
        if (!operator) return refuse(null, 'badge', 'This badge does not open the console.');
        if (!pinMatches(operator.pin, pin)) return refuse(lane, 'pin', 'That PIN is not right.');
      } else {
        refuseWhileBlocked(null);
        operator = deps.operators.active().find((o) => pinMatches(o.pin, pin)) ?? null;
        if (!operator) return refuse(null, 'pin', 'That PIN is not right.');
      }
      deps.attempts.record(new Date(now()), true, lane);
      const { name, role, id } = operator;
      openFor({ name, role, operatorId: id, evacuationOnly: false });
      deps.audit.record({
        actor: operator.name,
        action: 'staff.unlock',
        detail: { role: operator.role, byBadge: badgeUid !== null },
      });
      return session();
    },
    /**
     * A BHV team member's badge, tapped at the kiosk's reader in an emergency: the evacuation
     * list and the roll call for this client, without a PIN, and nothing else. The caller checks
     * the tap (a real one, just now, of a usable badge of someone on the team).
     */
    openEvacuation(memberName: string): ConsoleSession {
      const name = `${memberName} (BHV)`;
      openFor({ name, role: 'receptionist', operatorId: null, evacuationOnly: true });
      deps.audit.record({ actor: name, action: 'staff.unlock', detail: { bhv: true } });
      return session();
    },
    /** Locks the caller's own session; another client's stays open. */
    lock(): ConsoleSession {
      const c = current();
      if (c) deps.audit.record({ actor: c.name, action: 'staff.lock' });
      const caller = client();
      if (caller.consoleToken !== null) open.delete(caller.consoleToken);
      caller.consoleToken = null;
      return session();
    },
    /** Which session the caller has open (an id, not the token), for work that outlives a call. */
    sessionId: (): number | null => current()?.id ?? null,
    /** Is that session still open (not locked, not idle)? */
    isOpen(id: number): boolean {
      forgetIdle();
      return [...open.values()].some((s) => s.id === id);
    },
    /**
     * For every console call: refuses when locked, when the role may not, or when the session
     * is the evacuation list's alone and this is not one of its calls; keeps an active session open.
     */
    require(role: OperatorRole, evacuationCall = false): void {
      const c = current();
      if (!c) throw new AppError('unauthorized', 'The console is locked.');
      if (!mayAct(acting(c).role, role) || (c.evacuationOnly && !evacuationCall))
        throw new AppError('unauthorized', 'Your role may not do this.');
      c.until = now() + idleMs();
    },
  };
}
export type ConsoleLock = ReturnType<typeof consoleLock>;
