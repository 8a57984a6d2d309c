/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The checks run inside the page, so this file (only) sees the DOM types.
/**
 * Layout and language checks an e2e test runs on whatever the staff area shows: nothing wider
 * than the screen, no text cut off inside its control, and (on a Dutch screen) no sentence of the
 * English catalogue.
 */
import type { Page } from 'playwright-core';
import { cardRules, type Locale } from '../../main/contract';
import { catalogues } from '../../renderer/i18n/translate';
import { serverMessages } from '../../renderer/i18n/server-text';

/** Escapes a catalogue template into a pattern; `{name}` becomes "anything". */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/g).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`, 's');
}

/** The English sentences that must not appear where Dutch is shown: those whose Dutch differs. */
function englishOnly(): RegExp[] {
  const nlValues = new Set(Object.values(catalogues.nl));
  const patterns: RegExp[] = [];
  for (const [key, en] of Object.entries(catalogues.en)) {
    const nl = catalogues.nl[key as keyof typeof catalogues.nl];
    // One short word ("Site", "OK") is the same in both languages often enough to prove nothing.
    if (en === nl || nlValues.has(en) || en.replace(/\{\w+\}/g, '').trim().length < 4) continue;
    patterns.push(templatePattern(en.trim()));
  }
  for (const message of serverMessages)
    if (message.en !== message.nl) patterns.push(templatePattern(message.en));
  return patterns;
}

export interface ScreenProblem {
  screen: string;
  problem: string;
}

/** Everything a person reads on the page: the text of each element that holds text itself. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility() || !node.textContent?.trim()) continue;
      // The file's own words (its column names, its values) are the file's, in its language.
      if (parent.closest('[translate="no"], code')) continue;
      texts.add(node.textContent.trim());
      // A sentence with a <code> or <strong> inside is read as one.
      const block = parent.closest('p, li, button, label, h1, h2, h3, td, th, dd, summary');
      if (block) texts.add((block as HTMLElement).innerText.trim());
    }
    // A control's aria-label repeats its visible label (checked as text), or names a file's column.
    for (const el of document.querySelectorAll<HTMLElement>(
      ':not(select, input)[aria-label], [title], [placeholder]',
    ))
      for (const attr of ['aria-label', 'title', 'placeholder'])
        if (el.getAttribute(attr)) texts.add(el.getAttribute(attr)!.trim());
    return [...texts];
  });
}

/** What is wider than its place: the page itself, and text cut off in a control. */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${((el as HTMLElement).innerText || (el as HTMLInputElement).value || '').slice(0, 40)}"`;
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`the page is ${root.scrollWidth}px wide on a ${root.clientWidth}px screen`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 1)
        found.push(`${name(el)} ends at x=${Math.round(box.right)}`);
    }
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, [role=tab], label, input, select, .pill',
    )) {
      if (!el.checkVisibility()) continue;
      if (el instanceof HTMLSelectElement) {
        const style = getComputedStyle(el);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = el.selectedOptions[0]?.text ?? '';
        // Padding plus the arrow take about 48px of the box.
        if (canvas.measureText(text).width > el.clientWidth - 48)
          found.push(`select shows "${text}" cut off`);
        continue;
      }
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} is cut off`);
    }
    return [...new Set(found)];
  });
}

/** A program's words: camelCase names, CODES_LIKE_THIS, and the card rules' names. */
const developerWord = new RegExp(
  [
    '\\b[a-z]+[A-Z][a-z]+\\w*\\b',
    '\\b[A-Z]+_[A-Z_]+\\b',
    ...cardRules.filter((r) => r.includes('-')).map((r) => `\\b${r}\\b`),
  ].join('|'),
);

/** Runs every check on the page as it is now; `screen` names it in the report. */
export async function checkScreen(
  page: Page,
  screen: string,
  locale: Locale,
): Promise<ScreenProblem[]> {
  await page.waitForTimeout(150);
  const problems = (await overflows(page)).map((problem) => ({ screen, problem }));
  const english = locale === 'nl' ? englishOnly() : [];
  for (const text of await shownTexts(page)) {
    if (english.some((p) => p.test(text)))
      problems.push({ screen, problem: `English on a Dutch screen: "${text}"` });
    const word = developerWord.exec(text)?.[0];
    if (word)
      problems.push({ screen, problem: `a program's word on screen: "${word}" in "${text}"` });
  }
  return problems;
}
