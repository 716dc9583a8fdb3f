// F1 for the key table (issue 16). Checked against Ink 6.8.0: parse-keypress.js names the
// key 'f1', but hooks/use-input.js hands a handler only input '' and a Key with no flag
// for it, so F1 looks like every other function key. This listens to the same raw input
// event Ink's useInput reads (StdinContext's internal_eventEmitter, registered before
// the App's useInput, so it has run when the handler does) and keeps the last one.
import {useStdin} from 'ink';
import {useEffect, useRef} from 'react';

/** F1 as xterm (SS3 P, or CSI 1;…P), rxvt (CSI 11~) and the Linux console (CSI [A) send it. */
const F1 = /^\u001B+(?:OP|\[11~|\[\[A|\[(?:1;\d+)?P)$/u;

export function isF1(sequence: string): boolean {
	return F1.test(sequence);
}

/** The raw text of the last input event (call before the component's useInput). */
export function useLastInput(): {readonly current: string} {
	const {internal_eventEmitter: emitter} = useStdin();
	const last = useRef('');
	useEffect(() => {
		const remember = (data: string | Buffer) => {
			last.current = String(data);
		};
		emitter?.on('input', remember);
		return () => {
			emitter?.off('input', remember);
		};
	}, [emitter]);
	return last;
}
