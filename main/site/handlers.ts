import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { SiteService } from './site-service';

export function siteHandlers(deps: {
  site: SiteService;
  operator: () => string;
}): Handlers<typeof calls, Results> {
  return {
    getSiteConfig: () => deps.site.current(),
    saveSiteConfig: (site) =>
      deps.site.importSite('site configuration', JSON.stringify(site), deps.operator()),
  };
}
