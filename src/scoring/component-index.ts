import { Rational } from '../numbers/rational.js';

/** points ÷ max × 100, exact; undefined when nothing applies (max 0). The index of a unit or a node. */
export function componentIndex(points: Rational, max: Rational): Rational | undefined {
  return max.sign() > 0 ? points.div(max).mul(Rational.HUNDRED) : undefined;
}
