#!/usr/bin/python3
"""A peer of duckdb-job.mjs for the benchmark: the job of `cchc score -f csv` in pandas.

    /usr/bin/python3 scripts/bench/pandas-job.py <criteria.json> <scores.csv> <survey.csv> <out.csv>

The ranking of a `cchc-criteria/1` set (docs: the contract, section 1) from a wide scores sheet
and raw survey answers (one row per form), computed column by column with pandas: leaf rules as
vectorised expressions over a score column, the survey answers mapped to their weights, summed
per unit, respondent group and leaf, the group means combined by the groups' shares renormalised
over the groups that answered, N/A by each leaf's whenNotApplicable, whenNoAnswers, bonus and
penalty caps, index = total / applicable max x 100, ranks on the index as published (or exact),
ties shared, then each tieBreak key, by group when the set says so, and bands.

Floating point throughout, as DuckDB computes it (sums in leaf order, rounding half away from
zero on the scaled double): a baseline for speed, not a second implementation of the contract.
No diagnostics: a cell no rule can read counts 0, an N/A cell of a leaf without
whenNotApplicable counts as 'zero', an answer outside `answers` or a group outside `groups` is
left out. Reads UTF-8 (with or without BOM) or UTF-16 with BOM, delimiter `,` `;` or tab, with a
decimal point. Writes UTF-8 with BOM, CRLF, the columns of cchc's ranking CSV.
"""
import json
import sys
import unicodedata

import numpy as np
import pandas as pd

# The markers and aliases cchc reads (src/scoring/score-leaf.ts, src/sheets/unit-draft.ts,
# src/criteria/column-names.ts), compared after fold().
NA = {'-', '–', '—', 'n/a', 'na', 'kad', 'k/a', 'không áp dụng', 'khong ap dung', 'không phát sinh', 'kps'}
YES = {'có', 'co', 'đạt', 'dat', 'x', 'yes', 'y', '1', 'true', '✓', '✔', 'hoàn thành', 'c'}
NOT_RANKED = {'no', 'n', 'không', 'khong', 'k', '0', 'false', 'không xếp hạng'}
ALIASES = {
    'unit': ['unit', 'đơn vị', 'don vi', 'mã đơn vị', 'ma don vi', 'mã', 'ma', 'xã', 'đơn vị (xã, thị trấn)'],
    'name': ['name', 'tên', 'ten', 'tên đơn vị', 'ten don vi'],
    'group': ['group', 'nhóm', 'nhom', 'khối', 'khoi', 'loại đơn vị'],
    'ranked': ['ranked', 'xếp hạng', 'xep hang', 'có xếp hạng'],
    'bonus': ['bonus', 'điểm thưởng', 'diem thuong', 'thưởng', 'thuong', 'điểm cộng'],
    'penalty': ['penalty', 'điểm trừ', 'diem tru', 'trừ', 'tru'],
}
RANKING_COLUMNS = ['rank', 'unit', 'name', 'group', 'appraisal', 'survey', 'bonus', 'penalty', 'total', 'max', 'index', 'band']


def clean(s):
    """cchc's cleanText: NFC, trimmed, inner white space folded to one space."""
    return ' '.join(unicodedata.normalize('NFC', s).split())


def fold(s):
    """cchc's foldKey: cleanText plus case folding."""
    return clean(s).lower()


def clean_series(s):
    """clean() of a text column."""
    return s.str.normalize('NFC').str.replace(r'\s+', ' ', regex=True).str.strip()


def fold_series(s):
    """fold() of a text column, computed once per distinct text (a column repeats a few)."""
    uniq = s.unique()
    return s.map(dict(zip(uniq, (fold(u) for u in uniq))))


def round_half_away(x, p):
    """DuckDB's round(DOUBLE, p): std::round(x * 10^p) / 10^p, half away from zero."""
    m = 10.0 ** p
    y = np.asarray(x, dtype=float) * m
    whole = np.trunc(y)
    whole = whole + np.where(np.abs(y - whole) >= 0.5, np.sign(y), 0.0)
    out = whole / m + 0.0  # + 0.0: no '-0.00'
    return np.where(np.isfinite(out), out, x)


