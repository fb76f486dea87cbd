import { describe, expect, it } from 'vitest';
import { decideReportDate, reportSettings } from '../../src/cli/report-options.js';
import { parseReportDate } from '../../src/report/report-settings.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { ANNEX_SIGNER, dateInWords, decisionReference, numericDate, placeAndDate, REPORT_SIGNER, signerOf } from '../../src/report/report-settings.js';

const NOON = () => new Date(2022, 0, 5, 12);

describe('parseReportDate', () => {
  it.each([
    ['2021-11-26', { year: 2021, month: 11, day: 26 }],
    [' 2024-02-29 ', { year: 2024, month: 2, day: 29 }],
    ['2021-02-29', undefined], // not a leap year
    ['2021-13-01', undefined],
    ['2021-11-31', undefined],
    ['26/11/2021', undefined],
    ['2021-1-5', undefined],
    // Any real day of 1900–9999 (a zip's part stamps are clamped instead: src/report/zip-date.ts).
    ['1979-12-31', { year: 1979, month: 12, day: 31 }],
    ['1900-01-01', { year: 1900, month: 1, day: 1 }],
    ['2100-01-01', { year: 2100, month: 1, day: 1 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
    ['1900-02-29', undefined], // 1900 was no leap year
    ['1899-12-31', undefined],
    ['0050-01-01', undefined],
    ['', undefined],
  ])('%j → %j', (text, want) => expect(parseReportDate(text)).toEqual(want));
});

describe('decideReportDate', () => {
  it('--date wins over SOURCE_DATE_EPOCH, which wins over the clock', () => {
    expect(decideReportDate({ date: '2021-11-26' }, { SOURCE_DATE_EPOCH: '0' }, NOON)).toEqual({ year: 2021, month: 11, day: 26 });
    expect(decideReportDate({}, { SOURCE_DATE_EPOCH: '1637884800' }, NOON)).toEqual({ year: 2021, month: 11, day: 26 });
    expect(decideReportDate({}, { SOURCE_DATE_EPOCH: '' }, NOON)).toEqual({ year: 2022, month: 1, day: 5 });
  });
  it('a bad --date or SOURCE_DATE_EPOCH is a usage error that shows the form expected, in Vietnamese by default', () => {
    expect(() => decideReportDate({ date: '26/11/2021' }, {}, NOON)).toThrow(UsageError);
    expect(() => decideReportDate({ date: '26/11/2021' }, {}, NOON)).toThrow(/YYYY-MM-DD \(năm-tháng-ngày\), ví dụ --date 2021-11-26/);
    expect(() => decideReportDate({ date: 'x', lang: 'en' }, {}, NOON)).toThrow(/write it as YYYY-MM-DD/);
    expect(() => decideReportDate({}, { SOURCE_DATE_EPOCH: '-5' }, NOON)).toThrow(/SOURCE_DATE_EPOCH=-5/);
    expect(() => decideReportDate({ date: '1899-12-31' }, {}, NOON)).toThrow('--date 1899-12-31: ngày phải trong khoảng 1900-01-01 … 9999-12-31');
    expect(() => decideReportDate({ date: '10000-01-01', lang: 'en' }, {}, NOON)).toThrow(/write it as YYYY-MM-DD/);
  });

  it('SOURCE_DATE_EPOCH: any non-negative whole number of seconds up to 9999-12-31 (0 is 1970-01-01)', () => {
    expect(decideReportDate({}, { SOURCE_DATE_EPOCH: '0' }, NOON)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(decideReportDate({}, { SOURCE_DATE_EPOCH: '1' }, NOON)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(decideReportDate({}, { SOURCE_DATE_EPOCH: '253402300799' }, NOON)).toEqual({ year: 9999, month: 12, day: 31 });
    for (const bad of ['253402300800', '1.5', '1e3', '9'.repeat(40), 'abc']) expect(() => decideReportDate({ lang: 'en' }, { SOURCE_DATE_EPOCH: bad }, NOON), bad).toThrow(/up to 9999-12-31/);
  });
});

describe('dates as documents write them', () => {
  it('Decree 30/2020: days below 10 and the months 1 and 2 with a leading 0', () => {
    expect(dateInWords({ year: 2021, month: 11, day: 26 }, 'vi')).toBe('ngày 26 tháng 11 năm 2021');
    expect(dateInWords({ year: 2022, month: 2, day: 5 }, 'vi')).toBe('ngày 05 tháng 02 năm 2022');
    expect(dateInWords({ year: 2022, month: 3, day: 5 }, 'vi')).toBe('ngày 05 tháng 3 năm 2022');
    expect(dateInWords({ year: 2022, month: 3, day: 5 }, 'en')).toBe('5 March 2022');
    expect(numericDate({ year: 2022, month: 3, day: 5 })).toBe('05/03/2022');
  });
});

describe('reportSettings', () => {
  const base = { date: '2021-11-26' };
  it('defaults: issuer with a blank for the district, no signer (each document has its own), the year of the date', () => {
    const s = reportSettings(base, {});
    expect(s.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN …………']);
    expect(signerOf(s, REPORT_SIGNER)).toEqual({ lines: ['TM. HỘI ĐỒNG THẨM ĐỊNH', 'CHỦ TỊCH'], name: '' });
    expect(signerOf(s, ANNEX_SIGNER)).toEqual({ lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: '' });
    expect(s.year).toBe(2021);
    expect(placeAndDate(s, 'vi')).toBe('…………, ngày 26 tháng 11 năm 2021');
    expect(decisionReference(s)).toBe('…………/QĐ-UBND ngày ………… tháng ………… năm …………');
  });
  it('lines split on |, blanks dropped; a decision without a date takes the report\'s', () => {
    const s = reportSettings({ ...base, issuer: 'ỦY BAN NHÂN DÂN | HUYỆN HƯƠNG SƠN|', signer: 'TM. ỦY BAN NHÂN DÂN|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH', signerName: ' Nguyễn Văn A ', decision: 'số 123/QĐ-UBND', place: 'Hương Sơn', year: '2020' }, {});
    expect(s.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN HƯƠNG SƠN']);
    expect(signerOf(s, REPORT_SIGNER)).toEqual({ lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Nguyễn Văn A' });
    // A name alone keeps each document's own lines.
    expect(signerOf(reportSettings({ ...base, signerName: 'Trần Thị B' }, {}), REPORT_SIGNER)).toEqual({ lines: ['TM. HỘI ĐỒNG THẨM ĐỊNH', 'CHỦ TỊCH'], name: 'Trần Thị B' });
    expect(decisionReference(s)).toBe('123/QĐ-UBND ngày 26 tháng 11 năm 2021');
    expect(decisionReference({ ...s, decision: '123/QĐ-UBND ngày 01/12/2021' })).toBe('123/QĐ-UBND ngày 01/12/2021');
    expect(placeAndDate(s, 'vi')).toBe('Hương Sơn, ngày 26 tháng 11 năm 2021');
    expect(s.year).toBe(2020);
  });
  it('--year that is not 4 digits is a usage error', () => {
    expect(() => reportSettings({ ...base, year: '21' }, {})).toThrow(UsageError);
  });
});
