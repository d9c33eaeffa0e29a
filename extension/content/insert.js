// Putting text where the rep is writing as a person typing or pasting would: a separating
// space or line break where the caret touches text, a `beforeinput` the host editor may handle
// itself, then the browser's own editing command (a trusted `input` event and one native undo
// step). Snippets and links take the same path.
'use strict';

// The caret as it was last inside each editor: clicking the panel moves focus away.
const handoffCarets = new WeakMap();

const HANDOFF_EDITABLE = '[contenteditable=true], [contenteditable=""], textarea';

/** Notes the caret of the document the selection changed in (the page's, or a frame's). */
function handoffNoteCaret(e) {
  const doc = e.currentTarget;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const node = sel.anchorNode;
  const el = /** @type {Element | null} */ (node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement));
  const editor = el && (el.closest(HANDOFF_EDITABLE) || (doc.designMode === 'on' ? doc.body : null));
  if (editor) handoffCarets.set(editor, sel.getRangeAt(0).cloneRange());
}
document.addEventListener('selectionchange', handoffNoteCaret);

/** Whether `el` is a frame element (an iframe, or a frameset's frame). */
function handoffIsFrame(el) {
  return el.tagName === 'IFRAME' || el.tagName === 'FRAME';
}

/** A frame's document when it is the page's origin; null for a cross-origin (or unloaded) one. */
function handoffInnerDocument(frame) {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * The documents of the same-origin frames under `doc` (a composer's body is often one: CKEditor
 * 4, as in Salesforce's email composer, and TinyMCE write theirs into an about:blank iframe),
 * nested frames included. A cross-origin frame's document cannot be read and is skipped.
 */
function handoffFrameDocuments(doc, depth = 0) {
  const out = [];
  if (depth > 3) return out;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const inner = handoffInnerDocument(frame);
    if (!inner || !inner.documentElement) continue;
    // The same listener added again is not added twice; a frame whose document was rewritten
    // (document.open) lost its listeners and gets them back here.
    inner.addEventListener('selectionchange', handoffNoteCaret);
    out.push({ frame, doc: inner }, ...handoffFrameDocuments(inner, depth + 1));
  }
  return out;
}

/** The editors a frame's document holds: its editable elements, or its body in design mode. */
function handoffFrameEditors(doc) {
  if (doc.designMode === 'on' && doc.body) return [doc.body];
  return [...doc.querySelectorAll(HANDOFF_EDITABLE)];
}

/**
 * The editor focus is in when the page's focus is a same-origin frame (the rep clicked into a
 * composer's iframe body), looking through nested frames; null when it is in no editor there.
 */
function handoffFrameFocus(frame) {
  for (let depth = 0; depth < 4; depth++) {
    const inner = handoffInnerDocument(frame);
    if (!inner) return null;
    inner.addEventListener('selectionchange', handoffNoteCaret);
    const active = inner.activeElement;
    if (!active) return null;
    if (handoffIsFrame(active)) {
      frame = active;
      continue;
    }
    if (active === inner.body) return inner.designMode === 'on' || active.isContentEditable ? active : null;
    return active.closest(HANDOFF_EDITABLE);
  }
  return null;
}

/** The element of the page's own document that holds `el`: `el`, or the outermost frame around it. */
function handoffOnPage(el) {
  let node = el;
  while (node.ownerDocument !== document && node.ownerDocument.defaultView?.frameElement) node = node.ownerDocument.defaultView.frameElement;
  return node;
}

/** A text field, in the page or in a frame (whose elements are another window's classes). */
function handoffIsField(editor) {
  return editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT';
}

/** Puts the caret back where the rep left it in `editor` (at the end if never there). */
function handoffRestoreCaret(editor) {
  editor.focus({ preventScroll: true });
  if (handoffIsField(editor)) {
    // Setting the selection, even to where it is, ends the rep's typing run: without it the
    // browser merges the insert into the same undo step as the words typed before it.
    editor.setSelectionRange(editor.selectionStart, editor.selectionEnd, editor.selectionDirection);
    return null;
  }
  const doc = editor.ownerDocument;
  const sel = doc.getSelection();
  const saved = handoffCarets.get(editor);
  // A frame's document keeps its own selection while the rep clicks in the panel: where its
  // carets were not followed yet (a composer frame just opened), that selection is the caret.
  const current = sel.rangeCount && editor.contains(sel.anchorNode) ? sel.getRangeAt(0) : null;
  const range = saved && editor.contains(saved.startContainer) ? saved : current || (() => {
    const r = doc.createRange();
    r.selectNodeContents(editor);
    r.collapse(false);
    return r;
  })();
  sel.removeAllRanges();
  sel.addRange(range);
  return range;
}

const HANDOFF_BLOCK_TAGS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TH|TR|UL)$/;

