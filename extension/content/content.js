// The content script: notices where the rep writes, snapshots only the regions the readers
// need, asks the service worker (which owns the wasm core) for suggestions, and drives the
// panel. Messages are named by direction: cs:* to the worker, bg:* from it.
'use strict';

(() => {
  const site = handoffSiteFor(location.hostname);
  if (!site || window.top !== window) return;

  const MAX_REGION_CHARS = 400_000;
  const DEBOUNCE_MS = 400;
  let editor = null;
  let lastKey = '';
  let context = null;
  let query = '';
  let closedFor = null; // the editor the rep closed the panel on: stay closed there
  const inserted = new WeakMap(); // editor → [{id, title}] inserted into it (pre-send check)
  let shownKey = '';

  const panel = new HandoffPanel({
    insert: insertCard,
    rate: (card, value, reason) => track('rated', { item_id: card.id, rating: value, reason }),
    dismiss: (card) => {
      track('dismissed', { item_id: card.id });
      panel.render(panel.cards.filter((c) => c.id !== card.id), 'Nothing else fits this conversation.');
    },
    search: (q) => {
      query = q;
      rank();
    },
    selection: () => {
      const sel = document.getSelection();
      const saved = editor && handoffCarets.get(editor);
      const range = sel && sel.rangeCount && editor && editor.contains(sel.anchorNode) ? sel.getRangeAt(0) : saved;
      return range ? range.toString().trim().slice(0, 20000) : '';
    },
    propose: (proposal) => track('proposed', { proposal }),
    closed: () => {
      closedFor = editor;
      editor?.focus({ preventScroll: true });
    },
  });

  function send(msg) {
    return chrome.runtime.sendMessage(msg).catch((e) => ({ error: String(e && e.message || e) }));
  }

  function visible(el) {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }

  function findEditor() {
    for (const sel of site.editors) {
      const list = [...document.querySelectorAll(sel)].filter((el) => visible(el) && !el.closest('#handoff-panel-host'));
      if (list.length) return list[list.length - 1];
    }
    return null;
  }

  /**
   * A copy of `el` for the readers: typed values copied into attributes (password fields
   * never), and open shadow roots (Lightning's LWC fields) as declarative templates, since
   * cloneNode leaves them out.
   */
  function copyForReader(el, depth = 0) {
    const clone = el.cloneNode(true);
    const src = [el, ...el.querySelectorAll('*')];
    const dst = [clone, ...clone.querySelectorAll('*')];
    src.forEach((s, i) => {
      const d = dst[i];
      if (!d) return;
      if (s instanceof HTMLInputElement || s instanceof HTMLTextAreaElement) {
        if (s.type === 'password' || (s.type === 'hidden' && !s.name)) d.removeAttribute('value');
        else if (s instanceof HTMLTextAreaElement) d.textContent = s.value;
        else d.setAttribute('value', s.value);
      }
      if (s.shadowRoot && depth < 8) {
        const t = document.createElement('template');
        t.setAttribute('shadowrootmode', 'open');
        for (const child of s.shadowRoot.children) t.content.append(copyForReader(child, depth + 1));
        d.prepend(t);
      }
    });
    return clone;
  }

  /** The page regions the readers need, serialized. */
  function snapshot() {
    const chosen = [];
    for (const sel of site.regions) {
      for (const el of document.querySelectorAll(sel)) {
        if (chosen.some((c) => c.contains(el))) continue;
        for (let i = chosen.length - 1; i >= 0; i--) if (el.contains(chosen[i])) chosen.splice(i, 1);
        chosen.push(el);
      }
    }
    const parts = chosen.map((el) => copyForReader(el).outerHTML.slice(0, MAX_REGION_CHARS));
    return `<html><head><title>${document.title.replace(/[<&]/g, '')}</title></head><body>${parts.join('\n')}</body></html>`;
  }

  /**
   * Runs our synchronous main-thread work under a `handoff:<name>` performance measure, so
   * time spent on the host page is visible to its own tools (and to our long-task test).
   */
  function timed(name, fn) {
    const start = performance.now();
    try {
      return fn();
    } finally {
      performance.measure(`handoff:${name}`, { start, end: performance.now() });
    }
  }

  /** A usage event; the worker keeps only what the privacy setting allows (never page text). */
  function track(action, fields = {}) {
    return send({ type: 'cs:event', event: { action, ...fields, context: context || { source: site.id } } });
  }

  async function read() {
    editor = findEditor();
    if (!editor) {
      if (panel.open && !query) panel.box.hidden = true;
      return;
    }
    const reply = await send({ type: 'cs:read', url: location.href, html: timed('snapshot', snapshot) });
    if (reply.error) return showError(reply.error);
    context = reply.context;
    const key = JSON.stringify(context);
    if (key === lastKey && panel.open) return;
    lastKey = key;
    await rank();
  }

  async function rank() {
    const reply = await send({ type: 'cs:suggest', context, query });
    if (reply.error) return showError(reply.error);
    timed('render', () => {
      panel.setContext({ company: context && context.company, vertical_label: reply.labels.vertical, stage_label: reply.labels.stage });
      panel.render(reply.suggestions, query ? `Nothing approved matches “${query}”.` : 'Nothing in the library fits this conversation yet. Try a search.');
      panel.setStatus(reply.suggestions.length ? '' : query ? 'Marketing will see this search.' : '');
      if (!panel.open && editor && closedFor !== editor) panel.show(editor);
    });
    const key = reply.suggestions.map((c) => c.id).join(',');
    if (panel.open && key && key !== shownKey) reply.suggestions.forEach((c) => track('shown', { item_id: c.id }));
    shownKey = key;
    if (query) reportSearch(query, reply.suggestions.length);
  }

  // One event per search the rep settled on (not per keystroke): searched, or no result.
  let searchTimer = 0;
  function reportSearch(q, results) {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      if (q !== query) return;
      if (results) track('searched');
      else track('search_no_result', { query: q.trim().slice(0, 200) });
    }, 1200);
  }

  function showError(message) {
    panel.show(editor);
    panel.render([], '');
    panel.setStatus(`Handoff could not rank content: ${message}`, true);
  }

  function fillValues(text, values) {
    return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (all, name) => (values[name] ? values[name] : all));
  }

  function insertCard(card, values) {
    const target = editor && editor.isConnected ? editor : findEditor();
    if (!target) return panel.setStatus('Click into the message first, then insert.', true);
    const ok = timed('insert', () => (card.text ? handoffInsertText(target, fillValues(card.text, values)) : handoffInsertLink(target, card.url, card.title)));
    if (!ok) return panel.setStatus('The editor did not accept the text.', true);
    inserted.set(target, [...(inserted.get(target) || []), { id: card.id, title: card.title }]);
    panel.setStatus(`Inserted “${card.title}”. Was it useful? Rate it above.`);
    track('inserted', { item_id: card.id });
  }

  // Before send: an inserted asset that was retired or expired since must not go out unseen.
  let sendAnyway = false;
  document.addEventListener('click', async (e) => {
    const button = site.sendButtons && e.target instanceof Element && e.target.closest(site.sendButtons.join(','));
    if (!button || sendAnyway) return;
    const draft = editor && inserted.get(editor);
    if (!draft || !draft.length) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const reply = await send({ type: 'cs:check-draft', ids: draft.map((d) => d.id) });
    const stale = draft.filter((d) => (reply.stale || []).includes(d.id));
    if (!stale.length) return resend(button);
    panel.show(editor);
    panel.warnStale(stale.map((d) => d.title), () => resend(button));
  }, true);

  function resend(button) {
    sendAnyway = true;
    try {
      button.click();
    } finally {
      sendAnyway = false;
    }
  }

  function openPanel() {
    editor = editor || findEditor();
    closedFor = null;
    panel.show(editor);
    panel.focusSearch();
    if (!panel.cards.length) rank();
  }

  document.addEventListener('keydown', (e) => {
    if (e.altKey && e.shiftKey && (e.key === 'H' || e.key === 'h' || e.code === 'KeyH')) {
      e.preventDefault();
      openPanel();
    }
  }, true);
  chrome.runtime.onMessage.addListener((msg) => {
    if (msg && msg.type === 'bg:open-panel') openPanel();
  });

  let timer = 0;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(read, DEBOUNCE_MS);
  };
  new MutationObserver((records) => {
    // Our own panel's changes are not the page changing.
    if (records.every((r) => r.target === panel.host || panel.host.contains(r.target))) return;
    schedule();
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  window.addEventListener('hashchange', schedule);
  schedule();
})();
