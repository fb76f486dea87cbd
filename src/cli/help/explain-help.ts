// `cchc explain --help` in both languages.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'phiếu điểm của một đơn vị: điểm và chỉ số thành phần của từng tiêu chí, bị mất điểm ở đâu, cách hạng trên và loại trên bao xa',
  unit: { name: '<đơn-vị>', text: 'mã hoặc tên đơn vị, như trong bảng điểm (không phân biệt hoa thường, cách gõ dấu)' },
  set: { flags: '--set <mã=giá-trị>', text: 'giả sử ô của tiêu chí MÃ có GIÁ_TRỊ (dùng nhiều lần được): đơn vị trước và sau, các đơn vị khác giữ nguyên' },
  after: `
Đơn vị được chấm cùng mọi đơn vị khác, đúng như cchc score, nên tổng điểm, chỉ số, hạng và xếp loại
là của bảng xếp hạng. Điểm và điểm tối đa là phần áp dụng cho đơn vị (tiêu chí không áp dụng có điểm
tối đa 0 và không có chỉ số). Điểm bị mất là điểm tối đa - điểm ở các tiêu chí lá, lớn nhất trước.
  gapToNextRank  tổng điểm của đơn vị gần nhất xếp trên trừ tổng điểm của đơn vị này (null khi hạng 1
                 hoặc không xếp hạng; xếp hạng theo chỉ số nên khi điểm tối đa khác nhau có thể <= 0)
  gapToNextBand  điểm tối đa của đơn vị x mức thấp nhất của loại trên / 100 - tổng điểm (null ở loại cao nhất)
--format json cho { unit, name, rank, appraisal, survey, bonus, penalty, total, max, index, band,
gapToNextRank, nextRank: { unit, name, rank, index, pointsToMatch }, gapToNextBand,
nodes: [{ code, title, depth, max, points, index }], losses: [{ code, title, max, points, lost }] }.
Đơn vị không có trong bảng điểm là lỗi (mã thoát 1), kèm các tên gần giống.
Bảng điểm cộng đến tổng điểm: các lĩnh vực, + điểm thưởng, − điểm trừ = tổng điểm. Dưới dòng hạng,
một câu nói khoảng cách nghĩa là gì: đơn vị xếp ngay trên, chỉ số của đơn vị đó và số điểm cần thêm để
bằng chỉ số ấy (xếp hạng theo chỉ số, nên khác khoảng cách điểm khi điểm tối đa khác nhau), và số điểm
cần thêm để lên loại trên.

Với --findings TỆP (nhận xét của Hội đồng: unit, code, note, evidence, kind), hoặc nhận xét ghi trong
bảng điểm, bảng và md có thêm nhận xét và tài liệu kiểm chứng bên cạnh điểm và số điểm bị mất của từng
tiêu chí, rồi các nhận xét chung về đơn vị; json thêm findings: [{ code, kind, note, evidence, file,
line }] cho đơn vị (code null: nhận xét chung) và cho từng tiêu chí.

Giả định: --set MÃ=GIÁ_TRỊ (dùng nhiều lần được) thay ô của tiêu chí lá MÃ (hoặc bonus, penalty) của
đơn vị và chấm lại mọi đơn vị: điểm của các ô đã thay, rồi điểm, tổng điểm, điểm tối đa, chỉ số, hạng
và xếp loại của đơn vị trước và sau, và các đơn vị khác bị đổi hạng; đúng như chấm lại bảng điểm đã
sửa các ô đó. GIÁ_TRỊ được đọc như ô trong bảng điểm, với dấu thập phân của bảng: điểm (1,75), có/không
(đạt, x, 1/0…), tỷ lệ (96,5%), số lần, tên mức đánh giá, "-" là không áp dụng; tiêu chí điều tra nhận
điểm, thay cho điểm tính từ phiếu của đơn vị.
--format json cho { unit, name, changes: [{ code, title, value, before, after }], before, after:
{ appraisal, survey, bonus, penalty, total, max, index, rank, band }, moved: [{ unit, name,
rankBefore, rankAfter }] }. Giá trị tiêu chí không nhận được là lỗi (mã thoát 1), nêu rõ --set đó.

Ví dụ:
  cchc explain SONNINH -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc explain "Sơn Kim 1" -s scores.csv -u survey.csv -f json -o son-kim-1.json
  cchc explain "thị trấn phố châu" -s scores.csv -f md --lang en
  cchc explain SONNINH -s scores.csv -u survey.csv -f md --date 2021-11-26 --title "Phiếu điểm xã Sơn Ninh"
  cchc explain SONNINH -s scores.csv -u survey.csv --set 3.2.1=100% --set "5.2=Hoàn thành xuất sắc"
  cchc explain "Sơn Ninh" -s scores.csv -u survey.csv --findings nhan-xet.csv   # vì sao mất điểm
  cchc explain "Sơn Hà" -s scores.csv -u survey.csv --set 1.1.1=có --set bonus=1.5 -f json
  cchc explain "Sơn Kim 1" -s scores.xlsx -u survey.xlsx -o son-kim-1.xlsx
  cchc explain "Sơn Ninh" -s scores.csv -u survey.csv --findings nhan-xet.csv --wide   # tên đầy đủ

Trên màn hình, các bảng vừa với chiều rộng màn hình: tên tiêu chí rút gọn bằng dấu …, nhận xét xuống
dòng, các cột ít cần nhất được lược bớt (một dòng nêu các cột đó); --wide (hoặc pipe, tệp) cho đủ mọi cột.

--title thay tiêu đề của bảng và của Markdown; --date (mặc định hôm nay, hoặc SOURCE_DATE_EPOCH)
ghi sau bộ tiêu chí. JSON không thay đổi.`,
};

