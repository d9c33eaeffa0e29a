// Putting text where the rep is writing as a person typing or pasting would: a separating
// space or line break where the caret touches text, a `beforeinput` the host editor may handle
// itself, then the browser's own editing command (a trusted `input` event and one native undo
// step). Snippets and links take the same path.
'use strict';

// The caret as it was last inside each editor: clicking the panel moves focus away.
const handoffCarets = new WeakMap();

document.addEventListener('selectionchange', () => {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const node = sel.anchorNode;
  const el = /** @type {Element | null} */ (node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement));
  const editor = el && el.closest('[contenteditable=true], [contenteditable=""], textarea');
  if (editor) handoffCarets.set(editor, sel.getRangeAt(0).cloneRange());
});

function handoffIsField(editor) {
  return editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement;
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
  const sel = document.getSelection();
  const saved = handoffCarets.get(editor);
  const range = saved && editor.contains(saved.startContainer) ? saved : (() => {
    const r = document.createRange();
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
  const ok = html ? document.execCommand('insertHTML', false, html) : document.execCommand('insertText', false, typed);
  if (ok && content() !== before) return true;
  return handoffInsertByHand(editor, typed);
}

/** For editors that refuse the editing command: the text at the caret, then tell the host. */
function handoffInsertByHand(editor, text) {
  if (handoffIsField(editor)) {
    editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
  } else {
    const sel = document.getSelection();
    const range = sel.getRangeAt(0);
    range.deleteContents();
    const node = document.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}
