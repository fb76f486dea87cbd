// The appraisal's findings: what the council found when it checked a unit's evidence, as remarks
// on one criterion (at any level) or on the unit as a whole, each of a kind (a shortcoming, a
// recommendation…) and with the evidence it checked (document numbers, file names).
import { plainKey } from '../text/plain-key.js';

/** In the order a Vietnamese appraisal record lists them: what was achieved, shortcomings, recommendations, other remarks. */
export const FINDING_KINDS = ['acknowledgement', 'shortcoming', 'recommendation', 'remark'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  /** The unit's code as in the scores sheet. */
  unit: string;
  /** The criterion's code as in the criteria set; undefined: a remark on the unit as a whole. */
  code?: string;
  kind: FindingKind;
  note: string;
  evidence: string;
  file: string;
  line: number;
}

export interface Findings {
  /** Remarks were given (`--findings`, or remark columns with text in the scores sheet): the reports show them. */
  given: boolean;
  /** Remarks on criteria can be there: a findings sheet was given, or the scores sheet has remarks on criteria. */
  onCriteria: boolean;
  /** Each unit's remarks (by its code in the scores sheet), in the order they were read. */
  byUnit: ReadonlyMap<string, readonly Finding[]>;
}


/** The words a `kind` cell may hold, compared without case or diacritics. */
const KIND_WORDS: Record<FindingKind, string[]> = {
  acknowledgement: ['ghi nhận', 'ưu điểm', 'kết quả đạt được', 'điểm mạnh', 'acknowledgement', 'acknowledged', 'strength'],
  shortcoming: ['tồn tại', 'hạn chế', 'tồn tại, hạn chế', 'tồn tại hạn chế', 'thiếu sót', 'tồn tại, thiếu sót', 'shortcoming', 'weakness'],
  recommendation: ['kiến nghị', 'đề nghị', 'đề xuất', 'kiến nghị, đề xuất', 'yêu cầu khắc phục', 'recommendation'],
  remark: ['nhận xét', 'ghi chú', 'nhận xét khác', 'remark', 'note'],
};

const BY_WORD = new Map<string, FindingKind>();
for (const kind of FINDING_KINDS) for (const w of KIND_WORDS[kind]) BY_WORD.set(plainKey(w), kind);

/** The kind a cell names, or undefined; an empty cell names none. */
export const kindOf = (text: string): FindingKind | undefined => BY_WORD.get(plainKey(text).replace(/[\s.:;]+$/, ''));

/** The Vietnamese word of each kind, as a `kind` cell writes it (and as suggested for a typo). */
export const KIND_WORD: Record<FindingKind, string> = { acknowledgement: 'ghi nhận', shortcoming: 'tồn tại', recommendation: 'kiến nghị', remark: 'nhận xét' };

/** Each unit's findings in the order given, keyed by the unit's code; `sheet`: a findings sheet was given. */
export function groupFindings(findings: readonly Finding[], sheet: boolean): Findings {
  const byUnit = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byUnit.get(f.unit);
    if (list) list.push(f);
    else byUnit.set(f.unit, [f]);
  }
  return { given: sheet || findings.length > 0, onCriteria: sheet || findings.some((f) => f.code !== undefined), byUnit };
}

/** What --verbose says of a file's remarks: how many, on how many units, on criteria, of the two kinds a council counts. */
export function countFindings(findings: readonly Finding[]) {
  const of = (kind: FindingKind) => findings.filter((f) => f.kind === kind).length;
  return {
    remarks: findings.length,
    units: new Set(findings.map((f) => f.unit)).size,
    onCriteria: findings.filter((f) => f.code !== undefined).length,
    shortcomings: of('shortcoming'),
    recommendations: of('recommendation'),
  };
}
