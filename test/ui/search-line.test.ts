import {describe, expect, it} from 'vitest';
import {lineText} from '../../source/ui/line.js';
import {searchLine} from '../../source/ui/search-line.js';
import {displayWidth} from '../../source/text/width.js';

describe('searchLine', () => {
	it('puts the terminal cursor after the text before the insertion point, in cells', () => {
		expect(searchLine('テレワーク', 5, 60, true, {}).cursorX).toBe(6 + 10);
		expect(searchLine('テレワーク', 2, 60, true, {}).cursorX).toBe(6 + 4);
		expect(searchLine('𠮷野', 2, 60, true, {}).cursorX).toBe(6 + 2);
	});
	it('scrolls sideways so the cursor stays on screen in a long query', () => {
		const query = '就労支援'.repeat(20);
		const line = searchLine(query, query.length, 60, true, {});
		expect(line.cursorX).toBeLessThan(60);
		expect(displayWidth(lineText(line.line))).toBe(60);
		expect(lineText(line.line)).toContain('支援');
	});
	it('shows a hint when empty', () => {
		expect(lineText(searchLine('', 0, 60, false, {}).line)).toContain('/ で検索');
	});
});
