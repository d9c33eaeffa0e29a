// The panel's styles, applied inside its shadow root: host page CSS cannot reach in, and
// ours cannot leak out. Light and dark follow the host page (see panel.js).
'use strict';

// The page gives up this much width at its right edge (dock.js): the panel, or its tab.
const HANDOFF_PANEL_WIDTH = 340;
const HANDOFF_TAB_WIDTH = 28;

const HANDOFF_PANEL_CSS = `
:host { all: initial; }
.hf, .tab { --bg: #ffffff; --fg: #1f1f1f; --muted: #5f6368; --line: #dadce0; --chip: #e8f0fe; --chip-fg: #174ea6;
  --accent: #0b57d0; --accent-fg: #fff; --warn: #b3261e; --focus: #0b57d0;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.hf.dark, .tab.dark { --bg: #202124; --fg: #e8eaed; --muted: #9aa0a6; --line: #3c4043; --chip: #174ea6; --chip-fg: #d2e3fc;
  --accent: #8ab4f8; --accent-fg: #202124; --warn: #f28b82; --focus: #8ab4f8; }
.hf { position: fixed; z-index: 2147483000; top: 0; bottom: 0; right: 0; width: ${HANDOFF_PANEL_WIDTH}px; box-sizing: border-box;
  display: flex; flex-direction: column; background: var(--bg); color: var(--fg); border-left: 1px solid var(--line);
  box-shadow: -2px 0 8px rgba(0,0,0,.06); }
.hf[hidden], .tab[hidden], .note[hidden] { display: none; }
.tab { position: fixed; z-index: 2147483000; top: 0; bottom: 0; right: 0; width: ${HANDOFF_TAB_WIDTH}px; box-sizing: border-box; margin: 0; padding: 0;
  display: flex; align-items: center; justify-content: center; background: var(--bg); color: var(--accent);
  border: 0; border-left: 1px solid var(--line); border-radius: 0; cursor: pointer; }
.tab span { writing-mode: vertical-rl; font-weight: 600; letter-spacing: .06em; }
.tab:hover { background: var(--chip); }
header { display: flex; align-items: center; gap: 8px; padding: 12px 12px 6px; }
header strong { font-size: 14px; }
.ctx { color: var(--muted); font-size: 12px; flex: 1; line-height: 1.3; min-width: 0; }
button, a.open { display: inline-flex; align-items: center; gap: 4px; font: inherit; cursor: pointer; border-radius: 16px; border: 1px solid var(--line);
  background: transparent; color: var(--fg); padding: 3px 10px; text-decoration: none; white-space: nowrap; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.close { border: 0; font-size: 20px; line-height: 1; padding: 2px 8px; }
.search { margin: 0 12px 8px; padding: 7px 10px; border: 1px solid var(--line); border-radius: 8px; background: transparent; color: var(--fg); font: inherit; }
ol { list-style: none; margin: 0; padding: 0 8px 8px; overflow-y: auto; overflow-x: hidden; flex: 1 1 auto; min-height: 0; }
.card { padding: 8px; border-radius: 8px; border: 1px solid transparent; min-width: 0; }
.card + .card { margin-top: 4px; border-top-color: var(--line); }
.for-page { margin: -2px 0 6px; color: var(--muted); font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
.card[data-selected] { border-color: var(--accent); }
.card:focus { outline: 2px solid var(--focus); outline-offset: -2px; }
.title { font-weight: 600; overflow-wrap: anywhere; }
.kind { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
.summary { margin: 2px 0 4px; color: var(--fg); overflow-wrap: anywhere; }
.reasons { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; padding: 0; list-style: none; }
.reasons li { background: var(--chip); color: var(--chip-fg); border-radius: 10px; padding: 1px 8px; font-size: 11px; }
.actions, .feedback { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.feedback { margin-top: 4px; }
.insert, .primary, .hf:not([data-can-insert]) .copy { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.hf:not([data-can-insert]) .insert { display: none; }
.up, .down { padding: 2px 7px; color: var(--muted); }
.dismiss { margin-left: auto; border: 0; padding: 3px 4px; color: var(--muted); font-size: 12px; }
.dismiss:hover { text-decoration: underline; }
.rated { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
.why { margin-top: 6px; }
.why button { font-size: 12px; padding: 2px 8px; }
.gap { margin-top: 6px; padding: 8px; border-radius: 8px; border: 1px dashed var(--warn); }
.hf > .gap { margin: 0 12px 8px; }
.gap label { display: block; margin: 4px 0; }
.gap input { width: 100%; box-sizing: border-box; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; background: transparent; color: var(--fg); font: inherit; }
footer { padding: 6px 12px 12px; border-top: 1px solid var(--line); }
.note { margin: 0 0 6px; color: var(--accent); font-size: 12px; }
.propose { border: 0; padding: 2px 0; color: var(--accent); font-size: 12px; }
.preview { margin: 4px 0; padding: 4px 8px; border-left: 3px solid var(--line); color: var(--muted); white-space: pre-wrap; max-height: 120px; overflow: auto; }
.status { margin: 0; padding: 6px 12px; color: var(--muted); font-size: 12px; }
.status:empty { display: none; }
.status.error { color: var(--warn); }
.empty { padding: 8px; color: var(--muted); }
`;
