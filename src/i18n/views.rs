//! The strings of the switch between the two views and of the roster view's loader
//! (src/roster/host.rs), built into the self-assessment's wasm. A table of its own: the roster's
//! strings (roster.rs) are only in the roster's wasm.

catalogue! {
    ViewsLabel => "Chế độ làm việc", "Views";
    ViewSelf => "Tự đánh giá", "Self-assessment";
    ViewRoster => "Rà soát danh sách (cấp xã, Sở Nội vụ)",
        "Roster review (commune, Home Affairs)";
    RosterTitle => "Rà soát tiêu chuẩn cán bộ, công chức cấp xã theo danh sách",
        "Reviewing the standards of commune cadres and civil servants from a roster";
    RosterLoading => "Đang tải phần rà soát danh sách…", "Loading the roster review…";
    RosterLoadFailed => "Không tải được phần rà soát danh sách. Hãy kiểm tra kết nối rồi tải lại trang.",
        "The roster review could not be loaded. Check the connection and reload the page.";
}
