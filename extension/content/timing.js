// Our synchronous main-thread work on the host page runs under a `handoff:<name>` performance
// measure, so its cost is visible to the page's own tools (and to the long-task test).
'use strict';

function handoffTimed(name, fn) {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`handoff:${name}`, { start, end: performance.now() });
  }
}

/** The next animation frame, or a timer when the tab is hidden (rAF does not run there). */
function handoffNextFrame(fn) {
  if (document.hidden) setTimeout(fn, 16);
  else requestAnimationFrame(() => fn());
}

/**
 * Just after the next frame is rendered: the page's style and layout are clean then, so reading
 * geometry does not make us pay for relaying out the page inside our own task.
 */
function handoffAfterFrame(fn) {
  handoffNextFrame(() => setTimeout(fn, 0));
}
