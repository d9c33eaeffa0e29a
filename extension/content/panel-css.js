// The panel's styles, applied inside its shadow root: host page CSS cannot reach in, and
// ours cannot leak out. Light and dark follow the host page (see panel.js).
'use strict';

const HANDOFF_PANEL_CSS = `
:host { all: initial; }
.hf { --bg: #ffffff; --fg: #1f1f1f; --muted: #5f6368; --line: #e3e3e3; --chip: #e8f0fe; --chip-fg: #174ea6;
  --accent: #0b57d0; --accent-fg: #fff; --warn: #b3261e; --focus: #0b57d0;
  position: fixed; z-index: 2147483000; width: 340px; max-height: min(70vh, 640px); display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.hf.dark { --bg: #202124; --fg: #e8eaed; --muted: #9aa0a6; --line: #3c4043; --chip: #174ea6; --chip-fg: #d2e3fc;
  --accent: #8ab4f8; --accent-fg: #202124; --warn: #f28b82; --focus: #8ab4f8; }
.hf[hidden] { display: none; }
header { display: flex; align-items: center; gap: 8px; padding: 10px 12px 6px; }
header strong { font-size: 14px; }
.ctx { color: var(--muted); font-size: 12px; flex: 1; line-height: 1.3; }
button { display: inline-flex; align-items: center; gap: 4px; font: inherit; cursor: pointer; border-radius: 16px; border: 1px solid var(--line); background: transparent; color: var(--fg); padding: 3px 10px; }
button:focus-visible, input:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.close { border: 0; font-size: 18px; line-height: 1; padding: 2px 6px; }
.search { margin: 0 12px 8px; padding: 7px 10px; border: 1px solid var(--line); border-radius: 8px; background: transparent; color: var(--fg); font: inherit; }
ol { list-style: none; margin: 0; padding: 0 8px 8px; overflow-y: auto; }
.card { padding: 8px; border-radius: 8px; border: 1px solid transparent; }
.card + .card { margin-top: 4px; }
.card[data-selected] { border-color: var(--accent); }
.card:focus { outline: 2px solid var(--focus); outline-offset: 1px; }
.title { font-weight: 600; }
.kind { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
.summary { margin: 2px 0 4px; color: var(--fg); }
.reasons { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0; padding: 0; list-style: none; }
.reasons li { background: var(--chip); color: var(--chip-fg); border-radius: 10px; padding: 1px 8px; font-size: 11px; }
.actions { display: flex; gap: 6px; align-items: center; }
.insert { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); white-space: nowrap; }
.dismiss { margin-left: auto; border: 0; padding: 3px 4px; color: var(--muted); font-size: 12px; white-space: nowrap; }
.dismiss:hover { text-decoration: underline; }
.rated { color: var(--muted); font-size: 12px; }
.gap { margin-top: 6px; padding: 8px; border-radius: 8px; border: 1px dashed var(--warn); }
.gap label { display: block; margin: 4px 0; }
.gap input { width: 100%; box-sizing: border-box; padding: 4px 6px; border: 1px solid var(--line); border-radius: 6px; background: transparent; color: var(--fg); font: inherit; }
footer { padding: 0 12px 10px; }
.propose { border: 0; padding: 2px 0; color: var(--accent); font-size: 12px; }
.preview { margin: 4px 0; padding: 4px 8px; border-left: 3px solid var(--line); color: var(--muted); white-space: pre-wrap; max-height: 120px; overflow: auto; }
.status { margin: 0; padding: 6px 12px 10px; color: var(--muted); font-size: 12px; }
.status.error { color: var(--warn); }
.empty { padding: 8px; color: var(--muted); }
`;