def leaves_of(criteria):
    """Leaves in tree order with their source (inherited) and top-level field; every node's leaves."""
    leaves, under = [], {}

    def walk(nodes, source, field):
        for n in nodes:
            src = n.get('source', source)
            top = field or n['code']
            first = len(leaves)
            if n.get('children'):
                walk(n['children'], src, top)
            else:
                leaves.append({**n, 'source': src, 'field': top, 'rule': n.get('rule', {'type': 'points'})})
            under[n['code']] = list(range(first, len(leaves)))

    walk(criteria['fields'], 'appraisal', None)
    return leaves, under


def read_sheet(path, wanted=None):
    """A CSV as text columns, headers matched by fold(); `wanted` picks columns by folded header."""
    with open(path, 'rb') as f:
        head = f.read(4)
    encoding = 'utf-16' if head[:2] in (b'\xff\xfe', b'\xfe\xff') else 'utf-8-sig'
    with open(path, encoding=encoding, newline='') as f:
        first = f.readline()
    sep = max([',', ';', '\t'], key=first.count)
    usecols = (lambda h: fold(h) in wanted) if wanted is not None else None
    df = pd.read_csv(path, sep=sep, dtype=str, encoding=encoding, na_filter=False, usecols=usecols)
    aliases = {fold(a): col for col, names in ALIASES.items() for a in names}
    renamed = {}
    for h in df.columns:  # the first column of each reserved name wins
        key = fold(h)
        name = aliases.get(key, key)
        if name not in renamed.values():
            renamed[h] = name
    return df[list(renamed)].rename(columns=renamed)


def number(s):
    """A measured value as a float ('96.5%' → 96.5); NaN when it is not one."""
    return pd.to_numeric(s.str.replace('%', '', regex=False).str.strip(), errors='coerce')


def appraisal_leaf(leaf, cells):
    """Points and applicable max of an appraisal leaf, for a column of cells."""
    key = fold_series(cells)
    rule, mx = leaf['rule'], float(leaf['max'])
    t = rule['type']
    levels = {fold(k): float(v) for k, v in rule.get('levels', {}).items()} if t == 'levels' else {}
    if t == 'yesno':
        pts = pd.Series(np.where(key.isin(YES), mx, 0.0), index=cells.index)
    elif t == 'levels':
        pts = key.map(levels).fillna(0.0)
    else:
        v = number(cells)
        if t == 'steps':
            steps = sorted(rule['steps'], key=lambda st: -float(st['min']))
            pts = pd.Series(np.select([v >= float(st['min']) for st in steps], [float(st['points']) for st in steps], 0.0), index=cells.index)
        elif t == 'proportional':
            pts = (mx * v / float(rule.get('of', 100))).clip(0.0, mx)
        elif t == 'deduction':
            pts = (mx - float(rule['per']) * v).clip(lower=float(rule.get('floor', 0)))
        else:  # points
            pts = v
        pts = pts.fillna(0.0)
    # A level may be named like an N/A marker ("Không phát sinh"): the level wins.
    na = key.isin(NA) & ~key.isin(list(levels))
    policy = leaf.get('whenNotApplicable', 'zero')
    pts = pts.mask(na, mx if policy == 'full' else 0.0)
    mxs = pd.Series(mx, index=cells.index).mask(na, 0.0 if policy == 'exclude' else mx)
    return pts.astype(float), mxs


def form_sums(criteria, survey_leaves, path):
    """Per form (one row each): its unit and respondent group ('' without groups), and per survey
    leaf the sum of its valid answers' weights (`s`) and how many there are (`n`)."""
    spec = criteria['survey']
    questions = {fold(q): leaf for q, leaf in spec['questions'].items()}
    groups = {fold(g): float(s) for g, s in spec['groups'].items()} if spec.get('groups') else None
    weights = {fold(a): float(w) for a, w in spec['answers'].items()}
    raw = read_sheet(path, wanted=set(questions) | {fold(a) for a in ALIASES['unit'] + ALIASES['group']})
    asked = [q for q in questions if q in raw.columns]
    # Each answer as its weight (NaN: blank, ignored or unknown), mapped once per distinct text.
    texts = pd.unique(raw[asked].to_numpy().ravel())
    lookup = {t: weights.get(fold(t), np.nan) for t in texts}
    w = raw[asked].apply(lambda col: col.map(lookup)).astype(float)
    leaf_questions = {l['code']: [q for q in asked if questions[q] == l['code']] for l in survey_leaves}
    use_groups = groups is not None and 'group' in raw.columns
    by = pd.DataFrame({'unit': fold_series(raw['unit']), 'grp': fold_series(raw['group']) if use_groups else ''})
    s = pd.DataFrame({code: w[qs].sum(axis=1) for code, qs in leaf_questions.items()})
    n = pd.DataFrame({code: w[qs].notna().sum(axis=1) for code, qs in leaf_questions.items()})
    return by, s, n, (groups if use_groups else None)


