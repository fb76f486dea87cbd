// The key texts are matched by when a person may have typed them without diacritics: `Sơn Kim 1`,
// `son kim 1` and `SON KIM 1` alike; `tồn tại` and `ton tai` alike.
import { foldKey } from './normalize.js';

export const plainKey = (s: string): string => foldKey(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
