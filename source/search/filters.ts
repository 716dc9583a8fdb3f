// Field filters typed into the query, for questions asked in meetings: `予算>1億`,
// `予算<5000万`, `年度:2022`, `R4`, `令和4`, `柱:2`, `達成率<80`, `未達`, and report
// numbers (`23`, `No.23`, `#23`, `2022#20`, `R4-20`, `令和4-20`). A filter is data (a
// closed union) read from one token; execute.ts keeps the programs that pass it, and
// a query of filters alone lists every program that passes them all.
import {parseYen} from '../report/money.js';
import type {Program} from '../report/model.js';
import {programMoney} from '../figures/money.js';
import type {FigureLens} from './figure-lens.js';
import type {ParsedQuery} from './query.js';

export type Comparison = '<' | '<=' | '>' | '>=' | '=';

export type Filter =
	| {kind: 'budget'; op: Comparison; yen: number}
	| {kind: 'year'; year: number}
	| {kind: 'pillar'; no: number}
	| {kind: 'achievement'; op: Comparison; percent: number}
	| {kind: 'belowPlan'}
	/** A report number, of any year or of one; `bare`: a plain `23`, whose text matches also count. */
	| {kind: 'number'; no: number; year?: number; bare?: boolean};

const ERAS: Record<string, number> = {r: 2018, 令和: 2018, h: 1988, 平成: 1988};

/** 令和4 → 2022, R4 → 2022, H30 → 2018; 元 is year 1. */
function eraYear(era: string, year: string): number {
	return ERAS[era.toLowerCase()]! + (year === '元' ? 1 : Number(year));
}

