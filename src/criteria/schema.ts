// The `cchc-criteria/1` format as a zod schema. Objects are strict: a mistyped key is an error.
// Semantic rules a schema cannot state (sums, orders, references) live in check-*.ts. Every field
// has a description (Vietnamese / English): the JSON Schema written from this one gives editors
// hover help (scripts/write-schema.ts).
import { z } from 'zod';

/** A field's description, in Vietnamese then English. */
const d = (vi: string, en: string): string => `${vi} / ${en}`;

const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'a code is letters, digits, dots, dashes');
const num = z.number().finite();
const notApplicable = z.enum(['exclude', 'full', 'zero']);
/** What a measured value is: `%`, a rate (0–100; a fraction such as 0.97 is warned, above 100 is an error). */
const valueUnit = z.literal('%').describe(d(
  'Ô điểm chứa gì: "%" = một tỷ lệ phần trăm (0–100). Ghi dạng phân số (0,97) bị cảnh báo, trên 100 là lỗi.',
  'what the cell holds: "%" = a rate in percent (0–100). A value typed as a fraction (0.97) is a warning, one above 100 an error.',
));
const ruleType = <T extends string>(type: T, vi: string, en: string) => z.literal(type).describe(d(vi, en));

const ruleUnion = z.discriminatedUnion('type', [
  z.strictObject({
    type: ruleType('points', 'Nhập điểm trực tiếp, từ 0 (hoặc min) đến điểm tối đa (mặc định).', 'points entered as they are, from 0 (or min) to the max (the default).'),
    min: num.optional().describe(d('Điểm thấp nhất được nhập, âm cho tiêu chí trừ điểm (mặc định 0).', 'the lowest points allowed, negative for a penalty item (default 0).')),
  }),
  z.strictObject({ type: ruleType('yesno', 'Có/không (đạt/không đạt, x/để trống, 1/0): có = điểm tối đa, không = 0.', 'yes/no (có/không, đạt/không đạt, x/blank, 1/0): yes = max, no = 0.') }),
  z.strictObject({
    type: ruleType('steps', 'Theo bậc của một giá trị đo được: điểm của bậc đầu tiên có min ≤ giá trị.', 'steps on a measured value: the points of the first step whose min ≤ the value.'),
    steps: z
      .array(z.strictObject({
        min: num.describe(d('Giá trị thấp nhất của bậc (bao gồm).', "the step's lowest value (inclusive).")),
        points: num.describe(d('Điểm của bậc, từ 0 đến điểm tối đa.', "the step's points, 0 to max.")),
      }))
      .min(1)
      .describe(d('Các bậc, min cao nhất trước; dưới mọi bậc = 0 điểm.', 'the steps, highest min first; below every step = 0 points.')),
    unit: valueUnit.optional(),
  }),
  z.strictObject({
    type: ruleType('proportional', 'Tỷ lệ: điểm = tối đa × giá trị ÷ of, không quá tối đa.', 'proportional: points = max × value ÷ of, at most max.'),
    of: num.optional().describe(d('Giá trị ứng với điểm tối đa (mặc định 100).', 'the value that earns the max (default 100).')),
    unit: valueUnit.optional(),
  }),
  z.strictObject({
    type: ruleType('deduction', 'Trừ điểm: tối đa − per × số lần vi phạm, không dưới floor.', 'deduction: max − per × the count of violations, not below floor.'),
    per: num.describe(d('Số điểm trừ cho mỗi lần vi phạm (> 0).', 'the points taken per violation (> 0).')),
    floor: num.optional().describe(d('Điểm thấp nhất sau khi trừ (mặc định 0; âm được).', 'the lowest the points go (default 0; may be negative).')),
  }),
  z.strictObject({
    type: ruleType('levels', 'Theo mức đánh giá: ô ghi một mức, được điểm của mức đó.', 'named levels: the cell holds a label and gets its points.'),
    levels: z.record(z.string(), num).describe(d('Nhãn mức → điểm, ví dụ { "Hoàn thành tốt": 1.5 }; so khớp không phân biệt hoa thường.', 'label → points, e.g. { "Hoàn thành tốt": 1.5 }; matched ignoring case.')),
  }),
]);
/** `type` defaults to `points` (contract §1), so `{ "min": -5 }` is a points rule. */
export const ruleSchema = z.preprocess(
  (r) => (typeof r === 'object' && r !== null && !Array.isArray(r) && !('type' in r) ? { ...r, type: 'points' } : r),
  ruleUnion,
);
export type Rule = z.infer<typeof ruleUnion>;

