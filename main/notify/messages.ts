/** What a host is told, in the site's language: who is waiting, from where, since when. */
import type { Locale, NotificationKind } from '../../vocabulary';

export interface HostMessage {
  kind: NotificationKind;
  locale: Locale;
  visitorName: string;
  visitorCompany: string | null;
  hostFirstName: string;
  siteName: string;
  /** Site-local "HH:MM". */
  arrivedAt: string;
}

const texts = {
  nl: {
    arrival: {
      subject: (m: HostMessage) => `${m.visitorName} is er voor je`,
      body: (m: HostMessage) =>
        `Hallo ${m.hostFirstName},\n\n${m.visitorName}${m.visitorCompany ? ` (${m.visitorCompany})` : ''} heeft zich om ${m.arrivedAt} aangemeld bij de receptie van ${m.siteName} en wacht daar op je. Wil je je bezoeker ophalen?\n\nLobby, de receptiekiosk`,
    },
    overdue: {
      subject: (m: HostMessage) => `${m.visitorName} wacht nog steeds bij de receptie`,
      body: (m: HostMessage) =>
        `Hallo ${m.hostFirstName},\n\n${m.visitorName}${m.visitorCompany ? ` (${m.visitorCompany})` : ''} wacht sinds ${m.arrivedAt} bij de receptie van ${m.siteName} en is nog niet opgehaald. Haal je bezoeker op, of laat de receptie weten wie dat doet.\n\nLobby, de receptiekiosk`,
    },
  },
  en: {
    arrival: {
      subject: (m: HostMessage) => `${m.visitorName} is here to see you`,
      body: (m: HostMessage) =>
        `Hello ${m.hostFirstName},\n\n${m.visitorName}${m.visitorCompany ? ` (${m.visitorCompany})` : ''} signed in at the ${m.siteName} reception at ${m.arrivedAt} and is waiting for you there. Please come and collect your visitor.\n\nLobby, the reception kiosk`,
    },
    overdue: {
      subject: (m: HostMessage) => `${m.visitorName} is still waiting at reception`,
      body: (m: HostMessage) =>
        `Hello ${m.hostFirstName},\n\n${m.visitorName}${m.visitorCompany ? ` (${m.visitorCompany})` : ''} has been waiting at the ${m.siteName} reception since ${m.arrivedAt} and has not been collected yet. Please collect your visitor, or tell reception who will.\n\nLobby, the reception kiosk`,
    },
  },
} as const;

export function hostMessage(m: HostMessage): { subject: string; text: string } {
  const t = texts[m.locale][m.kind];
  return { subject: t.subject(m), text: t.body(m) };
}