const en: typeof vi = {
  description: "one unit's sheet: every criterion's points and component index, where it lost points, how far from the next rank and band",
  unit: { name: '<unit>', text: 'the unit code or name, as in the scores file (case and Unicode form do not matter)' },
  set: { flags: '--set <code=value>', text: 'what if the cell of leaf CODE held VALUE (repeatable): the unit before and after, the others unchanged' },
  after: `
The unit is scored with all the others, exactly as by cchc score, so its total, index, rank and band
are the ranking's. Points and maxima are the unit's applicable ones (a criterion not applicable to it
has max 0 and no index). Losses are max - points on the leaves, largest first.
  gapToNextRank  total of the nearest unit ranked above minus this unit's total (null for rank 1 or
                 an unranked unit; units rank on the index, so with unequal maxima it can be <= 0)
  gapToNextBand  the unit's max x the next band's minimum / 100 - its total (null in the top band)
--format json gives { unit, name, rank, appraisal, survey, bonus, penalty, total, max, index, band,
gapToNextRank, nextRank: { unit, name, rank, index, pointsToMatch }, gapToNextBand,
nodes: [{ code, title, depth, max, points, index }], losses: [{ code, title, max, points, lost }] }.
An unknown unit is an error (exit 1) naming the close matches.
The sheet adds up to the total: the fields, + bonus, − penalty = total. Under the rank, a sentence
says what the gaps mean: the unit ranked just above, its index and the points this unit needs to reach
it (units rank on the index, so with unequal maxima this differs from the points gap), and the points
needed for the next band.

With --findings FILE (the appraisal's remarks: unit, code, note, evidence, kind), or remarks in the
scores sheet, the table and md go on with each criterion's remarks and evidence beside its points
and the points it lost, then the remarks on the unit as a whole; json adds findings: [{ code, kind,
note, evidence, file, line }] to the unit (code null: the unit as a whole) and to each node.

What-if: --set CODE=VALUE (repeatable) changes the unit's cell of leaf CODE (or its bonus or
penalty) and scores every unit again: the changed cells' points, then the unit's points, total,
max, index, rank and band before and after, and the other units whose rank moves; exactly what
scoring the sheet with those cells changed gives. VALUE is read as the sheet reads the cell, with
its decimal mark: points (1.75), có/không (đạt, x, 1/0…), a rate (96,5%), a count, a level label,
"-" for not applicable; a survey leaf takes points, in place of what the unit's forms gave.
--format json gives { unit, name, changes: [{ code, title, value, before, after }], before, after:
{ appraisal, survey, bonus, penalty, total, max, index, rank, band }, moved: [{ unit, name,
rankBefore, rankAfter }] }. A value the leaf cannot take is an error (exit 1) naming the --set.

Examples:
  cchc explain SONNINH -s samples/huong-son-2021/scores.csv -u samples/huong-son-2021/survey.csv
  cchc explain "Sơn Kim 1" -s scores.csv -u survey.csv -f json -o son-kim-1.json
  cchc explain "thị trấn phố châu" -s scores.csv -f md --lang en
  cchc explain SONNINH -s scores.csv -u survey.csv -f md --date 2021-11-26 --title "Phiếu điểm xã Sơn Ninh"
  cchc explain SONNINH -s scores.csv -u survey.csv --set 3.2.1=100% --set "5.2=Hoàn thành xuất sắc"
  cchc explain "Sơn Ninh" -s scores.csv -u survey.csv --findings findings.csv   # why it lost points
  cchc explain "Sơn Hà" -s scores.csv -u survey.csv --set 1.1.1=có --set bonus=1.5 -f json
  cchc explain "Sơn Kim 1" -s scores.xlsx -u survey.xlsx -o son-kim-1.xlsx
  cchc explain "Sơn Ninh" -s scores.csv -u survey.csv --findings findings.csv --wide   # whole titles

On a terminal the tables fit its width: titles shortened with …, remarks wrapped, the least needed
columns left out (a line says which); --wide (or a pipe, a file) gives every column.

--title replaces the heading of the table and Markdown; --date (default today, or
SOURCE_DATE_EPOCH) is shown after the criteria set. JSON is unchanged by both.`,
};

export const explainHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