export interface NodeInput {
  code: string;
  title?: string | undefined;
  max: number;
  children?: NodeInput[] | undefined;
  source?: 'appraisal' | 'survey' | undefined;
  rule?: Rule | undefined;
  whenNotApplicable?: 'exclude' | 'full' | 'zero' | undefined;
  description?: string | undefined;
  unit?: '%' | undefined;
}

export const nodeSchema: z.ZodType<NodeInput> = z.lazy(() =>
  z.strictObject({
    code: code.describe(d('Mã tiêu chí, duy nhất trong bộ (ví dụ 3.2.1); là tên cột trong bảng điểm.', 'the criterion code, unique in the set (e.g. 3.2.1); the column header in score sheets.')),
    title: z.string().optional().describe(d('Tên tiêu chí.', "the criterion's title.")),
    description: z.string().optional().describe(d('Ghi chú thêm cho người đọc (cách chấm, tài liệu kiểm chứng); không ảnh hưởng điểm.', 'a note for readers (how it is appraised, the evidence); changes no points.')),
    max: num.describe(d('Điểm tối đa (> 0); của tiêu chí cha bằng đúng tổng của các tiêu chí con.', "the maximum points (> 0); a parent's is exactly the sum of its children's.")),
    children: z.array(nodeSchema).min(1).optional().describe(d('Các tiêu chí con (tiêu chí cha không có rule).', 'the sub-criteria (a parent has no rule).')),
    source: z.enum(['appraisal', 'survey']).optional().describe(d(
      'Nguồn điểm, kế thừa xuống các tiêu chí con: "appraisal" (thẩm định, mặc định) hoặc "survey" (điều tra xã hội học).',
      'where the points come from, inherited by the children: "appraisal" (the default) or "survey" (the sociological survey).',
    )),
    rule: ruleSchema.optional().describe(d('Cách đổi ô điểm thành điểm (chỉ tiêu chí lá; mặc định points).', "how the cell becomes points (leaves only; default points).")),
    whenNotApplicable: notApplicable.optional().describe(d(
      'Khi ô ghi "không áp dụng" (-, KAD): "exclude" bỏ khỏi điểm tối đa, "full" tính đủ điểm, "zero" tính 0; không có = ghi không áp dụng là lỗi.',
      'when the cell says "not applicable" (-, N/A): "exclude" leaves the max, "full" gives the max, "zero" gives 0; absent = not applicable is an error.',
    )),
    unit: valueUnit.optional(),
  }),
);

