// The content script: reads the supported page (a record, a thread, a compose) whether or not
// the rep is writing, snapshots only the regions the readers need, asks the service worker
// (which owns the wasm core) for suggestions, and drives the docked panel. Messages are named
// by direction: cs:* to the worker, bg:* from it.
'use strict';

(() => {
  const site = handoffSiteFor(location.hostname);
  if (!site || window.top !== window) return;

  const MAX_REGION_CHARS = 400_000;
  const DEBOUNCE_MS = 400;
  let editor = null; // where an insert goes: the editor the rep last worked in, else the visible one
  let context = null;
  let contextKey = ''; // page + vertical + stage: the list is re-ranked only when this changes
  let people = ''; // who the page is about: a change refreshes filled-in values, not the order
  let query = '';
  let collapseOnEscape = false; // the shortcut opened a collapsed panel: Esc folds it back
  const inserted = new WeakMap(); // editor → [{id, title}] inserted into it (pre-send check)
  const shown = new Map(); // context key → ids already reported shown in that context
  const contexts = new Map(); // context key → the context its list was ranked for

  const panel = new HandoffPanel({
    insert: insertCard,
    copy: copyCard,
    rate: (card, value, reason) => trackCard('rated', card, { rating: value, reason }),
    dismiss: (card) => trackCard('dismissed', card),
    search: (q) => {
      query = q;
      rank(true);
    },
    selection: () => {
      const sel = (editor?.ownerDocument || document).getSelection();
      const saved = editor && handoffCarets.get(editor);
      const range = sel && sel.rangeCount && editor && editor.contains(sel.anchorNode) ? sel.getRangeAt(0) : saved;
      return range ? range.toString().trim().slice(0, 20000) : '';
    },
    propose: (proposal) => track('proposed', { proposal }),
    escape: () => {
      if (collapseOnEscape) panel.collapse();
      collapseOnEscape = false;
      editor?.focus({ preventScroll: true });
    },
    toggled: (open, byRep) => {
      if (byRep) rememberState(open);
      if (open) reportShown(panel.cards, panel.tag);
    },
    rendered: reportShown,
  });

  /**
   * @template {MessageName} K
   * @param {MessageOf<K>} msg
   * @returns {Promise<Received<K>>}
   */
  function send(msg) {
    return chrome.runtime.sendMessage(msg).catch((e) => ({ error: String(e && e.message || e) }));
  }

  /** On screen: it has a box, is not hidden, and so is each frame around it. */
  function visible(el) {
    const r = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView;
    if (!(r.width > 0 && r.height > 0) || !view || view.getComputedStyle(el).visibility === 'hidden') return false;
    return el.ownerDocument === document || (view.frameElement !== null && visible(view.frameElement));
  }

  /** The visible editor of the site's kinds on the page, else one in a composer's frame. */
  function findEditor() {
    for (const sel of site.editors) {
      const list = [...document.querySelectorAll(sel)].filter(visible);
      if (list.length) return list[list.length - 1];
    }
    for (const { doc } of handoffFrameDocuments(document)) {
      doc.addEventListener('focusin', onFocusIn, true);
      const list = handoffFrameEditors(doc).filter(visible);
      if (list.length) return list[list.length - 1];
    }
    return null;
  }

  /** The editor inserts go to: the one the rep last worked in while it is on screen, else the visible one. */
  function currentEditor() {
    if (!(editor && editor.isConnected && visible(editor))) editor = findEditor();
    panel.setCanInsert(Boolean(editor));
    return editor;
  }

  /** The rep clicked or tabbed into an editor: the page's, or one inside a same-origin frame. */
  function onFocusIn(e) {
    const target = e.target;
    if (!target || target.nodeType !== Node.ELEMENT_NODE) return;
    let el = null;
    if (target.ownerDocument !== document) el = target.closest(HANDOFF_EDITABLE) || (target.ownerDocument.designMode === 'on' ? target.ownerDocument.body : null);
    else if (handoffIsFrame(target)) el = handoffFrameFocus(target);
    else el = target.closest(site.editors.join(','));
    if (el) {
      if (el.ownerDocument !== document) el.ownerDocument.addEventListener('focusin', onFocusIn, true);
      editor = el;
      panel.setCanInsert(true);
      handoffTimed('dock-move', () => panel.dock.clear(handoffOnPage(el)));
    }
  }
  document.addEventListener('focusin', onFocusIn, true);

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

  /** The page regions the readers need, serialized: the site table's, and those that reader
   * rules published since (from the worker's reply) also read. */
  const regions = new Set(site.regions);
  function snapshot() {
    const chosen = [];
    for (const sel of regions) {
      /** @type {Iterable<Element>} */
      let found = [];
      try {
        found = document.querySelectorAll(sel);
      } catch {
        continue; // a selector this browser does not take: the others still count
      }
      for (const el of found) {
        if (chosen.some((c) => c.contains(el))) continue;
        for (let i = chosen.length - 1; i >= 0; i--) if (el.contains(chosen[i])) chosen.splice(i, 1);
        chosen.push(el);
      }
    }
    const parts = chosen.map((el) => copyForReader(el).outerHTML.slice(0, MAX_REGION_CHARS));
    return `<html><head><title>${document.title.replace(/[<&]/g, '')}</title></head><body>${parts.join('\n')}</body></html>`;
  }

  /**
   * The context an event is about, without the page's words: an event keeps only what the
   * privacy setting allows and never page text (the reader already resolved the vertical and
   * stage from it), so the text and subject need not cross to the worker again.
   */
  function eventContext(ctx) {
    return ctx ? Object.fromEntries(Object.entries(ctx).filter(([k]) => k !== 'text' && k !== 'subject')) : { source: site.id };
  }

  /** A usage event about the page. */
  function track(action, fields = {}) {
    return send({ type: 'cs:event', event: { action, ...fields, context: eventContext(context) } });
  }

  /**
   * An event about a card, with the context its list was ranked for: while a re-rank waits
   * (the rep is pointing at the list), the cards on screen still belong to the previous one.
   */
  function trackCard(action, card, fields = {}) {
    const ctx = contexts.get(panel.tag) || context;
    return send({ type: 'cs:event', event: { action, item_id: card.id, ...fields, context: eventContext(ctx) } });
  }

  /** Each item counts as shown once per context, however often the list is rendered. */
  function reportShown(cards, key) {
    if (!panel.open || !key) return;
    let ids = shown.get(key);
    if (!ids) {
      shown.set(key, (ids = new Set()));
      if (shown.size > 50) shown.delete(shown.keys().next().value);
    }
    for (const c of cards) {
      if (ids.has(c.id)) continue;
      ids.add(c.id);
      trackCard('shown', c);
    }
  }

  function keyOf(ctx) {
    return [location.origin + location.pathname + location.hash, (ctx && ctx.vertical) || '', (ctx && ctx.stage) || ''].join('|');
  }

  async function read() {
    handoffTimed('editor', currentEditor);
    const reply = await send({ type: 'cs:read', url: location.href, html: handoffTimed('snapshot', snapshot) });
    if (reply.error) return showError(reply.error);
    const wider = (Array.isArray(reply.regions) ? reply.regions : []).filter((r) => typeof r === 'string' && !regions.has(r));
    if (wider.length) {
      wider.forEach((r) => regions.add(r));
      return read(); // once: the set now holds them
    }
    context = reply.context;
    const key = keyOf(context);
    const who = JSON.stringify([context && context.company, context && context.contact]);
    contexts.set(key, context);
    if (contexts.size > 50) contexts.delete(contexts.keys().next().value);
    if (key !== contextKey) {
      contextKey = key;
      people = who;
      await rank();
    } else if (who !== people) {
      people = who;
      await rank(false, true);
    }
  }

  /**
   * Ranks for the current context and query. `byRep` (a search) shows at once; `refresh` (same
   * context, new names on the page) only refills the cards already shown, never reorders them.
   */
  async function rank(byRep = false, refresh = false) {
    const key = contextKey;
    const q = query;
    const reply = await send({ type: 'cs:suggest', context, query });
    if (reply.error) return showError(reply.error);
    if (key !== contextKey || q !== query) return; // a newer ranking is on its way
    const cards = reply.suggestions;
    // A search's own matches; what follows them (for_page) is what fits the page.
    const matches = cards.filter((c) => !c.for_page).length;
    panel.reasons = reply.reasons;
    if (refresh && !(cards.length === panel.cards.length && cards.every((c, i) => c.id === panel.cards[i].id))) return;
    handoffTimed('render', () => {
      panel.setContext({ ...context, vertical_label: reply.labels.vertical, stage_label: reply.labels.stage });
      if (!refresh) panel.setStatus(matches || !query ? '' : cards.length ? `Nothing approved matches “${query}”. Marketing will see this search.` : 'Marketing will see this search.');
    });
    const none = query
      ? `Nothing approved matches “${query}”.`
      : reply.optedOut
        ? 'They asked not to be contacted, so nothing is suggested. A search still works.'
        : 'Nothing in the library fits this page yet. Try a search.';
    panel.render(cards, none, key, byRep);
    if (!panel.host.isConnected) await showRemembered();
    if (query) reportSearch(query, matches);
  }

  /** The panel as the rep left it on this site: open (the default) or collapsed to its tab. */
  // Kept by the worker: extension storage is closed to content scripts (it holds the token).
  async function showRemembered() {
    const { state } = await send({ type: 'cs:panel-state', site: location.hostname });
    if (panel.host.isConnected) return;
    if (state === 'collapsed') panel.collapse();
    else panel.expand();
  }

  async function rememberState(open) {
    await send({ type: 'cs:panel-state', site: location.hostname, state: open ? 'open' : 'collapsed' });
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
    panel.expand();
    panel.render([], '', contextKey, true);
    panel.setStatus(`Handoff could not rank content: ${message}`, true);
  }

  /** The card's text with the values the rep typed in; null (and says why) when it cannot be filled. */
  async function filledText(card, values) {
    if (!values || !Object.keys(values).length) return card.text;
    const reply = await send({ type: 'cs:fill', text: card.text, values });
    if (reply.error || typeof reply.text !== 'string') {
      panel.setStatus(`Handoff could not fill the snippet: ${reply.error || 'no answer'}`, true);
      return null;
    }
    return reply.text;
  }

  async function insertCard(card, values) {
    const target = currentEditor();
    if (!target) return panel.setStatus('Open a message or note on the page first, or use Copy.', true);
    const text = card.text && (await filledText(card, values));
    if (card.text && text === null) return;
    // `share` is the org's tracked link when it tracks links (worker/deals.js), else the asset's.
    const content = card.text ? { text } : { text: card.title, href: card.share || card.url };
    const ok = handoffTimed('insert', () => handoffInsert(target, content));
    if (!ok) return panel.setStatus('The editor did not accept the text.', true);
    inserted.set(target, [...(inserted.get(target) || []), { id: card.id, title: card.title }]);
    panel.setStatus(`Inserted “${card.title}”. Was it useful? Rate it above.`);
    trackCard('inserted', card);
  }

  async function copyCard(card, values) {
    const href = (card.share || card.url) && handoffSafeUrl(card.share || card.url);
    const text = card.text && (await filledText(card, values));
    if (card.text && text === null) return;
    const ok = card.text ? await handoffCopy(text) : href ? await handoffCopy(href, handoffLinkElement(href, card.title).outerHTML) : false;
    panel.setStatus(ok ? `Copied “${card.title}”. Paste it where you write.` : 'The browser did not allow copying here.', !ok);
    // Copied to paste elsewhere (a record with no editor, another app) is a use like an insert:
    // marketing's usage and outcome reports count it.
    if (ok) trackCard('inserted', card);
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
    panel.expand();
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

  /** Alt+Shift+H: the panel with this page's context, search focused, on every supported page. */
  function openPanel() {
    if (!panel.open) {
      collapseOnEscape = panel.host.isConnected;
      panel.expand();
    }
    panel.focusSearch();
    if (!contextKey) {
      clearTimeout(timer);
      read();
    }
  }

  document.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.altKey && e.shiftKey && (e.key === 'H' || e.key === 'h' || e.code === 'KeyH')) {
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
  const ours = (n) => n === panel.host || n === panel.dock.style || panel.host.contains(n);
  new MutationObserver((records) => {
    panel.dock.added(records.flatMap((r) => [...r.addedNodes]));
    // Our own panel's changes are not the page changing.
    const page = records.some((r) => {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return !(ours(r.target) || (nodes.length && nodes.every(ours)));
    });
    if (page) schedule();
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  window.addEventListener('hashchange', schedule);
  schedule();
})();