const ERA = '(r|令和|h|平成)(\\d{1,2}|元)(?:年度?)?';
const YEAR = new RegExp(`^(?:年度[:=]?|fy)?(?:(\\d{4})年?度?|${ERA})$`, 'iu');
const EXPLICIT_YEAR = /^(?:年度[:=]?|fy)\d{4}$|年度$/iu;
const NUMBER = /^(no\.?|#)?(\d{1,4})$/iu;
const YEAR_NUMBER = /^(\d{4})(?:年度)?[#\-/](\d{1,4})$/u;
const ERA_NUMBER = new RegExp(`^${ERA}[#\\-/](\\d{1,4})$`, 'iu');
const PILLAR = /^柱[:=#]?(\d{1,2})$/u;
const COMPARE = '(<=|>=|<|>|=|:)';
const BUDGET = new RegExp(`^予算${COMPARE}(.+)$`, 'u');
const ACHIEVEMENT = new RegExp(`^達成率${COMPARE}(\\d+(?:\\.\\d+)?)%?$`, 'u');
const BELOW_PLAN = /^(未達|未達成)$/u;

function comparison(op: string): Comparison {
	return op === ':' ? '=' : (op as Comparison);
}

/** 1億, 5000万, 1.5億, 3千万, 500百万, 2億5000万, 120000000円 → yen; null when not an amount. */
export function parseAmount(text: string): number | null {
	return parseYen(text.endsWith('円') ? text : `${text}円`)?.yen ?? null;
}

/**
 * The filter a query token stands for (the token NFKC-folded, as typed otherwise), or
 * null for an ordinary word. A bare year (`2022`) stays a word: it may be in the text.
 */
export function parseFilter(token: string): Filter | null {
	const t = token.replace(/≦/g, '<=').replace(/≧/g, '>=').replace(/：/g, ':');
	let m = NUMBER.exec(t);
	if (m) return {kind: 'number', no: Number(m[2]), ...(m[1] ? {} : {bare: true})};
	m = YEAR_NUMBER.exec(t);
	if (m) return {kind: 'number', year: Number(m[1]), no: Number(m[2])};
	m = ERA_NUMBER.exec(t);
	if (m) return {kind: 'number', year: eraYear(m[1]!, m[2]!), no: Number(m[3])};
	m = YEAR.exec(t);
	if (m && (m[2] !== undefined || EXPLICIT_YEAR.test(t))) {
		return {kind: 'year', year: m[1] !== undefined ? Number(m[1]) : eraYear(m[2]!, m[3]!)};
	}
	m = PILLAR.exec(t);
	if (m) return {kind: 'pillar', no: Number(m[1])};
	m = BUDGET.exec(t);
	if (m) {
		const yen = parseAmount(m[2]!);
		return yen === null ? null : {kind: 'budget', op: comparison(m[1]!), yen};
	}
	m = ACHIEVEMENT.exec(t);
	if (m) return {kind: 'achievement', op: comparison(m[1]!), percent: Number(m[2])};
	if (BELOW_PLAN.test(t)) return {kind: 'belowPlan'};
	return null;
}

function compare(value: number, op: Comparison, bound: number): boolean {
	if (op === '<') return value < bound;
	if (op === '<=') return value <= bound;
	if (op === '>') return value > bound;
	if (op === '>=') return value >= bound;
	return value === bound;
}

/** Whether `program` passes `filter`; figures are read through `lens` only. */
export function passes(filter: Filter, program: Program, lens: FigureLens): boolean {
	switch (filter.kind) {
		case 'budget': {
			// The program's money, as listed, sorted and totalled (its sub-items' sum where it
			// prints none: figures/money.ts); no amount anywhere: no pass.
			const {yen} = programMoney(program);
			return yen !== null && compare(yen, filter.op, filter.yen);
		}
		case 'year':
			return program.fiscalYear === filter.year;
		case 'pillar':
			return program.pillar?.no === filter.no;
		case 'achievement': {
			const low = lens.lowestPercent(program);
			return low !== null && compare(low, filter.op, filter.percent);
		}
		case 'belowPlan':
			return lens.belowPlan(program);
		case 'number':
			return (
				program.no === filter.no &&
				(filter.year === undefined || program.fiscalYear === filter.year)
			);
		default: {
			const never: never = filter;
			return never;
		}
	}
}

function yen(amount: number): string {
	if (amount >= 1e8 && amount % 1e6 === 0) return `${amount / 1e8}億円`;
	if (amount >= 1e4 && amount % 1e4 === 0) return `${amount / 1e4}万円`;
	return `${amount}円`;
}

/** A filter in words, for the zero-result screen. */
export function describeFilter(filter: Filter): string {
	switch (filter.kind) {
		case 'budget':
			return `予算 ${filter.op} ${yen(filter.yen)}`;
		case 'year':
			return `${filter.year}年度 (令和${filter.year - 2018})`;
		case 'pillar':
			return `柱 ${filter.no}`;
		case 'achievement':
			return `達成率（最も低い指標）${filter.op} ${filter.percent}%`;
		case 'belowPlan':
			return '未達（計画を下回る指標あり）';
		case 'number':
			return `No.${filter.no}${filter.year === undefined ? '' : ` (${filter.year}年度)`}`;
		default: {
			const never: never = filter;
			return never;
		}
	}
}

/** What a filter reads of a program, as a field of the JSON `matches` (issue 15). */
export const FILTER_FIELD: Readonly<
	Record<Filter['kind'], 'no' | 'budget' | 'fiscalYear' | 'pillar' | 'result'>
> = {
	number: 'no',
	budget: 'budget',
	year: 'fiscalYear',
	pillar: 'pillar',
	achievement: 'result',
	belowPlan: 'result',
};

/** The query's filters (exclusions aside) that `program` passes, each once, in query order. */
export function filtersPassed(query: ParsedQuery, program: Program, lens: FigureLens): Filter[] {
	const out: Filter[] = [];
	for (const group of query.groups)
		for (const {filter} of group)
			if (filter && passes(filter, program, lens) && !out.some((f) => sameFilter(f, filter)))
				out.push(filter);
	return out;
}

const sameFilter = (a: Filter, b: Filter) => describeFilter(a) === describeFilter(b);
