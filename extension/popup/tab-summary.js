// One sentence on what Handoff is doing on a tab, from what the worker noted there
// (worker/tab-state.js) and, when the browser tells the tab's address, which site it is. Sites'
// names and kinds come from the site table (HANDOFF_SITES, loaded by popup.html before this).
const SITE_NAMES = Object.fromEntries(HANDOFF_SITES.map((s) => [s.id, s.name]));
const MAIL = HANDOFF_SITES.filter((s) => s.kind === 'mail').map((s) => s.id);

function list(names) {
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** {supported, text} for a tab: `siteId` from its address (or null), `reading`/`suggest` noted by the worker. */
export function describeTab({ siteId = null, reading = null, suggest = null }) {
  const id = reading && SITE_NAMES[reading.reader] ? reading.reader : siteId;
  if (!id || !SITE_NAMES[id]) return { supported: false, text: `Handoff works on ${list(Object.values(SITE_NAMES))}; this page is not one of them.` };
  const name = SITE_NAMES[id];
  if (!reading) return { supported: true, text: `This is ${name}: Handoff reads the ${MAIL.includes(id) ? 'email thread' : 'record'} you open here.` };
  const what = reading.object ? `${name} ${reading.object.toLowerCase()}` : `${name} ${MAIL.includes(id) ? 'thread' : 'page'}`;
  const labels = suggest ? [suggest.vertical, suggest.stage].filter(Boolean).join(' · ') || 'no vertical or stage found yet' : '';
  const count = suggest ? `${suggest.count} suggestion${suggest.count === 1 ? '' : 's'}` : '';
  const detail = [labels, count].filter(Boolean).join(', ');
  return { supported: true, text: `Reading this ${what}${detail ? `: ${detail}` : ''}.` };
}
