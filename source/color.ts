// Whether the explorer draws colour (clig.dev; no-color.org; force-color.org). The flag
// decides first; then FORCE_COLOR (0 or false: none), then NO_COLOR, then TERM=dumb;
// otherwise chalk's own detection of the terminal ('auto'). An empty variable counts as
// unset, as both conventions say. Without colour the explorer keeps bold, inverse and
// underline: those are not colours, and the selection and matches need them.
import type {ColorWhen} from './cli-flags.js';

export function resolveColor(flag: ColorWhen, env: NodeJS.ProcessEnv = process.env): ColorWhen {
	if (flag !== 'auto') return flag;
	const force = env.FORCE_COLOR;
	if (force !== undefined && force !== '')
		return force === '0' || force === 'false' ? 'never' : 'always';
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 'never';
	if (env.TERM === 'dumb') return 'never';
	return 'auto';
}
