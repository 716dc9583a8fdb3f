// One load's memory of the cells it has read. Reports repeat themselves: a program keeps
// its summary, plan, actual and budget year after year, and many cells read the same
// (`各事業欄記載`, `1,000人`). What is read from a cell depends on its text alone, so equal
// cells get one copy of the text and of what was read from it: at 25,000 programs this
// keeps the model at a fraction of its size, and the copies are never made, so there is
// less to collect too. Shared values are read-only, as the whole model is once parsed.
//
// The lifetime is the load's: the loader makes one (load-stream.ts, parseStream) and
// passes it to every file's parse; when the load ends nothing refers to it and its
// tables go with it. Each table remembers the texts seen lately (BoundedCache), so a
// load of any size holds at most LIMIT entries per table.
import {BoundedCache} from '../text/bounded-cache.js';
import {parseScale} from './metric.js';
import type {Budget, Scale} from './model.js';
import {type Amount, parseBudget, readAmount} from './money.js';

/** Entries per table: the texts one load repeats are met again well within this. */
const LIMIT = 20_000;

/**
 * A copy of `text` that does not point into the text it was cut from. V8 makes a
 * substring of 13 or more characters a slice of its parent, and keeps the parent
 * whole for as long as the slice lives: a program name cut from a file kept the whole
 * decoded file alive (~6.6 MB of files at 25,000 programs). Shorter strings are copies.
 */
export function ownCopy(text: string): string {
	return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

export class Interner {
	/** One copy of each text, its own (ownCopy); the keys are the copies too. */
	private readonly copies = new BoundedCache<string, string>(LIMIT);
	private readonly amounts = new BoundedCache<string, Amount>(LIMIT);
	private readonly budgets = new BoundedCache<string, Budget>(LIMIT);
	private readonly scales = new BoundedCache<string, Scale>(LIMIT);
	private readonly bulletLists = new BoundedCache<string, readonly string[]>(LIMIT);
	private readonly lineLists = new BoundedCache<string, readonly number[]>(LIMIT);

	/** The one copy of `text`, its own (ownCopy). */
	text(text: string): string {
		const known = this.copies.get(text);
		if (known !== undefined) return known;
		const copy = ownCopy(text);
		return this.copies.set(copy, copy);
	}

	/** A budget cell's reading (money.ts, readAmount), once per text. */
	amount(text: string): Amount {
		// The key is a copy: a raw cell may be a slice of its file (see ownCopy).
		return this.amounts.get(text) ?? this.amounts.set(ownCopy(text), readAmount(text));
	}

	/**
	 * The one Budget of a cleaned budget text, given its amount (read from the raw cell:
	 * equal cleaned texts have equal amounts, as cleaning changes only spaces).
	 */
	budget(text: string, amount: Amount): Budget {
		return this.budgets.get(text) ?? this.budgets.set(text, parseBudget(text, amount));
	}

	/** The one Scale of a plan or actual text (metric.ts). */
	scale(text: string): Scale {
		return this.scales.get(text) ?? this.scales.set(text, parseScale(text));
	}

	/** The one list of bullets of a summary text, as `split` cuts it. */
	bullets(text: string, split: (text: string) => readonly string[]): readonly string[] {
		return this.bulletLists.get(text) ?? this.bulletLists.set(text, split(text));
	}

	/**
	 * The one list of these line numbers (a report's layout repeats year after year), an
	 * exact copy: the draft's own array grew by pushes and has spare slots.
	 */
	lines(lines: readonly number[]): readonly number[] {
		const key = lines.join(',');
		return this.lineLists.get(key) ?? this.lineLists.set(key, key.split(',').map(Number));
	}
}
