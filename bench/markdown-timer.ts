// Preloaded into benchmarked builds (`node --import bench/markdown-timer.ts`): times every
// Markdown render that goes through unified's Processor#process — what Astro's unified()
// processor calls for each entry — and writes the totals to $BENCH_MARKDOWN_OUT on exit.
// Astro loads node_modules natively, so the `unified` resolved here is the one it uses.
//
// Two figures, because the glob loader renders ten entries at a time and plugins may await:
// the synchronous time inside the renders (a lower bound: with synchronous plugins it is all
// of the work) and the time with any render in flight (an upper bound).
import { writeFileSync } from 'node:fs';
import { unified } from 'unified';

const out = process.env.BENCH_MARKDOWN_OUT;
if (out) {
  type Process = (...args: unknown[]) => unknown;
  const proto = Object.getPrototypeOf(unified()) as { process: Process };
  const original = proto.process;
  let depth = 0; // renders nested in a render (e.g. a plugin's own processSync) count once
  let active = 0;
  let activeSince = 0;
  const totals = { renders: 0, syncMs: 0, inFlightMs: 0 };
  proto.process = function (this: unknown, ...args: unknown[]) {
    const top = depth === 0;
    const t0 = performance.now();
    if (top) {
      totals.renders++;
      if (active++ === 0) activeSince = t0;
    }
    depth++;
    let result: unknown;
    try {
      result = original.apply(this, args);
    } finally {
      depth--;
      if (top) totals.syncMs += performance.now() - t0;
    }
    if (top) {
      const end = () => {
        if (--active === 0) totals.inFlightMs += performance.now() - activeSince;
      };
      if (result instanceof Promise) result.then(end, end);
      else end();
    }
    return result;
  };
  process.on('exit', () => writeFileSync(out, JSON.stringify(totals)));
}
