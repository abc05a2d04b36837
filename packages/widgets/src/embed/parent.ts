/**
 * `embed-parent.js`: the page side of the iframe embedding. Resizes every iframe that shows
 * `embed.html` from this script's own origin to its content, and re-dispatches the widget's
 * `vois-step`, `vois-complete` and `vois-error` events on the iframe element (bubbling), so the
 * page can react to them without any analytics tool. Messages from any other origin or
 * window are ignored. Heights are set through the CSSOM, which a strict CSP allows.
 */
const origin = new URL(import.meta.url).origin;

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown; event?: unknown; detail?: unknown } | null;
  if (event.origin !== origin || !data || data.type !== 'vois-embed') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (typeof data.height === 'number' && data.height > 0 && data.height < 1e5) frame.style.height = `${Math.ceil(data.height)}px`;
    if (typeof data.event === 'string' && /^vois-(step|complete|error)$/.test(data.event)) {
      frame.dispatchEvent(new CustomEvent(data.event, { bubbles: true, detail: data.detail }));
      // A new step starts at the top of the frame: bring it into view if it scrolled away.
      if (data.event === 'vois-step' && frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
    }
  }
});
