// Job control, as less and vim do it (issue 19). Ctrl-z reaches a raw-mode program as a
// key (0x1A), not as SIGTSTP: the key splitter (key-input.ts) turns it into SIGTSTP, as
// the line discipline would. On SIGTSTP the terminal is restored (alternate screen left,
// cursor shown, cooked mode) and the process group stops with the default action, as
// the line discipline's Ctrl-z stops it; on SIGCONT it takes the terminal back and
// repaints everything.
import {readFileSync} from 'node:fs';
import type {Screen} from './screen.js';

/**
 * Whether a job-control shell started this process, so that a stop can be undone by `fg`:
 * such a shell gives each job a process group of its own. In the session leader's group
 * (started by a script, tmux's pane command, a service) the kernel discards SIGTSTP, and
 * leaving the screen would only let Ctrl-c or Ctrl-\ typed meanwhile reach the line
 * discipline as signals. Linux reads /proc; elsewhere it is assumed.
 */
function jobControlled(): boolean {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const [, , pgrp, session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return pgrp !== session;
	} catch {
		return true;
	}
}

/**
 * Suspends on Ctrl-z / SIGTSTP and resumes on SIGCONT; `redraw` paints the whole screen
 * again. Returns the function that stops it (the explorer has ended).
 */
export function installJobControl(screen: Screen, redraw: () => void): () => void {
	/** Stopped with the screen up: SIGCONT takes it back. */
	let suspended = false;
	/** The explorer is still running (a late SIGCONT after the end repaints nothing). */
	let running = true;
	const repaint = () => {
		if (running) redraw();
	};
	const onStop = () => {
		if (!jobControlled()) return; // as in a shell without job control: Ctrl-z does nothing
		suspended = screen.active;
		screen.leave();
		// With no listener node restores the default action: stop. The whole process group
		// stops, as the line discipline's Ctrl-z stops it: run by a script or `npm start`,
		// the shell waits on the job's first process, and sees it stopped only so.
		process.off('SIGTSTP', onStop);
		process.kill(0, 'SIGTSTP');
		// Stopped, this runs once continued. Not stopped (a process group no job-control
		// shell started is orphaned, and the kernel discards its SIGTSTP), SIGCONT never
		// comes: take the terminal back at once.
		setImmediate(() => {
			if (suspended) onContinue();
		});
	};
	const onContinue = () => {
		if (!process.listeners('SIGTSTP').includes(onStop)) process.on('SIGTSTP', onStop);
		if (!suspended) {
			repaint();
			return;
		}
		suspended = false;
		screen.enter();
		repaint();
	};
	process.on('SIGTSTP', onStop);
	process.on('SIGCONT', onContinue);
	return () => {
		running = false;
		process.off('SIGTSTP', onStop);
		process.off('SIGCONT', onContinue);
	};
}
