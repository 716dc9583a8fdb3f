// The one issue formatter (source/output/issues.ts): stderr lines and the status line's.
import {describe, expect, it} from 'vitest';
import {formatIssue} from '../../source/output/issues.js';
import type {LoadIssue} from '../../source/report/model.js';

const warning: LoadIssue = {
	code: 'unreadable',
	severity: 'warning',
	file: 'seeds/001_79635e35f1de570f.txt',
	line: 61,
	message: 'ignored unreadable text in the budget column: "71-9 = 1051 J"',
};

describe('formatIssue', () => {
	it('on stderr: the path as given, the line, the level, sanitised', () => {
		expect(formatIssue(warning)).toBe(
			'shuro: seeds/001_79635e35f1de570f.txt:61: warning: ignored unreadable text in the budget column: "71-9 = 1051 J"',
		);
		const hostile = formatIssue({...warning, severity: 'info', message: 'a\u001B[2Jb'});
		expect(hostile.startsWith('shuro: seeds/001_79635e35f1de570f.txt:61: note: a')).toBe(true);
		expect(hostile).not.toContain('\u001B[2J'); // shown, not obeyed
	});
	it("in the status line: the file's base name and the message", () => {
		expect(formatIssue(warning, 'status')).toBe(
			'001_79635e35f1de570f.txt:61: ignored unreadable text in the budget column: "71-9 = 1051 J"',
		);
		const {line: _, ...noLine} = warning;
		expect(formatIssue({...noLine, message: 'empty'}, 'status')).toBe(
			'001_79635e35f1de570f.txt: empty',
		);
	});
});
