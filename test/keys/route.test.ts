import {describe, expect, it} from 'vitest';
import {route} from '../../source/keys/route.js';
import {buildCatalog} from '../../source/state/catalog.js';
import {initialState, reducer} from '../../source/state/explorer.js';
import {pillarEntries} from '../../source/ui/pillar-pane.js';
import {gyokaiRenkei2022, joseiSaishushoku, reports} from '../helpers/fixtures.js';
import {inkKey} from '../helpers/ink-key.js';

const key = inkKey;
const catalog = buildCatalog(reports);
const pillars = pillarEntries(catalog, null);
const screen = {nav: {count: 8, view: 10}, program: joseiSaishushoku, related: []};
const search = initialState({years: catalog.years});
const list = reducer(search, {type: 'back'});

describe('route', () => {
	it('types sanitised text on the search line', () => {
		expect(route('テレ\u0007', key(), {state: search, screen, pillars, tooSmall: false})).toEqual({
			action: {type: 'type', text: 'テレ'},
		});
	});
	it('moves with the on-screen counts', () => {
		expect(route('j', key(), {state: list, screen, pillars, tooSmall: false})).toEqual({
			action: {type: 'move', step: 'down', count: 8, view: 10},
		});
	});
	it('opens the selected program, a related one, or a pillar', () => {
		expect(
			route('', key({return: true}), {state: list, screen, pillars, tooSmall: false}).action,
		).toEqual({
			type: 'openDetail',
			id: joseiSaishushoku.id,
		});
		const compare = reducer(list, {type: 'compare', id: joseiSaishushoku.id});
		const related = [
			{program: gyokaiRenkei2022, kind: 'same' as const, score: 1, reason: '名称が同じ'},
		];
		expect(
			route('', key({return: true}), {
				state: compare,
				screen: {...screen, related},
				pillars,
				tooSmall: false,
			}).action,
		).toEqual({type: 'openDetail', id: gyokaiRenkei2022.id});
		const inPillars = reducer(list, {type: 'pillars'});
		expect(
			route('', key({return: true}), {state: inPillars, screen, pillars, tooSmall: false}).action,
		).toEqual({
			type: 'openPillar',
			pillar: {fiscalYear: 2024, no: 1, title: '円滑な人材シフトの促進とリスキングの強化'},
		});
	});
	it('asks the App to copy and export', () => {
		expect(route('c', key(), {state: list, screen, pillars, tooSmall: false}).effect).toEqual({
			type: 'copy',
			program: joseiSaishushoku,
		});
		expect(route('e', key(), {state: list, screen, pillars, tooSmall: false}).effect).toEqual({
			type: 'exportCsv',
		});
	});
	it('only quits when the terminal is too small', () => {
		expect(route('j', key(), {state: list, screen, pillars, tooSmall: true})).toEqual({});
		expect(route('q', key(), {state: list, screen, pillars, tooSmall: true})).toEqual({
			action: {type: 'quit'},
		});
	});
	it('ignores unbound letters in the list', () => {
		expect(route('z', key(), {state: list, screen, pillars, tooSmall: false})).toEqual({});
	});
});
