//! The fixed strings of the self-assessment, one line each. Strings with values in them, and
//! those that quote the rule data (ages, dates, level and unit names), are in `messages.rs`.

catalogue! {
    Title => "Tự đánh giá tiêu chuẩn cán bộ, công chức cấp xã",
        "Self-assessment of standards for commune cadres and civil servants";
    Intro => "Chọn chức danh và nhập những gì bạn đã có (bằng cấp, lý luận chính trị, tin học, quản lý nhà nước…). Kết quả hiện ngay: tiêu chuẩn nào đã đạt, còn thiếu gì, cần học lớp nào, hạn đến khi nào, kèm căn cứ pháp lý. Không cần bấm nút gửi; câu trả lời chỉ lưu trên máy này.",
        "Choose your post and enter what you hold (degree, political theory, IT, state management…). The result appears at once: which standards you meet, what is missing, which course to take and by when, with the legal basis. There is no button to press; your answers stay on this device.";
    JumpToResult => "Xem kết quả", "See the result";

    // Toolbar
    Tools => "Công cụ", "Tools";
    SwitchLanguage => "English", "Tiếng Việt";
    SwitchLanguageHint => "Switch to English", "Chuyển sang tiếng Việt";
    CopyLink => "Sao chép liên kết", "Copy link";
    Print => "In phiếu", "Print";
    StartAgain => "Làm lại", "Start again";
    ShareLinkLabel => "Liên kết chia sẻ", "Share link";
    ShareLinkHint => "Ai mở liên kết này sẽ thấy đúng các câu trả lời của bạn. Liên kết không chứa họ tên.",
        "Whoever opens this link sees exactly your answers. The link holds no name.";
    Copied => "Đã sao chép liên kết.", "Link copied.";
    CopyFailed => "Không tự sao chép được. Hãy chọn liên kết trong ô dưới đây rồi sao chép.",
        "Could not copy automatically. Select the link in the box below and copy it.";
    NeedPostToShare => "Hãy chọn chức danh trước khi chia sẻ.", "Choose a post before sharing.";

    // Notices
    Dismiss => "Đóng", "Close";
    Undo => "Hoàn tác", "Undo";
    Cleared => "Đã xóa mọi câu trả lời.", "All answers cleared.";
    StorageReset => "Không đọc được các câu trả lời đã lưu trên máy này (dữ liệu hỏng hoặc của phiên bản khác), nên biểu mẫu đã được làm trống. Vui lòng nhập lại.",
        "The answers saved on this device could not be read (damaged, or from another version), so the form has been emptied. Please enter them again.";
    LinkLoaded => "Đã mở các câu trả lời từ liên kết chia sẻ.", "Opened the answers from the share link.";

    // Fieldsets, labels, hints
    FsRules => "Quy định và ngày đánh giá", "Rules and assessment date";
    FsRulesHint => "Thường không cần đổi: mặc định là quy định đang có hiệu lực hôm nay.",
        "Usually left alone: by default the rules in force today are used.";
    Regime => "Bộ quy định áp dụng", "Rules to apply";
    RegimeHint => "Chọn bộ quy định cũ hơn để xem kết quả theo quy định trước đây.",
        "Pick older rules to see the result under earlier law.";
    RegimeAuto => "Tự động: theo ngày đánh giá", "Automatic: by the assessment date";
    AsOf => "Ngày đánh giá", "Assessment date";
    FsPost => "Chức danh và nơi công tác", "Post and workplace";
    Post => "Chức danh đang giữ", "Your post";
    PostHint => "Danh sách theo bộ quy định đang áp dụng.", "The list follows the rules being applied.";
    PostChoose => "— Chọn chức danh —", "— Choose a post —";
    GroupCanBo => "Cán bộ", "Cadres";
    GroupCongChuc => "Công chức", "Civil servants";
    GroupLanhDao => "Lãnh đạo, quản lý", "Leadership and management";
    GroupChuyenMon => "Chuyên môn", "Specialists";
    Unit => "Đơn vị hành chính", "Administrative unit";
    Difficult => "Xã ở vùng khó khăn", "Commune in a difficult area";
    DifficultHint => "Đánh dấu nếu xã thuộc miền núi, vùng cao, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số hoặc vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn. Ở những nơi này một số tiêu chuẩn thấp hơn.",
        "Tick if the commune is in a mountain, highland, border or island area, an ethnic-minority area or an area of extreme economic hardship. Some standards are lower there.";
    DifficultImplied => "Đã được tính là có, vì xã đặc biệt khó khăn (ô dưới đây) cũng là xã ở vùng khó khăn.",
        "Counted as ticked: a commune with extremely difficult conditions (the box below) is in a difficult area.";
    ExtremelyDifficult => "Xã đặc biệt khó khăn", "Commune with extremely difficult conditions";
    ExtremelyDifficultHint => "Đánh dấu nếu nơi bạn công tác thuộc danh sách xã có điều kiện kinh tế – xã hội đặc biệt khó khăn; xã này cũng được tính là ở vùng khó khăn.",
        "Tick if your commune is on the list of communes with extremely difficult socio-economic conditions (xã đặc biệt khó khăn); it then also counts as a difficult area.";
    InPostSince => "Giữ chức danh này từ ngày", "In this post since";
    InPostSinceHint => "Dùng để tính thời hạn đạt chuẩn. Bỏ trống nếu không nhớ.",
        "Used to work out the deadline to meet a standard. Leave empty if unsure.";
    FsPerson => "Thông tin cá nhân và học vấn", "Personal details and schooling";
    Sex => "Giới tính", "Sex";
    SexNotGiven => "— Chưa chọn —", "— Not given —";
    SexNam => "Nam", "Male (nam)";
    SexNu => "Nữ", "Female (nữ)";
    BirthDate => "Ngày sinh", "Date of birth";
    BirthDateHint => "Nếu nhập, ngày sinh được dùng thay cho tuổi (tính chính xác hơn). Có thể bỏ trống và chỉ nhập tuổi.",
        "When given, it is used instead of the age (more exact). You may leave it empty and give your age only.";
    Age => "Tuổi", "Age";
    AgeHintBirthDate => "Đang dùng ngày sinh ở trên, nên tuổi nhập ở đây không được tính.",
        "The date of birth above is used, so the age typed here is not counted.";
    EthnicMinority => "Người dân tộc thiểu số", "I belong to an ethnic minority";
    EthnicMinorityHint => "Một số thời hạn đạt chuẩn dài hơn cho công chức là người dân tộc thiểu số.",
        "Some deadlines are longer for civil servants who belong to an ethnic minority (người dân tộc thiểu số).";
    GeneralEducation => "Giáo dục phổ thông", "General education";
    GeneralEducationHint => "Bậc phổ thông cao nhất đã tốt nghiệp (kể cả bổ túc).",
        "The highest school level completed (continuing education included).";
    FsProfessional => "Trình độ chuyên môn", "Professional qualification";
    Professional => "Bằng chuyên môn cao nhất", "Highest professional qualification";
    FieldFits => "Ngành học phù hợp với chức danh", "The field of study suits the post";
    FieldFitsHint => "Bỏ đánh dấu nếu bằng thuộc ngành khác với công việc của chức danh.",
        "Untick if the degree is in a field unrelated to the post's work.";
    FsPolitical => "Lý luận chính trị", "Political theory";
    Political => "Trình độ lý luận chính trị", "Political theory level";
    PoliticalHint => "Bằng hoặc chứng chỉ cao nhất đã được cấp.", "The highest diploma or certificate issued to you.";
    FsIt => "Tin học", "IT skills";
    ItNone => "Chưa thêm chứng chỉ tin học nào.", "No IT certificate added yet.";
    ItKind => "Loại chứng chỉ", "Kind of certificate";
    ItKindHint => "A, B, C là chứng chỉ loại cũ.", "A, B and C are the old kinds.";
    ItIssued => "Ngày cấp", "Date of issue";
    ItIssuedHint => "Ghi trên chứng chỉ.", "As printed on the certificate.";
    ItAdd => "Thêm chứng chỉ tin học", "Add an IT certificate";
    FsStateManagement => "Quản lý nhà nước", "State management";
    StateManagement => "Chương trình quản lý nhà nước đã học", "State-management programme completed";
    StateManagementHint => "Chọn chương trình cao nhất đã có chứng chỉ.", "The highest programme you hold a certificate for.";
    FsDefence => "Quốc phòng và an ninh", "Defence and security";
    Defence => "Bồi dưỡng kiến thức quốc phòng và an ninh", "Defence and security course";
    DefenceHint => "Đối tượng ghi trên chứng chỉ; đối tượng 4 là lớp dành cho cấp xã.",
        "The group on the certificate; group 4 is the commune-level course.";
    FsEthnic => "Tiếng dân tộc thiểu số", "Ethnic-minority language";
    Ethnic => "Có chứng chỉ tiếng dân tộc thiểu số của địa phương", "I hold a certificate in the local ethnic-minority language";
    EthnicHint => "Chỉ được yêu cầu ở một số vùng đồng bào dân tộc thiểu số.", "Required only in some ethnic-minority areas.";

    // Field errors
    DateError => "Ngày không hợp lệ: nhập đủ ngày, tháng, năm (từ năm 1900).",
        "Not a valid date: enter day, month and year (1900 or later).";

    // Result
    Result => "Kết quả", "Result";
    Prompt => "Hãy chọn chức danh ở trên. Kết quả sẽ hiện ngay tại đây.",
        "Choose your post above. The result appears here at once.";
    SummaryNote => "Cách tính: số lĩnh vực “đạt” trên tổng số lĩnh vực “đạt” và “chưa đạt”; lĩnh vực “không bắt buộc”, “khuyến nghị” hay “cần kiểm tra” không tính.",
        "How it is counted: areas “met” out of the areas “met” or “not met”; areas “not required”, “recommended” or “to check” are left out.";
    StatusMet => "Đạt", "Met";
    StatusMissing => "Chưa đạt", "Not met";
    StatusNotRequired => "Không bắt buộc", "Not required";
    StatusAdvised => "Khuyến nghị", "Recommended";
    StatusToCheck => "Cần kiểm tra", "To check";
    Required => "Yêu cầu", "Required";
    Target => "Mục tiêu đào tạo", "Training target";
    NothingRequired => "Không có yêu cầu", "Nothing required";
    Why => "Lý do", "Why";
    Basis => "Căn cứ", "Legal basis";
    DeadlineBasis => "Căn cứ thời hạn", "Basis of the deadline";
    Deadline => "Thời hạn", "Deadline";
    Overdue => "quá hạn", "overdue";
    Unverified => "chưa xác minh", "unverified";
    UnverifiedNote => "“Chưa xác minh”: quy định này chưa đối chiếu được với văn bản gốc; hãy hỏi lại Văn phòng HĐND và UBND xã hoặc Sở Nội vụ.",
        "“Unverified”: this rule could not yet be checked against the original text; ask your commune's People's Council and People's Committee office or the provincial Department of Home Affairs (Sở Nội vụ).";
    Course => "Khóa học", "Course";
    Plan => "Kế hoạch học tập", "Training plan";
    PlanIntro => "Học theo thứ tự dưới đây:", "Take them in this order:";
    PlanEmpty => "Không có khóa học bắt buộc nào.", "No course is required.";
    Length => "Thời lượng", "Length";
    Provider => "Nơi đào tạo", "Provider";
    CompleteBy => "Hoàn thành trước", "Complete by";
    Suggested => "Khóa học khuyến nghị", "Recommended courses";
    SuggestedIntro => "Không bắt buộc theo quy định, nhưng nên học:", "Not required by law, but worth taking:";
    Reminders => "Nhắc nhở", "Reminders";
    Disclaimer => "Kết quả chỉ để tham khảo; cơ quan có thẩm quyền quyết định việc đạt chuẩn.",
        "For guidance only; the competent authority decides whether a standard is met.";

    // Print
    PrintTitle => "Phiếu tự đánh giá", "Self-assessment sheet";
    Answers => "Câu trả lời", "Answers";
    Yes => "Có", "Yes";
    No => "Không", "No";
    NotGiven => "chưa nhập", "not given";
    Person => "Thông tin cá nhân", "Personal details";
    Today => "hôm nay", "today";
    Now => "nay", "now";

    // Provincial standards and embedding
    FromProvince => "Tiêu chuẩn của tỉnh", "Provincial standard";
    ProvinceApplied => "Áp dụng thêm tiêu chuẩn của tỉnh", "Provincial standards applied as well";
    ProvinceLoading => "Đang tải tiêu chuẩn của tỉnh…", "Loading the provincial standards…";
    ProvinceExample => "Đây là tệp ví dụ để minh họa, không phải quy định thật của tỉnh nào.",
        "This is an example file, an illustration, not any province's real rules.";
    RegimeFixed => "Bộ quy định này do cổng thông tin đặt sẵn.", "These rules were set by the portal.";
}