def survey_means(forms, units):
    """The mean answer weight per unit (rows, as `units`) and survey leaf (columns); NaN: no answer."""
    by, s, n, groups = forms
    keys = [by['unit'], by['grp']]
    # Per unit and respondent group, the mean; then the groups' means combined by their shares.
    means = s.groupby(keys, sort=False).sum() / n.groupby(keys, sort=False).sum().replace(0, np.nan)
    if groups is not None:
        share = pd.Series(means.index.get_level_values('grp').map(groups), index=means.index, dtype=float)
        means = means[share.notna()]
        share = share[share.notna()]
        num = means.mul(share, axis=0).groupby(level='unit').sum(min_count=1)
        den = means.notna().mul(share, axis=0).groupby(level='unit').sum()
        by_unit = num / den.where(den > 0)
    else:
        by_unit = means.droplevel('grp')
    return by_unit.reindex(units.to_numpy()).set_axis(units.index)


def read_criteria(path):
    with open(path, encoding='utf-8-sig') as f:
        return json.load(f)


def rank_job(criteria, scores_path, survey_path):
    """The ranking: `out` (a row per unit of the scores sheet, unrounded) and the rows' publishing
    `order`, with what the bootstrap peer (numpy-uncertainty.py) builds on: each leaf's points and
    applicable maxima, the forms' sums, and the ranking keys."""
    leaves, under = leaves_of(criteria)
    p = int(criteria.get('precision', 2))
    ranking = criteria.get('ranking', {})
    adjustments = criteria.get('adjustments', {})
    spec = criteria.get('survey') or {}

    scores = read_sheet(scores_path)
    units = fold_series(scores['unit'])
    blank = pd.Series('', index=scores.index)

    def text(col):
        return clean_series(scores[col]) if col in scores.columns else blank

    # Leaf points and applicable maxima, one column per leaf, in tree order.
    pts, mxs = {}, {}
    survey_leaves = [l for l in leaves if l['source'] == 'survey']
    forms = form_sums(criteria, survey_leaves, survey_path) if survey_leaves and spec else None
    means = survey_means(forms, units) if forms is not None else None
    given_points = {}
    for i, leaf in enumerate(leaves):
        code = fold(leaf['code'])
        mx = float(leaf['max'])
        if leaf['source'] == 'appraisal':
            cells = scores[code] if code in scores.columns else blank
            pts[i], mxs[i] = appraisal_leaf(leaf, cells)
            continue
        # A survey leaf: points given in the scores sheet win; else max x the mean answer weight.
        given = given_points[i] = number(scores[code]) if code in scores.columns else pd.Series(np.nan, index=scores.index)
        mean = means[leaf['code']] if means is not None and leaf['code'] in means else pd.Series(np.nan, index=scores.index)
        answered = given.notna() | mean.notna()
        pts[i] = given.fillna(mx * mean).fillna(0.0)
        mxs[i] = pd.Series(mx, index=scores.index)
        if spec.get('whenNoAnswers') == 'exclude':
            mxs[i] = mxs[i].where(answered, 0.0)

    def add_up(idx):  # left to right, as DuckDB's a + b + c
        total = pd.Series(0.0, index=scores.index)
        for i in idx:
            total = total + pts[i]
        return total

    appraisal_idx = [i for i, l in enumerate(leaves) if l['source'] == 'appraisal']
    survey_idx = [i for i, l in enumerate(leaves) if l['source'] == 'survey']
    out = pd.DataFrame({'unit': text('unit'), 'name': text('name'), 'group': text('group')})
    out['appraisal'] = add_up(appraisal_idx)
    out['survey'] = add_up(survey_idx)
    caps = {'bonus': adjustments.get('bonusMax', 0), 'penalty': adjustments.get('penaltyMax', 0)}
    for col, cap in caps.items():
        given = number(scores[col]).fillna(0.0) if col in scores.columns else pd.Series(0.0, index=scores.index)
        out[col] = given.clip(upper=float(cap)) if cap else 0.0
    mx = pd.Series(0.0, index=scores.index)
    for i in appraisal_idx + survey_idx:
        mx = mx + mxs[i]
    out['total'] = out['appraisal'] + out['survey'] + out['bonus'] - out['penalty']
    out['max'] = mx
    out['index'] = (out['total'] / mx.where(mx > 0)) * 100
    fields = [f['code'] for f in criteria['fields']]
    field_points = pd.DataFrame({f: add_up(under[f]) for f in fields})

    # Ranks: 1 + the ranked units (in the group) with a higher key; the key is the index, then each
    # tieBreak, as published (rounded to precision) or exact.
    shown = (lambda x: x) if ranking.get('on') == 'exact' else (lambda x: round_half_away(x, p))
    keys = pd.DataFrame({'k0': shown(out['index'])}, index=scores.index)
    for j, k in enumerate(ranking.get('tieBreak', [])):
        keys[f'k{j + 1}'] = shown(out['appraisal'] if k == 'appraisal' else add_up(under.get(k, [])))
    by_group = ranking.get('by') == 'group'
    ranked_flag = ~fold_series(scores['ranked']).isin(NOT_RANKED) if 'ranked' in scores.columns else pd.Series(True, index=scores.index)
    ranked = ranked_flag & out['index'].notna()
    key_cols = list(keys.columns)
    r = keys[ranked].assign(g=out['group'] if by_group else '', unit=out['unit'])
    r = r.sort_values(['g', *key_cols, 'unit'], ascending=[True] + [False] * len(key_cols) + [True], kind='mergesort')
    same = (r[key_cols + ['g']] == r[key_cols + ['g']].shift()).all(axis=1)
    position = r.groupby('g', sort=False).cumcount() + 1
    out['rank'] = position.mask(same).ffill().astype('Int64')  # unranked: <NA>, written blank
    order = r.index.append(out['unit'][~ranked].sort_values(kind='mergesort').index)
    return {
        'criteria': criteria, 'leaves': leaves, 'under': under, 'units': units, 'out': out, 'order': order, 'pts': pts, 'mxs': mxs,
        'given': given_points, 'forms': forms, 'field_points': field_points, 'ranked': ranked, 'by_group': by_group, 'keys': keys,
    }


