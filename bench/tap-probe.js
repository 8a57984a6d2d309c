// Injected into the kiosk page by bench/nfc.ts: records when each tap's result reaches the DOM,
// on the page's own clock (performance.timeOrigin is the machine's wall clock).
window.shownTaps = [];
new MutationObserver(() => {
  const el = document.querySelector('[data-testid="tap-result"]');
  const at = el && el.getAttribute('data-tapped-at');
  const last = window.shownTaps[window.shownTaps.length - 1];
  if (at && (!last || last.at !== at)) {
    window.shownTaps.push({
      uid: el.getAttribute('data-uid'),
      at,
      shownAt: performance.timeOrigin + performance.now(),
    });
  }
}).observe(document, { subtree: true, childList: true, attributes: true });
