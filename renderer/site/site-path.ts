/**
 * Where in the site model a problem is, in the editor's own words: "doors[10].zone" becomes
 * "Deuren › N-4F-TRAP › Zone", so the office manager finds the field without reading JSON paths.
 */
import type { SiteConfig } from '../../main/contract';
import type { MessageKey } from '../i18n/translate';

const words: Record<string, MessageKey> = {
  site: 'site.general',
  name: 'site.name',
  timezone: 'site.timezone',
  officeHours: 'site.officeHours',
  organisations: 'site.organisations',
  zones: 'site.zones',
  doors: 'site.doors',
  schedules: 'site.schedules',
  profiles: 'site.profiles',
  buildingLevels: 'site.levels',
  id: 'site.id',
  label: 'site.label',
  ownFloor: 'site.ownFloor',
  role: 'site.role',
  aliases: 'site.aliases',
  zone: 'site.zone',
  direction: 'site.direction',
  names: 'site.names',
  from: 'site.from',
  to: 'site.to',
  rules: 'site.rules',
  schedule: 'site.schedule',
  grants: 'site.grants',
};

/** The name of the n-th entry of a list in the draft (its code or name), or its number. */
function entryName(parent: unknown, index: number): string {
  const item: unknown = Array.isArray(parent) ? parent[index] : undefined;
  if (item && typeof item === 'object') {
    const named = item as { id?: unknown; name?: unknown };
    if (typeof named.id === 'string' && named.id) return named.id;
    if (typeof named.name === 'string' && named.name) return named.name;
  }
  return String(index + 1);
}

export function sitePlace(path: string, draft: SiteConfig, t: (key: MessageKey) => string): string {
  const parts: string[] = [];
  let node: unknown = draft;
  for (const token of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    const index = /^\[(\d+)\]$/.exec(token);
    if (index) {
      parts.push(entryName(node, Number(index[1])));
      node = Array.isArray(node) ? node[Number(index[1])] : undefined;
      continue;
    }
    const word = words[token];
    parts.push(word ? t(word) : token);
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
  }
  return parts.join(' › ');
}
