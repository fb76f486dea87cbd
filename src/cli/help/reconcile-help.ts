// `cchc reconcile --help` in both languages.
import type { Lang } from '../../report/messages/index.js';

const vi = {
  description: 'đối chiếu điểm tự chấm của các đơn vị với điểm thẩm định: mọi ô mà Hội đồng thẩm định đã thay đổi',
  self: { flags: '--self <tệp...>', text: 'bảng tự chấm điểm của các đơn vị, CSV hoặc sổ tính (cùng dạng với bảng điểm; không có cột điều tra); có thể nhiều tệp, mỗi xã một tệp' },
  after: `
Hai bảng được đọc theo cùng bộ tiêu chí và so từng tiêu chí lá SAU KHI áp quy tắc chấm của tiêu chí đó:
tự chấm "có" (0,5) so với thẩm định "không" (0) là thay đổi -0,50; hai tỷ lệ rơi vào cùng một bậc là
không thay đổi. csv/json: mỗi dòng là một đơn vị và một tiêu chí lá bị thay đổi,
  unit,name,code,title,self,appraised,change      (change = thẩm định - tự chấm, tính bằng điểm)
Tiêu chí ghi không áp dụng và bị loại ("whenNotApplicable": "exclude") không có điểm ở bên đó: ô để
trống (null trong JSON) và tính là 0 trong cột change và mọi tổng, nên tổng các thay đổi của một đơn
vị bằng điểm thẩm định trừ điểm tự chấm. Tiêu chí chỉ áp dụng ở một bên vẫn được liệt kê dù điểm bằng
nhau. Không áp dụng với "full" hoặc "zero" thì có điểm và được so như vậy. Điểm điều tra, điểm thưởng
và điểm trừ không được so. Bảng liệt kê trước các đơn vị bị điều chỉnh nhiều nhất (tổng |change|),
rồi tổng theo lĩnh vực, rồi mọi ô bị thay đổi.
Với --findings TỆP (hoặc ghi chú ở từng dòng của bảng điểm dạng dọc), cột note đứng sau change: nhận
xét của Hội đồng về ô đó, lý do thay đổi (csv/json: note; json còn có findings).

Ví dụ:
  cchc reconcile --self samples/huong-son-2021/self-assessment.csv -s samples/huong-son-2021/scores.csv
  cchc reconcile --self tu-cham.csv -s scores.csv -u survey.csv -f csv -o dieu-chinh.csv
  cchc reconcile --self tu-cham.csv -s scores.csv -f md --lang en
  cchc reconcile --self tu-cham.csv -s scores.csv --findings nhan-xet.csv -f csv -o dieu-chinh.csv
  cchc reconcile --self tu-cham.csv -s scores.csv -f md --date 2021-11-26 -o doi-chieu.md
  cchc reconcile --self tu-cham.xlsx -s scores.xlsx -o dieu-chinh.xlsx
  cchc reconcile --self tu-cham.csv -s scores.csv --findings nhan-xet.csv --wide | less -S

Trên màn hình, các bảng vừa với chiều rộng màn hình (một dòng nêu các cột được lược bớt); --wide cho
đủ mọi cột.

--title thay tiêu đề của bảng và của Markdown; --date (mặc định hôm nay, hoặc SOURCE_DATE_EPOCH)
ghi sau bộ tiêu chí. CSV và JSON không thay đổi.`,
};

const en: typeof vi = {
  description: "the units' self-assessed scores against the appraised ones: every cell the appraisal changed",
  self: { flags: '--self <files...>', text: "the units' self-assessment, CSV or workbook (same shape as the scores; no survey columns); several files, one per commune, are read as one" },
  after: `
Both files are read over the same criteria set and compared leaf by leaf AFTER each leaf's rule:
a self "có" (0.5) against an appraised "không" (0) is a change of -0.50; two rates that fall in the
same step are no change. csv/json: one row per unit and changed leaf,
  unit,name,code,title,self,appraised,change      (change = appraised - self, in points)
A leaf marked not applicable and excluded ("whenNotApplicable": "exclude") has no points on that
side: its cell is empty (null in JSON) and it counts as 0 in the change and in every total, so a
unit's changes add up to its appraised minus self-assessed appraisal points. A leaf that applies on
one side only is listed even when the points are equal. N/A with "full" or "zero" gives points and
is compared as such. Survey, bonus and penalty are not compared. The table lists the units with
the largest adjustments (sum of |change|) first, then totals per field, then every changed cell.
With --findings FILE (or notes per row in a long scores sheet), a note column follows change: the
appraisal's remarks on that cell, the reason it changed (csv/json: note; json also findings).

Examples:
  cchc reconcile --self samples/huong-son-2021/self-assessment.csv -s samples/huong-son-2021/scores.csv
  cchc reconcile --self self.csv -s scores.csv -u survey.csv -f csv -o adjustments.csv
  cchc reconcile --self self.csv -s scores.csv -f md --lang en
  cchc reconcile --self self.csv -s scores.csv --findings findings.csv -f csv -o adjustments.csv
  cchc reconcile --self self.csv -s scores.csv -f md --date 2021-11-26 -o reconcile.md
  cchc reconcile --self self.xlsx -s scores.xlsx -o adjustments.xlsx
  cchc reconcile --self self.csv -s scores.csv --findings findings.csv --wide | less -S

On a terminal the tables fit its width (a line names the columns left out); --wide gives them all.

--title replaces the heading of the table and Markdown; --date (default today, or
SOURCE_DATE_EPOCH) is shown after the criteria set. CSV and JSON are unchanged by both.`,
};

export const reconcileHelp = (lang: Lang): typeof vi => (lang === 'en' ? en : vi);
