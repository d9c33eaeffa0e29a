// The suggestion panel: a shadow-DOM island beside the compose or record. Everything from
// the library is set as text (textContent), never as markup.
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
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
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
    this.actions = actions; // {insert(card, values), rate(card, value), dismiss(card), search(query), closed()}
    this.cards = [];
    this.selected = -1;
    this.host = handoffEl('div', { id: 'handoff-panel-host' });
    this.root = this.host.attachShadow({ mode: 'open' });
    this.root.append(handoffEl('style', { text: HANDOFF_PANEL_CSS }));
    this.box = handoffEl('section', { class: 'hf', role: 'complementary', 'aria-label': 'Handoff suggestions', hidden: '' });
    this.ctx = handoffEl('span', { class: 'ctx' });
    this.search = handoffEl('input', { class: 'search', type: 'search', placeholder: 'Search approved content', 'aria-label': 'Search approved content', 'aria-controls': 'handoff-list', autocomplete: 'off' });
    this.list = handoffEl('ol', { id: 'handoff-list', 'aria-label': 'Suggested content' });
    this.status = handoffEl('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.proposeButton = handoffEl('button', { class: 'propose', type: 'button', text: 'Propose selection to marketing', title: 'Send the text you selected in your message to marketing as a draft', onclick: () => this.propose() });
    const footer = handoffEl('footer', {}, [this.proposeButton]);
    const close = handoffEl('button', { class: 'close', type: 'button', 'aria-label': 'Close Handoff', text: '×', onclick: () => this.close() });
    this.box.append(handoffEl('header', {}, [handoffEl('strong', { text: 'Handoff' }), this.ctx, close]), this.search, this.list, this.status, footer);
    this.root.append(this.box);
    // Clicking the panel must not take the caret out of the compose.
    this.box.addEventListener('mousedown', (e) => {
      if (!(e.target instanceof HTMLInputElement)) e.preventDefault();
    });
    let timer = 0;
    this.search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.actions.search(this.search.value), 60);
    });
    this.box.addEventListener('keydown', (e) => this.onKey(e));
  }

  mount() {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  get open() {
    return !this.box.hidden;
  }

  /** Places the panel beside `anchor` (the editor) without covering it. */
  show(anchor) {
    this.mount();
    this.box.classList.toggle('dark', handoffHostIsDark());
    this.box.hidden = false;
    this.anchor = anchor;
    this.place(anchor);
  }

  place(anchor) {
    const w = 340;
    const margin = 12;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const r = anchor ? anchor.getBoundingClientRect() : null;
    let left = vw - w - margin;
    let top = margin + 56;
    if (r && r.width > 0) {
      if (r.left - w - margin >= 0) left = r.left - w - margin; // to the left of the compose
      else if (r.right + margin + w <= vw) left = r.right + margin; // or to its right
      top = r.top;
    }
    // Keep the whole panel on screen: a compose docked at the bottom pushes it up.
    const h = Math.min(this.box.offsetHeight || 420, vh - 2 * margin);
    top = Math.max(margin, Math.min(top, vh - h - margin));
    Object.assign(this.box.style, { left: `${Math.max(margin, left)}px`, top: `${top}px` });
  }

  close() {
    this.box.hidden = true;
    this.actions.closed();
  }

  focusSearch() {
    this.search.focus();
    this.search.select();
  }

  setContext(ctx) {
    const parts = [ctx && ctx.company, ctx && ctx.vertical_label, ctx && ctx.stage_label].filter(Boolean);
    this.ctx.textContent = parts.join(' · ');
  }

  setStatus(text, isError = false) {
    this.status.textContent = text;
    this.status.classList.toggle('error', isError);
  }

  render(cards, emptyText) {
    // The same suggestions again (the rep typed on): keep the DOM, and with it focus and selection.
    const same = cards.length > 0 && cards.length === this.cards.length && cards.every((c, i) => c.id === this.cards[i].id && c.text === this.cards[i].text);
    if (same && this.list.children.length === cards.length) return;
    this.cards = cards;
    this.selected = cards.length ? 0 : -1;
    this.list.replaceChildren();
    if (!cards.length) {
      this.list.append(handoffEl('li', { class: 'empty', text: emptyText }));
      return;
    }
    cards.forEach((card, i) => this.list.append(this.renderCard(card, i)));
    this.highlight();
    if (this.open) this.place(this.anchor);
  }

  renderCard(card, i) {
    const titleId = `handoff-card-title-${i}`;
    const li = handoffEl('li', { class: 'card', tabindex: '-1', 'data-id': card.id, 'aria-labelledby': titleId });
    const reasons = handoffEl('ul', { class: 'reasons', 'aria-label': 'Why this was picked' }, card.reasons.map((r) => handoffEl('li', { text: r })));
    const insertLabel = card.text ? 'Insert' : 'Insert link';
    const actions = handoffEl('div', { class: 'actions' }, [
      handoffEl('button', { class: 'insert', type: 'button', text: insertLabel, 'aria-label': `${insertLabel}: ${card.title}`, onclick: () => this.insert(i) }),
      handoffEl('button', { class: 'up', type: 'button', title: 'Helpful', 'aria-label': `Helpful: ${card.title}`, onclick: () => this.rate(i, 1) }, [handoffIcon('up')]),
      handoffEl('button', { class: 'down', type: 'button', title: 'Not helpful', 'aria-label': `Not helpful: ${card.title}`, onclick: () => this.rate(i, -1) }, [handoffIcon('down')]),
      handoffEl('button', { class: 'dismiss', type: 'button', text: 'Not for this deal', 'aria-label': `Not for this deal: ${card.title}`, onclick: () => this.actions.dismiss(card) }),
    ]);
    li.append(
      handoffEl('div', { class: 'kind', text: (card.kind || 'content').replace('-', ' ') }),
      handoffEl('div', { class: 'title', id: titleId, text: card.title }),
      card.summary ? handoffEl('p', { class: 'summary', text: card.summary }) : null,
      reasons,
      actions,
    );
    li.addEventListener('focus', () => {
      this.selected = i;
      this.highlight();
    });
    return li;
  }

  /** Marks the selected card; with `focus`, moves keyboard focus to it (roving focus). */
  highlight(focus = false) {
    [...this.list.children].forEach((li, i) => li.toggleAttribute('data-selected', i === this.selected));
    const li = this.list.children[this.selected];
    if (this.selected >= 0 && li) {
      li.scrollIntoView({ block: 'nearest' });
      if (focus) li.focus();
    }
  }

  onKey(e) {
    const onCard = e.target instanceof HTMLElement && e.target.classList.contains('card');
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && this.cards.length && (onCard || e.target === this.search)) {
      e.preventDefault();
      if (e.target === this.search) {
        this.selected = e.key === 'ArrowDown' ? Math.max(0, this.selected) : this.cards.length - 1;
      } else if (e.key === 'ArrowUp' && this.selected === 0) {
        this.search.focus();
        return;
      } else {
        this.selected = Math.min(this.cards.length - 1, Math.max(0, this.selected + (e.key === 'ArrowDown' ? 1 : -1)));
      }
      this.highlight(true);
    } else if (e.key === 'Enter' && this.selected >= 0 && (e.target === this.search || onCard)) {
      e.preventDefault();
      this.insert(this.selected);
    }
  }

  /** Asks for every variable the page could not fill; inserts only when all have a value. */
  insert(i) {
    const card = this.cards[i];
    if (!card.missing || !card.missing.length) {
      this.actions.insert(card, {});
      return;
    }
    const li = this.list.children[i];
    li.querySelector('.gap')?.remove();
    const inputs = card.missing.map((name) => handoffEl('input', { type: 'text', name, 'aria-label': HANDOFF_VAR_LABELS[name] || name }));
    const form = handoffEl('form', { class: 'gap', 'aria-label': 'Fill in before inserting' }, [
      handoffEl('div', { text: 'This snippet needs a value the page does not show:' }),
      ...inputs.map((input) => handoffEl('label', { text: HANDOFF_VAR_LABELS[input.name] || input.name }, [input])),
      handoffEl('div', { class: 'actions' }, [handoffEl('button', { class: 'insert fill-insert', type: 'submit', text: 'Insert' }), handoffEl('button', { type: 'button', text: 'Cancel', onclick: () => form.remove() })]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const values = Object.fromEntries(inputs.map((input) => [input.name, input.value.trim()]));
      const empty = inputs.find((input) => !input.value.trim());
      if (empty) {
        empty.focus();
        this.setStatus(`Fill in “${HANDOFF_VAR_LABELS[empty.name] || empty.name}” first.`, true);
        return;
      }
      form.remove();
      this.actions.insert(card, values);
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
      handoffEl('div', { class: 'actions' }, [handoffEl('button', { class: 'insert', type: 'submit', text: 'Send to marketing' }), handoffEl('button', { type: 'button', text: 'Cancel', onclick: () => form.remove() })]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
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
      li.querySelector('.actions').append(handoffEl('span', { class: 'rated', role: 'status', text: value > 0 ? 'Thanks!' : 'Noted — marketing will see it.' }));
    };
    if (value > 0) return done(undefined);
    const reasons = [['outdated', 'Outdated'], ['wrong-audience', 'Wrong audience'], ['too-long', 'Too long'], ['inaccurate', 'Inaccurate'], ['other', 'Other']];
    why = handoffEl('div', { class: 'why reasons', role: 'group', 'aria-label': 'What was wrong?' }, reasons.map(([id, label]) => handoffEl('button', { type: 'button', class: `reason reason-${id}`, text: label, onclick: () => done(id) })));
    li.append(why);
    timer = setTimeout(() => done(undefined), 6000);
  }
}
