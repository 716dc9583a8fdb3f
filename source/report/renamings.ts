// Tokyo's own renamings of its vocabulary, applied to names and texts before programs of
// different years are compared (and offered to search as forms of one word). Each entry
// is shown by the reports themselves:
// - 育休 → 育業: Tokyo renamed 育児休業 "育業" in 2022. FY2022 #37 男性育休取得促進に向けた
//   普及啓発事業 counts 「TOKYOパパ育業促進企業」 in its 単位の説明; FY2024 writes 育業 only
//   (#23 男性育業推進リーダー事業, #24 育業中スキルアップ支援事業).
export const RENAMINGS: ReadonlyArray<readonly [string, string]> = [
	['育児休業', '育業'],
	['育休', '育業'],
];

/** `text` with the older words replaced by the newer ones. */
export function renamed(text: string): string {
	let out = text;
	// Most texts have none of the older words: `includes` spares them a split and a join.
	for (const [older, newer] of RENAMINGS)
		if (out.includes(older)) out = out.split(older).join(newer);
	return out;
}
