/**
 * The ways out of the kiosk page a visitor could take with a mouse, a finger or a keyboard
 * plugged into the kiosk: the context menu, dropping a file onto the page (the browser would open
 * it), printing, opening a file, saving the page, its source, the developer tools, and going back
 * or forward in the history. Cancelled at window level, before any screen sees them; the
 * development flag (`--dev`) lifts them. Chromium's own shortcuts that a page cannot cancel
 * (Ctrl+W, Ctrl+N) are for the operating system's kiosk shell (docs/KIOSK.md).
 */

/** Keys the kiosk page refuses: a key (lower case) with Ctrl/⌘, with Alt, or alone. */
const withCtrl = new Set(['p', 'o', 's', 'u', 'h', 'j', 'g', 'f']);
const withCtrlShift = new Set(['i', 'j', 'c', 'k', 'delete']);
const withAlt = new Set(['arrowleft', 'arrowright', 'home']);
const alone = new Set([
  'f12',
  'f1',
  'f3',
  'f6',
  'f7',
  'browserback',
  'browserforward',
  'browserhome',
]);

export function refusedKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  const key = e.key.toLowerCase();
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && e.shiftKey && withCtrlShift.has(key)) return true;
  if (ctrl && withCtrl.has(key)) return true;
  if (e.altKey && withAlt.has(key)) return true;
  return alone.has(key);
}

/** Installs the guards on the window; returns what removes them. */
export function installKioskGuards(target: Window = window): () => void {
  const cancel = (e: Event) => e.preventDefault();
  const keys = (e: KeyboardEvent) => {
    if (!refusedKey(e)) return;
    e.preventDefault();
    e.stopPropagation();
  };
  const options = { capture: true } as const;
  const pointer = ['contextmenu', 'dragstart', 'dragover', 'drop', 'auxclick'] as const;
  for (const type of pointer) target.addEventListener(type, cancel, options);
  target.addEventListener('keydown', keys, options);
  return () => {
    for (const type of pointer) target.removeEventListener(type, cancel, options);
    target.removeEventListener('keydown', keys, options);
  };
}
