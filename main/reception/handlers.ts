import type { Handlers } from '../ipc/feature-contract';
import { AppError } from '../ipc/errors';
import { badgeLabelPdf } from './badge-label';
import type { calls, NotifyConfig, ReceptionConfig, Results } from './calls';
import type { Reception } from './reception';
import { rateLimit } from '../domain/rate-limit';

/**
 * Host searches anyone at the screen may make: a visitor types a name a few letters at a time,
 * a script trying every three letters to list the staff types thousands. Thirty at once, then
 * one a second.
 */
const searchBurst = 30;
const searchRefillMs = 1000;

export function receptionHandlers(deps: {
  reception: Reception;
  operator: () => string;
}): Handlers<typeof calls, Results> {
  const { reception: r, operator } = deps;
  const { desk, evacuation } = r;
  const notifyConfig = (): NotifyConfig => {
    const email = r.notify.email();
    const webhook = r.notify.webhook();
    return {
      email: email && {
        host: email.host,
        port: email.port,
        security: email.security,
        user: email.user,
        passwordSet: !!email.password,
        from: email.from,
      },
      webhook,
      allowedHosts: r.notify.allowedHosts(),
      privacyOfficer: r.notify.privacyOfficer(),
    };
  };
  const config = (): ReceptionConfig => r.config.get();
  const searches = rateLimit(searchBurst, searchRefillMs);

  return {
    getVisitorKiosk: () => {
      const c = r.config.get();
      return {
        selfSignIn: c.selfSignIn,
        askPhone: c.askPhone,
        idleSeconds: c.idleSeconds,
        siteName: r.siteName(),
        siteNames: r.siteNames(),
        controller: r.controller(),
        retentionDays: c.visitorRetentionDays,
        privacyContact: c.privacyContact,
      };
    },
    findHosts: (typed) => {
      if (!r.config.get().selfSignIn) return [];
      if (!searches.take())
        throw new AppError('unavailable', 'Too many searches for a host. Wait a moment.');
      return desk.findHosts(typed);
    },
    findExpectedVisitors: (typed) => {
      if (!r.config.get().selfSignIn) return [];
      return desk.findExpected(typed);
    },
    signInVisitor: (input) => {
      if (!r.config.get().selfSignIn)
        throw new AppError('unauthorized', 'Self sign-in is switched off at this kiosk.');
      return desk.signIn(input);
    },
    listVisits: (date) => {
      const day = date ?? desk.today();
      const visits = desk.list(day);
      r.audit(operator(), 'visits.view', day);
      return { date: day, visits };
    },
    registerVisit: (input) => desk.register(input, operator()),
    markPickedUp: (id) => desk.pickUp(id, operator()),
    signOutVisit: (id) => desk.signOut(id, operator()),
    undoSignOut: (id) => desk.undoSignOut(id, operator()),
    armBadgeIssue: (id) => r.taps.arm(id, operator()),
    disarmBadgeIssue: () => {
      r.taps.disarm();
      return null;
    },
    closeVisit: (id, reason) => desk.close(id, reason, operator()),
    closeDay: (date, reason) => desk.closeDay(date, reason, operator()),
    getPresence: () => evacuation.presence(operator()),
    getEvacuationList: (locale) => evacuation.evacuationList(locale, operator()),
    getBadgeLabel: async (id, locale) => {
      if (!r.config.get().badgeLabels)
        throw new AppError('unauthorized', 'Badge labels are switched off for this site.');
      const visit = desk.byId(id);
      const bytes = await badgeLabelPdf(visit, r.siteName(), locale, new Date());
      return {
        fileName: `${locale === 'nl' ? 'bezoekerslabel' : 'visitor-label'}-${visit.id}.pdf`,
        mediaType: 'application/pdf',
        base64: bytes.toString('base64'),
      };
    },
    startRollCall: (reason) => evacuation.start(reason, operator()),
    getRollCall: () => evacuation.current(),
    markRollCall: (id, key, accounted) => evacuation.mark(id, key, accounted, operator()),
    endRollCall: (id) => evacuation.end(id, operator()),
    getRollCallReport: (id, locale) => evacuation.report(id, locale, operator()),
    getReceptionConfig: config,
    setReceptionConfig: (value) => {
      r.config.set(value);
      r.audit(operator(), 'reception.settings', null);
      return config();
    },
    getNotifyConfig: notifyConfig,
    setNotifyConfig: ({ email, webhook, allowedHosts, privacyOfficer }) => {
      const kept = r.notify.email()?.password ?? null;
      r.together(() => {
        r.notify.setEmail(email && { ...email, password: email.password ?? kept });
        r.notify.setWebhook(webhook);
        r.notify.setAllowedHosts(allowedHosts);
        r.notify.setPrivacyOfficer(privacyOfficer);
      });
      r.audit(operator(), 'notify.settings', null);
      return notifyConfig();
    },
    retryNotification: (id) => {
      const row = r.notifications.byId(id);
      if (!row) throw new AppError('not_found', `There is no notification ${id}.`);
      r.notifications.requeue(id, new Date().toISOString());
      r.outbox.kick();
      return desk.byId(row.visitId);
    },
  };
}
