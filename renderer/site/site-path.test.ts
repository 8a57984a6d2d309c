import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../main/contract';
import { translate, type MessageKey } from '../i18n/translate';
import { sitePlace } from './site-path';

const t = (key: MessageKey) => translate('nl', key);
const draft = {
  doors: [{ id: 'D1' }, { id: 'N-4F-TRAP' }],
  schedules: { STD: [{ from: '07:00', to: '06:00' }] },
} as unknown as SiteConfig;

describe('site path', () => {
  it('names the place of a problem in the editor’s words and the entry’s own code', () => {
    expect(sitePlace('doors[1].zone', draft, t)).toBe('Deuren › N-4F-TRAP › Zone');
    expect(sitePlace('schedules.STD[0].to', draft, t)).toBe('Tijdschema’s › STD › 1 › Tot');
    expect(sitePlace('site.timezone', draft, t)).toBe('Algemeen › Tijdzone');
  });
});
