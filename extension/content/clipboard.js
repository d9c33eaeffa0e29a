// Copying a snippet or a link for the rep to paste where Handoff cannot insert.
'use strict';

/** Copies `text` (and `html`, for rich editors, when given). Resolves to true when copied. */
async function handoffCopy(text, html) {
  try {
    if (!html) await navigator.clipboard.writeText(text);
    else await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
    return true;
  } catch {
    // The async API refuses when the page is not focused; the copy command works inside the click.
    let copied = false;
    const onCopy = (e) => {
      e.clipboardData.setData('text/plain', text);
      if (html) e.clipboardData.setData('text/html', html);
      e.preventDefault();
      e.stopImmediatePropagation();
      copied = true;
    };
    document.addEventListener('copy', onCopy, true);
    try {
      document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', onCopy, true);
    }
    return copied;
  }
}