/**
 * The character the caret touches on one side (`dir` -1 before, 1 after) in a rich editor:
 * '' at the editor's edge, '\n' at a line break or the edge of a block, else the character.
 */
function handoffCharBeside(editor, container, offset, dir) {
  const lineBreak = (n) => n.nodeType === Node.ELEMENT_NODE && (n.tagName === 'BR' || HANDOFF_BLOCK_TAGS.test(n.tagName));
  const leave = (parent) => {
    if (parent === editor || !editor.contains(parent)) return '';
    return lineBreak(parent) ? '\n' : past(parent);
  };
  const past = (n) => {
    const next = dir < 0 ? n.previousSibling : n.nextSibling;
    return next ? enter(next) : leave(n.parentNode);
  };
  const enter = (n) => {
    if (n.nodeType === Node.TEXT_NODE) return n.data ? n.data[dir < 0 ? n.data.length - 1 : 0] : past(n);
    if (n.nodeType !== Node.ELEMENT_NODE) return past(n);
    if (lineBreak(n)) return '\n';
    const inner = dir < 0 ? n.lastChild : n.firstChild;
    return inner ? enter(inner) : past(n);
  };
  if (container.nodeType === Node.TEXT_NODE) {
    const i = dir < 0 ? offset - 1 : offset;
    return i >= 0 && i < container.data.length ? container.data[i] : past(container);
  }
  const child = container.childNodes[dir < 0 ? offset - 1 : offset];
  return child ? enter(child) : leave(container);
}

/** The characters on either side of the caret (or selection) in `editor`. */
function handoffCaretNeighbours(editor, range) {
  if (handoffIsField(editor)) {
    const v = editor.value;
    return { before: v[editor.selectionStart - 1] || '', after: v[editor.selectionEnd] || '' };
  }
  return { before: handoffCharBeside(editor, range.startContainer, range.startOffset, -1), after: handoffCharBeside(editor, range.endContainer, range.endOffset, 1) };
}

/**
 * What to put around an insert so it does not run into the text beside the caret: a line
 * break for a multi-line snippet that would start or end mid-line, a space for a phrase or link.
 */
function handoffSeparators({ before, after }, multiline) {
  if (multiline) return { lead: before && before !== '\n' ? '\n' : '', trail: after && after !== '\n' ? '\n' : '' };
  return { lead: before && !/\s/.test(before) ? ' ' : '', trail: after && !/[\s.,;:!?)\]}]/.test(after) ? ' ' : '' };
}

/** A titled link, built as an element: library text is never parsed as HTML. */
function handoffLinkElement(href, title) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = title;
  return a;
}

/**
 * Inserts `{text}` (plain) or `{text, href}` (a titled link; plain `text: href` in a textarea)
 * at the caret of `editor`. Returns true when the editor changed.
 * @param {{text: string, href?: string}} what
 */
function handoffInsert(editor, what) {
  const { text, href } = what;
  let url = null;
  if (href) {
    try {
      url = new URL(href);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  }
  const range = handoffRestoreCaret(editor);
  const field = handoffIsField(editor);
  const body = url ? `${text}: ${url.href}` : text;
  const { lead, trail } = handoffSeparators(handoffCaretNeighbours(editor, range), !url && text.includes('\n'));
  const typed = lead + body + trail;
  let html = null;
  if (url && !field) {
    const wrap = document.createElement('span');
    // A plain space at the edge of inserted markup is dropped; a no-break space is what typing gives there.
    wrap.append(lead ? '\u00a0' : '', handoffLinkElement(url.href, text), trail ? '\u00a0' : '');
    html = wrap.innerHTML;
  }
  const content = () => (field ? editor.value : editor.innerHTML);
  const before = content();
  // Editors with their own model (ProseMirror, Lexical, Slate…) insert on `beforeinput` and cancel it.
  const init = { bubbles: true, cancelable: true, composed: true };
  if (html) {
    const data = new DataTransfer();
    data.setData('text/plain', typed);
    data.setData('text/html', html);
    Object.assign(init, { inputType: 'insertFromPaste', dataTransfer: data });
  } else {
    Object.assign(init, { inputType: 'insertText', data: typed });
  }
  if (!editor.dispatchEvent(new InputEvent('beforeinput', init))) return content() !== before;
  const doc = editor.ownerDocument;
  const ok = html ? doc.execCommand('insertHTML', false, html) : doc.execCommand('insertText', false, typed);
  if (ok && content() !== before) return true;
  return handoffInsertByHand(editor, typed);
}

/** For editors that refuse the editing command: the text at the caret, then tell the host. */
function handoffInsertByHand(editor, text) {
  if (handoffIsField(editor)) {
    editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
  } else {
    const sel = editor.ownerDocument.getSelection();
    const range = sel.getRangeAt(0);
    range.deleteContents();
    const node = editor.ownerDocument.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}
