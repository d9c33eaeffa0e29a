// Putting text where the rep is writing, through the editor's own input path so the host
// (Gmail, Outlook, CRM editors) registers the change and undo works.
'use strict';

// The caret as it was last inside each editor: clicking the panel moves focus away.
const handoffCarets = new WeakMap();

document.addEventListener('selectionchange', () => {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const node = sel.anchorNode;
  const el = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
  const editor = el && el.closest('[contenteditable=true], [contenteditable=""], textarea');
  if (editor) handoffCarets.set(editor, sel.getRangeAt(0).cloneRange());
});

function handoffRestoreCaret(editor) {
  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement) return;
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
}

/** Inserts plain text at the caret. Returns true when the editor holds it afterwards. */
function handoffInsertText(editor, text) {
  handoffRestoreCaret(editor);
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    // insertText on a textarea keeps the native undo stack too.
    if (!document.execCommand('insertText', false, text)) {
      editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, 'end');
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
    return editor.value.includes(text);
  }
  const before = editor.innerText;
  const ok = document.execCommand('insertText', false, text);
  if (ok && editor.innerText !== before) return true;
  // Fallback for editors that refuse execCommand: a text node at the caret, then tell the host.
  const sel = document.getSelection();
  const range = sel.getRangeAt(0);
  range.deleteContents();
  const node = document.createTextNode(text);
  range.insertNode(node);
  range.setStartAfter(node);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return editor.innerText.includes(text.split('\n')[0]);
}

/** Inserts a titled link. Built as an element with a checked https: href: never from markup. */
function handoffInsertLink(editor, url, title) {
  let href;
  try {
    href = new URL(url);
  } catch {
    return false;
  }
  if (href.protocol !== 'https:' && href.protocol !== 'http:') return false;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return handoffInsertText(editor, `${title}: ${href.href}`);
  }
  handoffRestoreCaret(editor);
  const a = document.createElement('a');
  a.href = href.href;
  a.textContent = title;
  a.dataset.handoffAsset = '1';
  const sel = document.getSelection();
  const range = sel.getRangeAt(0);
  range.deleteContents();
  range.insertNode(a);
  range.setStartAfter(a);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertLink', data: null }));
  return editor.contains(a);
}
