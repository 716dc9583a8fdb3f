// Numbers as a Japanese reader expects them: thousands separators for counts, and 億/万
// for amounts with every digit they have down to 万. Knows nothing of programs.
const OKU = 100_000_000;
const MAN = 10_000;

/** |value| to two decimals, rounding the shortest printed form half up (0.125 → 0.13). */
function twoDecimals(abs: number): {whole: string; fraction: string} {
	const printed = String(abs);
	if (printed.includes('e')) return {whole: '0', fraction: ''}; // < 1e-6 (≥ 1e21 never gets here)
	const [whole = '0', fraction = ''] = printed.split('.');
	if (fraction.length <= 2) return {whole, fraction};
	const up = fraction.charCodeAt(2) >= 53 ? 1n : 0n; // '5'
	const cents = (BigInt(whole + fraction.slice(0, 2)) + up).toString().padStart(3, '0');
	return {whole: cents.slice(0, -2), fraction: cents.slice(-2).replace(/0+$/, '')};
}

/**
 * 1234567.891 → '1,234,567.89': grouped in threes, at most two decimals, rounded as
 * Intl.NumberFormat('en-US') rounds (but never '-0'). Written out because the first
 * Intl.NumberFormat pulls ~8 MB of ICU locale data into memory for one comma.
 */
export function thousands(value: number): string {
	if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
	const {whole, fraction} = twoDecimals(Math.abs(value));
	const sign = value < 0 && (whole !== '0' || fraction !== '') ? '-' : '';
	return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/**
 * An amount short enough for a column, with every digit the amount has down to 万, so two
 * different amounts never print alike: 105,000,000 → '1.05億', 904,000,000 → '9.04億',
 * 58,000,000 → '5,800万', 9,000 → '9,000円'. An amount with yen below 万 prints in full.
 * '約' leads when the amount is approximate.
 */
export function compactYen(yen: number, approximate = false): string {
	const sign = yen < 0 ? '-' : '';
	const about = approximate ? '約' : '';
	const abs = Math.abs(yen);
	if (abs % MAN !== 0 || abs < MAN) return `${sign}${about}${thousands(abs)}円`;
	const man = abs / MAN;
	if (abs < OKU) return `${sign}${about}${thousands(man)}万`;
	// Whole 万 in 億: four decimals at most, trailing zeros dropped.
	const whole = Math.floor(man / 10_000);
	const fraction = String(man % 10_000)
		.padStart(4, '0')
		.replace(/0+$/, '');
	return `${sign}${about}${thousands(whole)}${fraction ? `.${fraction}` : ''}億`;
}
