// One suggestion card. Everything from the library is set as text, never as markup.
'use strict';

let handoffCardSerial = 0;

function handoffSafeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The card for `card`; `act(name, id)` is called with insert, copy, up, down, dismiss.
 * Insert shows only while the page has an editor (a CSS switch on the panel, no re-render).
 */
function handoffCardElement(card, act) {
  const titleId = `handoff-card-title-${++handoffCardSerial}`;
  const li = handoffEl('li', { class: 'card', tabindex: '-1', 'data-id': card.id, 'aria-labelledby': titleId });
  // The accessible name starts with the visible text (speech users say what they see).
  const button = (cls, text, hint, name, children = []) => handoffEl('button', { class: cls, type: 'button', text, title: hint, 'aria-label': `${text || hint}: ${card.title}`, onclick: () => act(name, card.id) }, children);
  const href = card.url && handoffSafeUrl(card.url);
  const actions = handoffEl('div', { class: 'actions' }, [
    button('insert', card.text ? 'Insert' : 'Insert link', card.text ? 'Insert into your message' : 'Insert a link into your message', 'insert'),
    button('copy', card.text ? 'Copy' : 'Copy link', card.text ? 'Copy the text' : 'Copy the link', 'copy'),
    href ? handoffEl('a', { class: 'open', href, target: '_blank', rel: 'noopener noreferrer', text: 'Open', title: 'Open in a new tab', 'aria-label': `Open: ${card.title}` }) : null,
  ]);
  // Rating and dismissing on a row of their own: the buttons above keep their size.
  const feedback = handoffEl('div', { class: 'feedback' }, [
    button('up', '', 'Helpful', 'up', [handoffIcon('up')]),
    button('down', '', 'Not helpful', 'down', [handoffIcon('down')]),
    button('dismiss', 'Not for this deal', 'Not for this deal', 'dismiss'),
  ]);
  const summary = typeof card.summary === 'string' && card.summary.trim() ? card.summary : null;
  // Element.append would write a missing part as the text "null": leave it out instead.
  li.append(...[
    handoffEl('div', { class: 'kind', text: (card.kind || 'content').replace('-', ' ') }),
    handoffEl('div', { class: 'title', id: titleId, text: card.title }),
    summary ? handoffEl('p', { class: 'summary', text: summary }) : null,
    handoffEl('ul', { class: 'reasons', 'aria-label': 'Why this was picked' }, (card.reasons || []).map((r) => handoffEl('li', { text: r }))),
    actions,
    feedback,
  ].filter(Boolean));
  return li;
}
