// The key texts are matched by when a person may have typed them without diacritics: `Sơn Kim 1`,
// `son kim 1` and `SON KIM 1` alike; `tồn tại` and `ton tai` alike.
import { foldKey } from './normalize.js';

// The combining marks NFD splits Vietnamese (and every Latin) letter into. A class of ranges, not
// \p{M}: V8 compiles a Unicode property class on first use for ~8 million instructions (a
// district's run asks it of its two groups).
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

export const plainKey = (s: string): string => foldKey(s).normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
