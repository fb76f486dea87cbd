// The checked, compiled criteria set the engine works on: exact numbers, resolved defaults.
import type { Rational } from '../numbers/rational.js';

export type NotApplicable = 'exclude' | 'full' | 'zero';
export type Source = 'appraisal' | 'survey';

export type LeafRule =
  | { type: 'points'; min: Rational }
  | { type: 'yesno' }
  | { type: 'steps'; steps: { min: Rational; points: Rational }[] }
  | { type: 'proportional'; of: Rational }
  | { type: 'deduction'; per: Rational; floor: Rational }
  | { type: 'levels'; levels: Map<string, { label: string; points: Rational }> }; // keyed by foldKey

export interface CriteriaNode {
  code: string;
  title: string;
  max: Rational;
  source: Source;
  depth: number;
  /** JSON path of the node, for messages. */
  path: string;
  children: CriteriaNode[];
  /** Leaves only. */
  rule: LeafRule;
  whenNotApplicable?: NotApplicable;
  /** A note for readers (`criteria show`), changing no points. */
  description?: string;
  /** Leaves whose cell is a measured rate: `%` (from the leaf or its rule). */
  unit?: '%';
}

export interface SurveySpec {
  answers: Map<string, { label: string; weight: Rational }>; // keyed by foldKey
  ignore: Set<string>; // foldKeys
  /** The ignored answers as the set writes them, for people. */
  ignoreLabels: string[];
  /** Question column (as written) → survey leaf code. */
  questions: { header: string; code: string }[];
  groups?: Map<string, { label: string; share: Rational }>; // keyed by foldKey
  whenNoAnswers: 'zero' | 'exclude';
}

export interface CriteriaSet {
  id: string;
  version: string;
  title: string;
  source?: string;
  precision: number;
  bands: { label: string; min: Rational }[];
  ranking: { on: 'published' | 'exact'; tieBreak: string[]; byGroup: boolean };
  adjustments: { bonusMax?: Rational; penaltyMax?: Rational };
  survey?: SurveySpec;
  fields: CriteriaNode[];
  nodes: Map<string, CriteriaNode>;
  /** All leaves in tree order. */
  leaves: CriteriaNode[];
  total: Rational;
}

export const isLeaf = (n: CriteriaNode): boolean => n.children.length === 0;
