import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { KioskService } from './kiosk-service';

export function kioskHandlers(kiosk: KioskService): Handlers<typeof calls, Results> {
  return {
    getAppInfo: () => kiosk.appInfo(),
    getKioskSettings: () => kiosk.settings(),
    setDefaultLocale: (locale) => kiosk.setDefaultLocale(locale),
    quitKiosk: () => (kiosk.quit(), null),
  };
}
