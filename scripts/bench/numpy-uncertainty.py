#!/usr/bin/python3
"""A peer of `cchc score --uncertainty -f csv` for the benchmark: the bootstrap as a numpy user
writes it.

    /usr/bin/python3 scripts/bench/numpy-uncertainty.py <criteria.json> <scores.csv> <survey.csv> <out.csv> [replicates] [seed] [level]

The ranking and the forms are read as the pandas peer reads them (pandas-job.py: rank_job, with
each form's per-leaf sums of answer weights and counts of valid answers). Then, per unit and
respondent group, one multinomial count vector over the group's forms per replicate (how many
times each form is drawn, with replacement, as many draws as forms) and `counts @ sums`: every
replicate's sums per leaf at once. The means, points, index, the ranks of each replicate (by the
set's keys, as published) and the central `level` share of each unit's replicates (widened to hold
the published value) follow as cchc computes them. Floating point throughout; draws from numpy's
PCG64, so the intervals are close to cchc's, not equal. Writes unit, rank, index and the four
bounds, in the ranking's order.
"""
import importlib.util
import math
import pathlib
import sys

import numpy as np
import pandas as pd

_spec = importlib.util.spec_from_file_location('pandas_job', pathlib.Path(__file__).with_name('pandas-job.py'))
pandas_job = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pandas_job)


def bounds_at(n, level):
    """Positions of the lower and upper bound in n sorted replicates (cchc's boundsAt)."""
    k = max(1, math.ceil((1 - level) / 2 * n - 1e-9))
    return min(k - 1, n - 1), max(n - k, 0)


def replicate_sums(rng, rows, S, N, grp, G, R):
    """Per group, R replicates of the sums of the drawn forms' weights and valid answers: (G, R, leaves)."""
    acc_s = np.zeros((G, R, S.shape[1]))
    acc_n = np.zeros((G, R, S.shape[1]))
    for g in range(G):
        forms = rows[grp[rows] == g]
        m = len(forms)
        if m == 0:
            continue
        counts = rng.multinomial(m, np.full(m, 1.0 / m), size=R)
        acc_s[g] = counts @ S[forms]
        acc_n[g] = counts @ N[forms]
    return acc_s, acc_n


def ranks_of(keys, ranked, groups):
    """Each replicate's ranks (R × units): 1 + the ranked units of its group with a greater key tuple."""
    R, U = keys[0].shape
    ok = ~np.isnan(keys[0]) & ranked[None, :]
    # The keys in lexicographic order as one integer: each key's dense code, most significant first.
    code = np.zeros((R, U), dtype=np.int64)
    for k in keys:
        values, inverse = np.unique(np.where(ok, k, -np.inf), return_inverse=True)
        code = code * len(values) + inverse.reshape(R, U)
    code = np.where(ok, code, -1)
    ranks = np.full((R, U), np.nan)
    for g in np.unique(groups[ranked]):
        cols = np.flatnonzero(ranked & (groups == g))
        sub = code[:, cols]
        srt = np.sort(sub, axis=1)
        for r in range(R):
            ranks[r, cols] = len(cols) - np.searchsorted(srt[r], sub[r], side='right') + 1
    return np.where(ok, ranks, np.nan)


def central(values, level, published):
    """Per column: the central share of the replicates (NaN left out), widened to hold `published`."""
    srt = np.sort(values, axis=0)
    low, high = np.array(published, dtype=float), np.array(published, dtype=float)
    for u in range(values.shape[1]):
        n = int(np.count_nonzero(~np.isnan(srt[:, u])))
        if n == 0 or np.isnan(published[u]):
            continue
        lo, hi = bounds_at(n, level)
        low[u] = min(srt[lo, u], published[u])
        high[u] = max(srt[hi, u], published[u])
    return low, high


