// The terminal size, updated on resize; explicit sizes (tests) win.
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export function useTerminalSize(width?: number, height?: number): {width: number; height: number} {
	const {stdout} = useStdout();
	const read = () => ({width: stdout.columns || 80, height: stdout.rows || 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => setSize({width: stdout.columns || 80, height: stdout.rows || 24});
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return {width: width ?? size.width, height: height ?? size.height};
}