export const criteriaSchema = z.strictObject({
  $schema: z.string().optional().describe(d('Đường dẫn tới JSON Schema này (cho trình soạn thảo).', 'the path of this JSON Schema (for editors).')),
  format: z.literal('cchc-criteria/1').describe(d('Định dạng tệp, luôn "cchc-criteria/1".', 'the file format, always "cchc-criteria/1".')),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase kebab-case, e.g. ha-tinh-xa').describe(d('Mã họ bộ tiêu chí, chữ thường nối gạch (ví dụ ha-tinh-xa).', 'the family id of the set, lowercase kebab-case (e.g. ha-tinh-xa).')),
  version: z.string().min(1).describe(d('Phiên bản của bộ trong họ (ví dụ 2021): -c ha-tinh-xa@2021.', 'the version of the set within its family (e.g. 2021): -c ha-tinh-xa@2021.')),
  title: z.string().optional().describe(d('Tên bộ tiêu chí, in trên các báo cáo.', "the set's title, shown on every report.")),
  source: z.string().optional().describe(d(
    'Căn cứ của bộ tiêu chí (quyết định ban hành…), in trên báo cáo. (Trên một tiêu chí, source là nguồn điểm: appraisal/survey.)',
    'where the set comes from (the decision that issued it…), shown on the reports. (On a criterion, source is where its points come from: appraisal/survey.)',
  )),
  precision: z.number().int().min(0).max(6).optional().describe(d('Số chữ số thập phân khi công bố điểm và chỉ số (mặc định 2).', 'decimals of the published points and index (default 2).')),
  bands: z
    .array(z.strictObject({
      label: z.string().min(1).describe(d('Tên loại, ví dụ "Xuất sắc".', 'the band\'s label, e.g. "Xuất sắc".')),
      min: num.describe(d('Chỉ số thấp nhất (%) của loại, bao gồm.', "the band's lowest index (%), inclusive.")),
    }))
    .optional()
    .describe(d('Xếp loại theo chỉ số, min cao nhất trước.', 'bands by index, highest min first.')),
  ranking: z
    .strictObject({
      on: z.enum(['published', 'exact']).optional().describe(d(
        'Xếp hạng theo chỉ số đã làm tròn ("published", mặc định) hay chính xác ("exact").',
        'rank on the index as published, rounded ("published", the default), or exact ("exact").',
      )),
      tieBreak: z.array(z.string()).optional().describe(d(
        'Khi bằng chỉ số: so tiếp "appraisal" (điểm thẩm định) hoặc điểm của một mã tiêu chí, lần lượt; cao hơn xếp trên.',
        'when the index ties: compare "appraisal" (the appraisal points) or a criterion\'s points, in turn; higher wins.',
      )),
      by: z.literal('group').optional().describe(d('"group": xếp hạng riêng trong từng nhóm (cột group).', '"group": rank within each group (the group column).')),
    })
    .optional()
    .describe(d('Quy tắc xếp hạng.', 'how units are ranked.')),
  adjustments: z
    .strictObject({
      bonusMax: num.min(0).optional().describe(d('Điểm thưởng tối đa; không có = không có điểm thưởng.', 'the bonus cap; absent = no bonus.')),
      penaltyMax: num.min(0).optional().describe(d('Điểm trừ tối đa; không có = không có điểm trừ.', 'the penalty cap; absent = no penalty.')),
    })
    .optional()
    .describe(d('Điểm thưởng và điểm trừ, ngoài cây tiêu chí.', 'bonus and penalty points, outside the tree.')),
  survey: z
    .strictObject({
      answers: z.record(z.string(), num).describe(d('Câu trả lời → tỷ lệ điểm tối đa (0–1), ví dụ { "A": 1, "B": 0.6 }.', 'answer → share of the max (0–1), e.g. { "A": 1, "B": 0.6 }.')),
      ignore: z.array(z.string()).optional().describe(d('Câu trả lời không tính vào bình quân (ví dụ "Không biết"); ô trống luôn không tính.', 'answers left out of the mean (e.g. "Không biết"); a blank is always left out.')),
      questions: z.record(z.string(), z.string()).describe(d('Cột câu hỏi trong tệp phiếu → mã tiêu chí điều tra, ví dụ { "Q1": "8.1" }.', 'question column of the forms → survey criterion code, e.g. { "Q1": "8.1" }.')),
      groups: z.record(z.string(), num).optional().describe(d(
        'Nhóm người trả lời → tỷ trọng (tổng 1): bình quân trong từng nhóm rồi cộng theo tỷ trọng.',
        'respondent group → share (summing to 1): the mean within each group, then combined by the shares.',
      )),
      whenNoAnswers: z.enum(['zero', 'exclude']).optional().describe(d(
        'Đơn vị không có câu trả lời hợp lệ cho một tiêu chí: "zero" tính 0 (mặc định), "exclude" bỏ tiêu chí khỏi điểm tối đa.',
        'a unit without a valid answer for a criterion: "zero" gives 0 (the default), "exclude" leaves the criterion out of its max.',
      )),
    })
    .optional()
    .describe(d('Cách đổi phiếu điều tra xã hội học thành điểm.', 'how the survey forms become points.')),
  fields: z.array(nodeSchema).min(1).describe(d('Các lĩnh vực: cấp trên cùng của cây tiêu chí.', 'the fields: the top level of the tree.')),
});
export type CriteriaInput = z.infer<typeof criteriaSchema>;