def main(criteria_path, scores_path, survey_path, out_path):
    job = rank_job(read_criteria(criteria_path), scores_path, survey_path)
    criteria, out, order, field_points = job['criteria'], job['out'], job['order'], job['field_points']
    p = int(criteria.get('precision', 2))
    fields = [f['code'] for f in criteria['fields']]
    published = pd.Series(round_half_away(out['index'], p), index=out.index)
    bands = sorted(criteria.get('bands', []), key=lambda b: -float(b['min']))
    out['band'] = np.select([published >= float(b['min']) for b in bands], [b['label'] for b in bands], '') if bands else ''
    for col in ['appraisal', 'survey', 'bonus', 'penalty', 'total', 'max', 'index']:
        out[col] = round_half_away(out[col], p)
    for f in fields:
        out[f] = round_half_away(field_points[f], p)
    for col in ['unit', 'name', 'group', 'band']:  # no formula from other people's text
        out[col] = out[col].mask(out[col].str.match(r'[=+\-@\t\r]'), "'" + out[col])
    out = out.loc[order, RANKING_COLUMNS + fields]
    out.to_csv(out_path, index=False, encoding='utf-8-sig', lineterminator='\r\n', float_format=f'%.{p}f')


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit('usage: pandas-job.py <criteria.json> <scores.csv> <survey.csv> <out.csv>')
    main(*sys.argv[1:])