def main(criteria_path, scores_path, survey_path, out_path, replicates='1000', seed='1', level='0.9'):
    R, level = int(replicates), float(level)
    job = pandas_job.rank_job(pandas_job.read_criteria(criteria_path), scores_path, survey_path)
    criteria, leaves, under, out, units = job['criteria'], job['leaves'], job['under'], job['out'], job['units']
    spec, ranking = criteria.get('survey') or {}, criteria.get('ranking', {})
    p = int(criteria.get('precision', 2))
    shown = (lambda x: x) if ranking.get('on') == 'exact' else (lambda x: pandas_job.round_half_away(x, p))
    U = len(out)
    survey_idx = [i for i, l in enumerate(leaves) if l['source'] == 'survey']
    index = out['index'].to_numpy(dtype=float)

    # The forms: each one's unit (row of the scores sheet), group and per-leaf sums.
    by, s, n, shares = job['forms'] if job['forms'] is not None else (pd.DataFrame({'unit': [], 'grp': []}), pd.DataFrame(), pd.DataFrame(), None)
    group_keys = list(shares) if shares is not None else ['']
    grp = pd.Index(group_keys).get_indexer(by['grp'])
    unit_of = pd.Index(units.to_numpy()).get_indexer(by['unit'])
    keep = (grp >= 0) & (unit_of >= 0)
    S, N, grp, unit_of = s.to_numpy(float)[keep], n.to_numpy(float)[keep], grp[keep], unit_of[keep]
    share = np.array([shares[g] for g in group_keys]) if shares is not None else None
    order = np.argsort(unit_of, kind='stable')
    starts = np.searchsorted(unit_of[order], np.arange(U + 1))

    # Per unit, which survey leaves its forms feed (no points given, and it has an index), and the
    # rest of each value: total, max and tie-break keys less those leaves' points and maxima.
    fed = {i: job['given'][i].isna().to_numpy() & ~np.isnan(index) & (starts[1:] > starts[:-1]) for i in survey_idx}
    leaf_col = {i: list(s.columns).index(leaves[i]['code']) for i in survey_idx if leaves[i]['code'] in s.columns}
    fed = {i: f for i, f in fed.items() if i in leaf_col}
    fixed_total = out['total'].to_numpy(float) - sum(np.where(f, job['pts'][i], 0.0) for i, f in fed.items())
    fixed_max = out['max'].to_numpy(float) - sum(np.where(f, job['mxs'][i], 0.0) for i, f in fed.items())
    tie = ranking.get('tieBreak', [])
    tie_leaves = [set() if k == 'appraisal' else set(under.get(k, [])) for k in tie]
    fixed_tie = [out['appraisal'].to_numpy(float) if k == 'appraisal' else sum(job['pts'][i] for i in under.get(k, [])).to_numpy(float) for k in tie]
    fixed_tie = [t - sum(np.where(f, job['pts'][i], 0.0) for i, f in fed.items() if i in tl) for t, tl in zip(fixed_tie, tie_leaves)]

    rng = np.random.default_rng(int(seed))
    idx_rep = np.tile(index, (R, 1))
    tie_rep = [np.tile(t + sum(np.where(f, job['pts'][i], 0.0) for i, f in fed.items() if i in tl), (R, 1)) for t, tl in zip(fixed_tie, tie_leaves)]
    exclude = spec.get('whenNoAnswers') == 'exclude'
    for u in range(U):
        leaves_u = [i for i, f in fed.items() if f[u]]
        if not leaves_u:
            continue
        acc_s, acc_n = replicate_sums(rng, order[starts[u]:starts[u + 1]], S, N, grp, len(group_keys), R)
        with np.errstate(invalid='ignore', divide='ignore'):
            if share is None:
                mean = acc_s.sum(0) / acc_n.sum(0)
            else:
                gmean = acc_s / acc_n
                answered = acc_n > 0
                w = (share[:, None, None] * answered).sum(0)
                mean = np.where(answered, share[:, None, None] * gmean, 0.0).sum(0) / np.where(w > 0, w, np.nan)
        total = np.full(R, fixed_total[u])
        mx = np.full(R, fixed_max[u])
        ties = [np.full(R, t[u]) for t in fixed_tie]
        for i in leaves_u:
            m = mean[:, leaf_col[i]]
            points = np.nan_to_num(float(leaves[i]['max']) * m)
            total += points
            mx += np.where(np.isnan(m), 0.0, float(leaves[i]['max'])) if exclude else float(leaves[i]['max'])
            for t, tl in zip(ties, tie_leaves):
                if i in tl:
                    t += points
        with np.errstate(invalid='ignore', divide='ignore'):
            idx_rep[:, u] = np.where(mx > 0, total / mx * 100, np.nan)
        for rep, t in zip(tie_rep, ties):
            rep[:, u] = t

    ranked = job['ranked'].to_numpy()
    groups = out['group'].to_numpy() if job['by_group'] else np.zeros(U, dtype=int)
    ranks = ranks_of([shown(idx_rep), *[shown(t) for t in tie_rep]], ranked, groups)
    published = pandas_job.round_half_away(index, p)
    index_low, index_high = central(pandas_job.round_half_away(idx_rep, p), level, published)
    rank = out['rank'].to_numpy(dtype=float, na_value=np.nan)
    rank_low, rank_high = central(ranks, level, rank)
    result = pd.DataFrame({'unit': out['unit'], 'rank': out['rank'], 'index': published, 'rank_low': rank_low, 'rank_high': rank_high, 'index_low': index_low, 'index_high': index_high})
    for col in ['rank_low', 'rank_high']:
        result[col] = result[col].astype('Int64')
    result.loc[job['order']].to_csv(out_path, index=False, encoding='utf-8-sig', lineterminator='\r\n', float_format=f'%.{p}f')


if __name__ == '__main__':
    if not 5 <= len(sys.argv) <= 8:
        sys.exit('usage: numpy-uncertainty.py <criteria.json> <scores.csv> <survey.csv> <out.csv> [replicates] [seed] [level]')
    main(*sys.argv[1:])
