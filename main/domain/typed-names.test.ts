import { describe, expect, it } from 'vitest';
import { cleanName, fold, matchesTyped } from './typed-names';

describe('names at the kiosk', () => {
  it('finds a name by the start of its words, whatever the accents and case', () => {
    expect(matchesTyped('Joëlle de Visser', 'joe vis')).toBe(true);
    expect(matchesTyped('Joëlle de Visser', 'JOELLE')).toBe(true);
    expect(matchesTyped('Hüseyin Çelik', 'cel')).toBe(true);
    expect(matchesTyped('Joëlle de Visser', 'isser')).toBe(false);
    expect(matchesTyped('Anne-Marie Jansen', 'marie')).toBe(true);
  });

  it('folds the letters that have no accent to drop, as people type them', () => {
    expect(matchesTyped('Łukasz Wiśniewski', 'luk')).toBe(true);
    expect(matchesTyped('ŁUKASZ WIŚNIEWSKI', 'lukasz wis')).toBe(true);
    expect(matchesTyped('Søren Ørsted', 'soren ors')).toBe(true);
    expect(matchesTyped('Johann Strauß', 'strauss')).toBe(true);
    expect(matchesTyped('Đorđe Æbeltoft', 'dord aeb')).toBe(true);
    expect(matchesTyped('Łukasz', 'łuk')).toBe(true);
    expect(fold('İlkay Ağaoğlu')).toBe('ilkay agaoglu');
  });

  it('cleans what is stored: control and direction characters out, spaces folded', () => {
    expect(cleanName('  Anna\u202e  de\tVries\u0000 ')).toBe('Anna de Vries');
    expect(cleanName('سارا احمدی')).toBe('سارا احمدی');
    expect(cleanName('Zoë 👋')).toBe('Zoë 👋');
    expect(fold(' ÉMILE  Zola ')).toBe('emile zola');
  });
});
