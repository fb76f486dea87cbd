// The council's notices as content every format lays out its own way (notice-content.ts builds
// it, render-notice-md.ts and docx/render-notices.ts lay it out): what they are built from, and a
// notice as its head, its body in parts of blocks, and its foot.
import type { CriteriaSet } from '../criteria/model.js';
import type { Notice } from '../core/run-notices.js';
import type { RankedUnit } from '../scoring/rank-units.js';
import type { Findings } from '../sheets/finding.js';
import type { NumberPattern } from './notice-number.js';
import type { Signer } from './report-settings.js';

/** What the notices are built from: the job's set and units (for ranks among them), the notices asked for. */
export interface NoticesModel {
  criteria: CriteriaSet;
  /** Every unit, in the ranking's order. */
  units: readonly RankedUnit[];
  notices: readonly Notice[];
  findings: Findings;
  numbering: NumberPattern;
}

/** A cell: its text, and under it notes (a criterion's remarks, one each). */
export type NoticeCell = string | { text: string; notes: readonly string[] };

export interface NoticeTable {
  header: readonly string[];
  /** Right-aligned columns. */
  numeric: readonly boolean[];
  /** Each column's share of the width. */
  weights: readonly number[];
  rows: readonly (readonly NoticeCell[])[];
  /** The rows from this one on add up the others (bonus, penalty, total): shown in bold. */
  totalsFrom?: number;
}

export type NoticeBlock = { paragraph: string } | { items: readonly string[] } | { label: string } | { table: NoticeTable };

export interface NoticeSection {
  heading: string;
  blocks: readonly NoticeBlock[];
}

export interface NoticeContent {
  unit: RankedUnit;
  issuer: readonly string[];
  /** `Số: 5/TB-HĐTĐ`. */
  number: string;
  placeDate: string;
  title: string;
  subject: string;
  /** The grounds and the sentence that leads into the parts. */
  intro: readonly string[];
  sections: readonly NoticeSection[];
  closing: string;
  recipients: readonly string[];
  signer: Signer;
}
