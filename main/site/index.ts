/** What other features may use of the site model. */
export { siteService, type SiteService } from './site-service';
