//! The strings of the comparison ("nếu tôi…", src/components/compare.rs) and of the personal
//! plan on a timeline (src/components/timeline.rs): fixed ones in the table, those with values
//! below it. The calendar file's own words are the engine's (engine/src/plan.rs).

use super::Lang;

catalogue! {
    // One click from the result and from the post field
    WhatIfCourse => "Nếu tôi học khóa này", "If I take this course";
    WhatIfPost => "Nếu tôi chuyển sang chức danh", "If I moved to the post";
    WhatIfPostChoose => "— Chọn để so sánh —", "— Choose to compare —";
    WhatIfPostHint => "Kết quả hiện bên cạnh kết quả hiện tại.", "The result is shown next to the current one.";

    // The comparison
    Title => "So sánh: hiện tại và nếu…", "Compare: now and what if…";
    Now => "Hiện tại", "Now";
    WhatIf => "Nếu…", "What if…";
    NoChange => "Không lĩnh vực nào thay đổi.", "No area changes.";
    Changed => "Thay đổi", "Changed";
    To => "thành", "to";
    Same => "Giống hiện tại.", "Same as now.";
    Edit => "Phương án so sánh", "The variant";
    EditHint => "Chỉ áp dụng cho phương án; câu trả lời của bạn giữ nguyên.",
        "For the variant only; your answers stay as they are.";
    VPost => "Nếu chức danh là", "If the post were";
    VAsOf => "Nếu đánh giá vào ngày", "If assessed on";
    VAsOfHint => "Thời hạn và quy định tính theo ngày này.", "Deadlines and rules as on that day.";
    VUnit => "Nếu công tác ở", "If working in a";
    VDifficult => "Nếu ở vùng khó khăn", "If in a difficult area";
    VCourses => "Nếu đã học xong", "If finished";
    Close => "Đóng so sánh", "Close the comparison";
    Finished => "Đã học xong", "Finished";
    ItFinished => "Có chứng chỉ tin học", "Holds an IT certificate";
    EthnicFinished => "Có chứng chỉ tiếng dân tộc thiểu số", "Holds an ethnic-minority language certificate";

    // The personal plan
    PlanTitle => "Kế hoạch học tập cá nhân", "Personal training plan";
    PlanPrint => "In kế hoạch", "Print the plan";
    PlanIcs => "Tải về lịch (.ics)", "Download the calendar (.ics)";
    PlanIcsHint => "Mỗi thời hạn là một sự kiện trong lịch, có nhắc trước một tháng.",
        "Each deadline is a calendar event, with a reminder a month before.";
    PlanFile => "ke-hoach-hoc-tap.ics", "training-plan.ics";
    NoDeadline => "Chưa có thời hạn", "No deadline";
    LessThanMonth => "còn dưới 1 tháng", "less than a month left";
    Before => "Cần xong trước khóa", "Finish before";
}

/// "2 lĩnh vực thay đổi:" / "2 areas change:".
pub fn changes_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!("{n} lĩnh vực thay đổi:"),
        Lang::En if n == 1 => "1 area changes:".to_string(),
        Lang::En => format!("{n} areas change:"),
    }
}

/// "còn 20 tháng" / "20 months left".
pub fn months_left(lang: Lang, n: i32) -> String {
    match lang {
        Lang::Vi => format!("còn {n} tháng"),
        Lang::En if n == 1 => "1 month left".to_string(),
        Lang::En => format!("{n} months left"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_in_both_languages_precomposed() {
        for lang in [Lang::Vi, Lang::En] {
            let mut all: Vec<String> = ALL.iter().map(|k| t(lang, *k).to_string()).collect();
            all.extend([1, 2].map(|n| changes_count(lang, n)));
            all.extend([1, 20].map(|n| months_left(lang, n)));
            for s in all {
                assert!(!s.trim().is_empty(), "{lang:?}");
                // NFC Vietnamese never needs a combining mark after a letter.
                assert!(
                    !s.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
                    "combining mark in {s:?}"
                );
            }
        }
        assert_eq!(months_left(Lang::Vi, 20), "còn 20 tháng");
        assert_eq!(changes_count(Lang::En, 1), "1 area changes:");
    }
}
