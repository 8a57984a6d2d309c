import { useEffect } from 'react';
import { useApi } from '../app/ApiProvider';

/** A wedge types far faster than a person: every key within this gap of the previous one. */
const maxGapMs = 50;
const minLength = 4;

/**
 * Listens for a keyboard-wedge reader typing a card number and Enter while no text field has
 * focus, on every screen, and hands the number to the kiosk service, which turns it into a tap
 * like one on a PC/SC reader (the home screen, the PIN pad and the desk all hear of it).
 */
export function useKeyboardWedge(): void {
  const api = useApi();
  useEffect(() => {
    let buffer = '';
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const now = event.timeStamp;
      if (now - last > maxGapMs) buffer = '';
      last = now;
      if (event.key === 'Enter') {
        if (buffer.length >= minLength) void api.submitWedgeInput(buffer);
        buffer = '';
      } else if (event.key.length === 1) {
        buffer += event.key;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api]);
}
