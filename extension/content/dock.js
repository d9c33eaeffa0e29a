// Makes room for the panel at the right edge of the window, as mail-client sidebars do: the
// document gets a right margin the width of the panel (or of its collapsed tab), and the page's
// own layers that the margin does not move and that reach into that strip (a docked compose, a
// full-width bar, an app root placed on the window) are moved left or narrowed. So the panel
// is never over what the rep writes or reads.
'use strict';

class HandoffDock {
  constructor(isOurs) {
    this.isOurs = isOurs; // our own nodes are never moved
    this.width = 0;
    this.adjusted = new Map(); // element → its inline styles before we touched them
    this.style = document.createElement('style');
    this.style.id = 'handoff-dock-style';
    this.epoch = 0; // bumped when the room given changes: scans started before it stop
    window.addEventListener('resize', () => this.width && this.reserve(this.width));
  }

  /** Reserves `width` px at the right edge; 0 gives the room back. */
  reserve(width) {
    this.width = width;
    this.style.textContent = width ? `html { margin-right: ${width}px !important; }` : '';
    if (!this.style.isConnected) (document.head || document.documentElement).append(this.style);
    this.restoreAll();
    if (width) this.scan([document.body || document.documentElement]);
  }

  /** Newly added page nodes may be fixed layers too (Gmail adds its compose when opened). */
  added(nodes) {
    if (!this.width) return;
    const roots = nodes.filter((n) => n.nodeType === Node.ELEMENT_NODE && n.isConnected && !this.isOurs(n));
    if (roots.length) this.scan(roots);
  }

  /**
   * The rep is about to write in `editor`: if a fixed layer holding it reaches into the strip,
   * it moves now. This catches a layer the page showed by a style change, which adds no node.
   */
  clear(editor) {
    if (!this.width) return;
    for (let n = editor; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
      if (this.isLayer(n)) return this.move([n]);
    }
  }

  /**
   * A layer the margin on <html> does not move: fixed (placed on the window), or absolute with
   * no positioned ancestor and at least half the window wide (an app root placed on the initial
   * containing block, which the margin does not shrink). Small absolute popovers are placed by
   * script beside their anchor, which has already moved: they are left alone.
   */
  isLayer(el) {
    const position = getComputedStyle(el).position;
    if (position === 'fixed') return true;
    if (position !== 'absolute' || el.offsetParent !== document.body) return false;
    const onViewport = getComputedStyle(document.body).position === 'static' && getComputedStyle(document.documentElement).position === 'static';
    return onViewport && el.offsetWidth >= document.documentElement.clientWidth / 2;
  }

  /**
   * Finds the layers under `roots` in slices of a few milliseconds (a page can
   * hold tens of thousands of elements), then moves the ones that reach into the strip.
   */
  scan(roots) {
    const epoch = this.epoch;
    const found = [];
    const walkers = roots.map((r) => document.createTreeWalker(r, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (el) => {
        if (this.isOurs(el)) return NodeFilter.FILTER_REJECT;
        if (this.isLayer(el)) {
          found.push(el);
          return NodeFilter.FILTER_REJECT; // its children move with it
        }
        return NodeFilter.FILTER_ACCEPT; // back to the loop, which keeps time between elements
      },
    }));
    const slice = () => {
      if (epoch !== this.epoch) return;
      const done = handoffTimed('dock-scan', () => {
        const end = performance.now() + 6;
        while (walkers.length) {
          while (walkers[0].nextNode()) if (performance.now() > end) return false;
          walkers.shift();
        }
        return true;
      });
      if (done) handoffAfterFrame(() => epoch === this.epoch && handoffTimed('dock-move', () => this.move(found)));
      else setTimeout(slice, 0);
    };
    // The roots themselves may be fixed: the walker only looks below them. First slice once the
    // browser has restyled and laid out the page for the new margin (its own rendering step).
    handoffAfterFrame(() => {
      for (const r of roots) if (r !== document.body && r.isConnected && this.isLayer(r)) found.push(r);
      slice();
    });
  }

  move(elements) {
    const edge = document.documentElement.clientWidth - this.width;
    const rects = elements.map((el) => el.getBoundingClientRect()); // all reads before any write
    elements.forEach((el, i) => {
      const r = rects[i];
      if (this.adjusted.has(el) || r.width === 0 || r.right <= edge || r.left >= document.documentElement.clientWidth) return;
      const overlap = r.right - edge;
      this.adjusted.set(el, ['translate', 'width', 'box-sizing'].map((p) => [p, el.style.getPropertyValue(p), el.style.getPropertyPriority(p)]));
      // Moved by the whole width where it fits, as if the window were that much narrower: a
      // compose docked 16 px from the edge stays 16 px from the panel. Else only narrowed.
      const shift = r.left - this.width >= 0 ? this.width : r.left - overlap >= 0 ? overlap : 0;
      if (shift) {
        el.style.setProperty('translate', `${-shift}px 0`, 'important');
      } else {
        el.style.setProperty('box-sizing', 'border-box', 'important');
        el.style.setProperty('width', `${Math.max(0, r.width - overlap)}px`, 'important');
      }
    });
  }

  restoreAll() {
    this.epoch++;
    for (const [el, saved] of this.adjusted) for (const [p, v, prio] of saved) el.style.setProperty(p, v, prio);
    this.adjusted.clear();
  }
}
