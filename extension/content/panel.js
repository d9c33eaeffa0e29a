// The suggestion panel: a shadow-DOM island docked at the right edge of the window (the page
// makes room for it, see dock.js), collapsible to a small tab. Everything from the library is
// set as text (textContent), never as markup.
'use strict';

const HANDOFF_VAR_LABELS = {
  'contact.first_name': "Contact's first name",
  'contact.name': "Contact's name",
  company: 'Company',
  'rep.name': 'Your name',
  'rep.first_name': 'Your first name',
};

function handoffEl(tag, props = {}, children = []) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') el.textContent = v;
    else if (k === 'class') el.className = v;
    // Only the rep's own clicks act: the host page can dispatch events into the panel, but
    // they are not trusted (no insert, rating or proposal made by the page's script).
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), (e) => e.isTrusted && v(e));
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

const HANDOFF_ICONS = {
  up: 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z',
  down: 'M22 3h-4v12h4V3zM2 14a2 2 0 0 0 2 2h6.3l-1 4.6v.3c0 .4.2.8.4 1.1l1.1 1 6.6-6.6c.4-.4.6-.9.6-1.4V5a2 2 0 0 0-2-2H7c-.8 0-1.5.5-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2z',
};

/** A small inline icon: fonts on the rep's machine may have no emoji. */
function handoffIcon(name) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', HANDOFF_ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** Host page looks dark when its background is. */
function handoffHostIsDark() {
  for (const el of [document.body, document.documentElement]) {
    const m = el && getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g);
    if (m && m.length >= 3 && (m.length < 4 || Number(m[3]) > 0)) {
      const [r, g, b] = m.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
    }
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

class HandoffPanel {
  constructor(actions) {
    // {insert(card, values), copy(card, values), rate(card, value, reason), dismiss(card),
    //  search(query), selection(), propose(proposal), escape(), toggled(open), rendered(cards, tag)}
    this.actions = actions;
    this.cards = [];
    this.reasons = []; // thumbs-down reasons, [id, label], set from each suggest reply
    this.selected = -1;
    this.pending = null; // a re-rank held back while the rep points at or works in the list
    this.pointerIn = false;
    this.generation = 0;
    this.host = handoffEl('div', { id: 'handoff-panel-host' });
    this.root = this.host.attachShadow({ mode: 'open' });
    this.root.append(handoffEl('style', { text: HANDOFF_PANEL_CSS }));
    this.dock = new HandoffDock((n) => n === this.host || n === this.dock.style);
    this.box = handoffEl('section', { class: 'hf', role: 'complementary', 'aria-label': 'Handoff suggestions', hidden: '' });
    this.tab = handoffEl('button', { class: 'tab', type: 'button', hidden: '', title: 'Open Handoff (Alt+Shift+H)', 'aria-label': 'Open Handoff suggestions (Alt+Shift+H)', onclick: () => this.expand(true) }, [handoffEl('span', { text: 'Handoff' })]);
    this.ctx = handoffEl('span', { class: 'ctx' });
    this.search = handoffEl('input', { class: 'search', type: 'search', placeholder: 'Search approved content', 'aria-label': 'Search approved content', 'aria-controls': 'handoff-list', autocomplete: 'off' });
    this.list = handoffEl('ol', { id: 'handoff-list', 'aria-label': 'Suggested content' });
    this.status = handoffEl('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.note = handoffEl('p', { class: 'note', hidden: '', text: 'New suggestions for this page: they appear when you move away from the list.' });
    this.proposeButton = handoffEl('button', { class: 'propose', type: 'button', text: 'Propose selection to marketing', title: 'Send the text you selected in your message to marketing as a draft', onclick: () => this.propose() });
    const footer = handoffEl('footer', {}, [this.note, this.proposeButton]);
    const collapse = handoffEl('button', { class: 'close', type: 'button', 'aria-label': 'Collapse Handoff to a tab', title: 'Collapse to a tab', text: '›', onclick: () => this.collapse(true) });
    this.box.append(handoffEl('header', {}, [handoffEl('strong', { text: 'Handoff' }), this.ctx, collapse]), this.search, this.list, this.status, footer);
    this.root.append(this.box, this.tab);
    // Clicking the panel must not take the caret out of the compose.
    this.box.addEventListener('mousedown', (e) => {
      if (!(e.composedPath()[0] instanceof HTMLInputElement)) e.preventDefault();
    });
    let timer = 0;
    this.search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.actions.search(this.search.value), 60);
    });
    this.box.addEventListener('keydown', (e) => this.onKey(e));
    this.list.addEventListener('pointerenter', () => {
      this.pointerIn = true;
    });
    this.list.addEventListener('pointerleave', () => {
      this.pointerIn = false;
      this.applyPending();
    });
    this.list.addEventListener('focusout', () => setTimeout(() => this.applyPending(), 0));
  }

  mount() {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  /** Expanded (the panel) rather than collapsed (the tab) or not shown yet. */
  get open() {
    return !this.box.hidden;
  }

  /** Shows the panel docked at the right; `byRep` when the rep asked (remembered per site). */
  expand(byRep = false) {
    if (this.open) return;
    handoffTimed('dock', () => {
      this.mount();
      this.box.classList.toggle('dark', handoffHostIsDark());
      this.tab.hidden = true;
      this.box.hidden = false;
      this.dock.reserve(HANDOFF_PANEL_WIDTH);
    });
    this.actions.toggled(true, byRep);
  }

  /** Collapses the panel to a small tab at the right edge. */
  collapse(byRep = false) {
    const wasOpen = this.open;
    handoffTimed('dock', () => {
      this.mount();
      this.box.hidden = true;
      this.tab.hidden = false;
      this.tab.classList.toggle('dark', handoffHostIsDark());
      this.dock.reserve(HANDOFF_TAB_WIDTH);
    });
    if (wasOpen || byRep) this.actions.toggled(false, byRep);
  }

  /** Insert is offered only while the page has somewhere to insert into. */
  setCanInsert(yes) {
    this.box.toggleAttribute('data-can-insert', Boolean(yes));
  }

  focusSearch() {
    this.search.focus();
    this.search.select();
  }

  /** Who and where: the company, else the contact and their domain (a reading pane), then vertical and stage. */
  setContext(ctx) {
    const c = ctx || {};
    const who = c.company ? [c.company] : [c.contact && c.contact.name, c.domain];
    const parts = [...who, c.vertical_label, c.stage_label].filter(Boolean);
    this.ctx.textContent = parts.join(' · ');
  }

  setStatus(text, isError = false) {
    this.status.textContent = text;
    this.status.classList.toggle('error', isError);
  }

  /** True while the rep points at the list, has focus in it, or is answering a card's form. */
  busy() {
    const active = this.root.activeElement;
    return this.pointerIn || Boolean(active && this.list.contains(active)) || Boolean(this.list.querySelector('form.gap, .why'));
  }

  /**
   * Shows `cards` (tagged with the context they were ranked for). A re-rank the rep did not
   * ask for waits while the rep is pointing at or working in the list, so no card moves
   * under the pointer or the keyboard focus; `byRep` (a search) applies at once.
   */
  render(cards, emptyText, tag, byRep = false) {
    const moves = cards.length !== this.cards.length || cards.some((c, i) => c.id !== this.cards[i].id);
    if (!byRep && moves && this.busy() && this.cards.length) {
      this.pending = { cards, emptyText, tag };
      this.note.hidden = false;
      this.box.setAttribute('data-pending', '');
      return;
    }
    this.apply(cards, emptyText, tag);
  }

  applyPending() {
    if (!this.pending || this.busy()) return;
    const { cards, emptyText, tag } = this.pending;
    this.apply(cards, emptyText, tag);
  }

  apply(cards, emptyText, tag) {
    this.tag = tag;
    this.pending = null;
    this.note.hidden = true;
    this.box.removeAttribute('data-pending');
    // The same cards marked otherwise (the page's, now under a search that matched nothing) are redrawn.
    const sameIds =
      cards.length === this.cards.length &&
      cards.every((c, i) => c.id === this.cards[i].id && Boolean(c.for_page) === Boolean(this.cards[i].for_page)) &&
      this.list.querySelectorAll(':scope > li.card').length === cards.length;
    if (sameIds && cards.length) {
      // Same suggestions in the same order: new data (filled variables), same DOM, focus kept.
      this.cards = cards;
      this.actions.rendered(cards, tag);
      return;
    }
    this.cards = cards;
    this.selected = cards.length ? 0 : -1;
    const generation = ++this.generation;
    this.list.replaceChildren();
    if (!cards.length) {
      this.list.append(handoffEl('li', { class: 'empty', text: emptyText }));
      this.actions.rendered(cards, tag);
      return;
    }
    // Cards are built a few milliseconds at a time, one slice per frame: the host page's own
    // work (typing, scrolling) never waits behind ours.
    let next = 0;
    const slice = () => {
      if (generation !== this.generation) return;
      handoffTimed('render', () => {
        const end = performance.now() + 8;
        do this.list.append(this.cardElement(cards, next++));
        while (next < cards.length && performance.now() < end);
        if (next === cards.length) this.mark();
      });
      if (next < cards.length) handoffNextFrame(slice);
      else this.actions.rendered(cards, tag);
    };
    handoffNextFrame(slice);
  }

  /** Card `i` of `cards`; the first one after a search's matches says it is the page's. */
  cardElement(cards, i) {
    const li = handoffCardElement(cards[i], (name, id) => this.act(name, id));
    if (cards[i].for_page && !cards[i - 1]?.for_page) li.prepend(handoffEl('div', { class: 'for-page', text: i ? 'Also for this page' : 'No match for your search · for this page' }));
    return li;
  }

  cardIndex(id) {
    return this.cards.findIndex((c) => c.id === id);
  }

  act(name, id) {
    const i = this.cardIndex(id);
    if (i < 0) return;
    const card = this.cards[i];
    if (name === 'insert' || name === 'copy') this.withValues(i, name === 'insert' ? 'Insert' : 'Copy', (values) => this.actions[name](card, values));
    else if (name === 'up' || name === 'down') this.rate(i, name === 'up' ? 1 : -1);
    else if (name === 'dismiss') this.dismiss(i);
  }

  /** A dismissed card leaves at once (the rep asked); the rest stay where they are. */
  dismiss(i) {
    const [card] = this.cards.splice(i, 1);
    this.list.children[i]?.remove();
    if (!this.cards.length) this.list.append(handoffEl('li', { class: 'empty', text: 'Nothing else fits this conversation.' }));
    this.selected = Math.min(this.selected, this.cards.length - 1);
    this.mark();
    this.actions.dismiss(card);
  }

  /** Marks the selected card; with `focus`, moves keyboard focus to it (roving focus). */
  mark(focus = false) {
    [...this.list.children].forEach((li, i) => li.toggleAttribute('data-selected', i === this.selected));
    const li = this.list.children[this.selected];
    if (focus && this.selected >= 0 && li) {
      li.scrollIntoView({ block: 'nearest' });
      li.focus();
    }
  }

  onKey(e) {
    if (!e.isTrusted) return;
    const target = e.composedPath()[0];
    const onCard = target instanceof HTMLElement && target.classList.contains('card');
    if (e.key === 'Escape') {
      e.preventDefault();
      this.actions.escape();
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && this.cards.length && (onCard || target === this.search)) {
      e.preventDefault();
      if (target === this.search) {
        this.selected = e.key === 'ArrowDown' ? Math.max(0, this.selected) : this.cards.length - 1;
      } else if (e.key === 'ArrowUp' && this.selected === 0) {
        this.search.focus();
        return;
      } else {
        this.selected = Math.min(this.cards.length - 1, Math.max(0, this.selected + (e.key === 'ArrowDown' ? 1 : -1)));
      }
      this.mark(true);
    } else if (e.key === 'Enter' && this.selected >= 0 && (target === this.search || onCard)) {
      e.preventDefault();
      this.act(this.box.hasAttribute('data-can-insert') ? 'insert' : 'copy', this.cards[this.selected].id);
    }
  }

  /** Asks for every variable the page could not fill; calls `then(values)` only when all have one. */
  withValues(i, verb, then) {
    const card = this.cards[i];
    if (!card.missing || !card.missing.length) {
      then({});
      return;
    }
    const li = this.list.children[i];
    li.querySelector('.gap')?.remove();
    const inputs = card.missing.map((name) => handoffEl('input', { type: 'text', name, 'aria-label': HANDOFF_VAR_LABELS[name] || name }));
    const form = handoffEl('form', { class: 'gap', 'aria-label': 'Fill in before inserting' }, [
      handoffEl('div', { text: 'This snippet needs a value the page does not show:' }),
      ...inputs.map((input) => handoffEl('label', { text: HANDOFF_VAR_LABELS[input.name] || input.name }, [input])),
      handoffEl('div', { class: 'actions' }, [handoffEl('button', { class: 'primary fill-insert', type: 'submit', text: verb }), handoffEl('button', { type: 'button', text: 'Cancel', onclick: () => { form.remove(); this.applyPending(); } })]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!e.isTrusted) return;
      const values = Object.fromEntries(inputs.map((input) => [input.name, input.value.trim()]));
      const empty = inputs.find((input) => !input.value.trim());
      if (empty) {
        empty.focus();
        this.setStatus(`Fill in “${HANDOFF_VAR_LABELS[empty.name] || empty.name}” first.`, true);
        return;
      }
      form.remove();
      then(values);
    });
    li.append(form);
    inputs[0].focus();
  }

  /** Offers the rep's selected text to marketing as a draft, with a title the rep gives. */
  propose() {
    const text = this.actions.selection();
    this.root.querySelector('.proposal')?.remove();
    if (!text) {
      this.setStatus('Select the text you wrote in your message first, then propose it.', true);
      return;
    }
    const title = handoffEl('input', { type: 'text', name: 'title', 'aria-label': 'Title for marketing', placeholder: 'What is this snippet for?' });
    const form = handoffEl('form', { class: 'gap proposal', 'aria-label': 'Propose to marketing' }, [
      handoffEl('div', { text: 'Marketing will review this as a draft:' }),
      handoffEl('blockquote', { class: 'preview', text: text.length > 280 ? `${text.slice(0, 280)}…` : text }),
      handoffEl('label', { text: 'Title' }, [title]),
      handoffEl('div', { class: 'actions' }, [handoffEl('button', { class: 'primary', type: 'submit', text: 'Send to marketing' }), handoffEl('button', { type: 'button', text: 'Cancel', onclick: () => form.remove() })]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!e.isTrusted) return;
      if (!title.value.trim()) {
        title.focus();
        return;
      }
      form.remove();
      this.actions.propose({ title: title.value.trim().slice(0, 200), body: text });
      this.setStatus('Sent to marketing for review. Thank you!');
    });
    this.list.before(form);
    title.focus();
  }

  /** The pre-send warning: names the stale assets; the rep removes them or sends anyway. */
  warnStale(titles, sendAnyway) {
    this.root.querySelector('.stale')?.remove();
    const box = handoffEl('div', { class: 'gap stale', role: 'alert' }, [
      handoffEl('strong', { text: 'Check before sending' }),
      handoffEl('p', { text: `No longer approved: ${titles.map((t) => `“${t}”`).join(', ')}. It was retired or has expired since you inserted it.` }),
      handoffEl('div', { class: 'actions' }, [
        handoffEl('button', { type: 'button', class: 'send-anyway', text: 'Send anyway', onclick: () => { box.remove(); sendAnyway(); } }),
        handoffEl('button', { type: 'button', text: 'Keep editing', onclick: () => box.remove() }),
      ]),
    ]);
    this.list.before(box);
  }

  /** Thumbs up is one click. Thumbs down offers a reason for a few seconds, then counts as is. */
  rate(i, value) {
    const card = this.cards[i];
    const li = this.list.children[i];
    li.querySelector('.rated')?.remove();
    li.querySelector('.why')?.remove();
    let why = null;
    let timer = 0;
    const done = (reason) => {
      clearTimeout(timer);
      why?.remove();
      this.actions.rate(card, value, reason);
      // Below the buttons, not beside them: the row keeps its width (no squeeze, no scrollbar).
      li.append(handoffEl('p', { class: 'rated', role: 'status', text: value > 0 ? 'Thanks!' : 'Noted — marketing will see it.' }));
      this.applyPending();
    };
    if (value > 0) return done(undefined);
    // [id, label] pairs from the core (events::RATING_REASONS), with the suggestions.
    why = handoffEl('div', { class: 'why reasons', role: 'group', 'aria-label': 'What was wrong?' }, this.reasons.map(([id, label]) => handoffEl('button', { type: 'button', class: `reason reason-${id}`, text: label, onclick: () => done(id) })));
    li.append(why);
    timer = setTimeout(() => done(undefined), 6000);
  }
}
