// What Ink 6.8.0's useInput (ink/build/hooks/use-input.js) gets as its reconciler: Ink's
// own, but with batchedUpdates as discreteUpdates. Ink hands every key to the handler in
// batchedUpdates, which sets no update priority, so under React 19 a key's state change
// took the default lane and was rendered in a Scheduler task (a setImmediate) queued
// behind whatever the event loop already held: while 25,000 programs load, the next parse
// slice and the index's next slice came first. A key is a discrete event, as a keydown is
// in react-dom: its update takes the sync lane and is drawn in the microtask right after
// the read (issue 17, typing while loading).
// Ink's reconciler is not in its package's exports: it is reached by path (this module
// stands in for it only in use-input.js: swaps.mjs).
import reconciler from '../../node_modules/ink/build/reconciler.js';

const discrete: typeof reconciler = {...reconciler, batchedUpdates: reconciler.discreteUpdates};

export default discrete;
