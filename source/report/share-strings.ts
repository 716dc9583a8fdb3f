// A report that crossed from the load worker arrives with its own copy of every string
// (a structured clone does not share strings): 25,000 programs would each hold their
// own file path, body and era, and every metric its own unit and label. Pointing them
// at one copy each saves ~6 MB of the UI thread's heap; the values are unchanged.
import type {Item, Program, Report, Scale} from './model.js';

type Share = (text: string) => string;

function shareScale(scale: Scale, share: Share) {
	for (const metric of scale.metrics) {
		metric.unit = share(metric.unit);
		if (metric.label !== undefined) metric.label = share(metric.label);
		if (metric.per !== undefined) metric.per = share(metric.per);
	}
}

function shareItem(item: Item | Program, share: Share) {
	shareScale(item.plan, share);
	shareScale(item.actual, share);
	for (const a of item.achievement) {
		a.unit = share(a.unit);
		if (a.label !== undefined) a.label = share(a.label);
		a.pairedBy = a.pairedBy === 'label' ? 'label' : 'order';
	}
}

/** Returns a function that shares the strings of each report given to it (in place). */
export function stringSharer(): (report: Report) => Report {
	const pool = new Map<string, string>();
	const share: Share = (text) => {
		const found = pool.get(text);
		if (found !== undefined) return found;
		pool.set(text, text);
		return text;
	};
	return (report) => {
		report.file = share(report.file);
		report.body = share(report.body);
		report.era = share(report.era);
		for (const program of report.programs) {
			program.file = report.file;
			program.body = report.body;
			program.era = report.era;
			shareItem(program, share);
			for (const item of program.items) shareItem(item, share);
		}
		return report;
	};
}
