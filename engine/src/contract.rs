//! The contract's stable identifiers (`shared/contract/README.md`): the post ids each regime
//! must offer. A test checks the rule data against them; a portal or a saved profile made today
//! must still work after an update. One addition of ours beyond the contract's list:
//! `tro_ly_quan_su` in `luat_2025` (Luật Dân quân tự vệ Art. 26 as amended in 2025 names the
//! military command's assistant), said in the README.

/// The post ids of the contract (`../shared/contract/README.md`), per regime.
pub fn contract_posts(regime: &str) -> &'static [&'static str] {
    const CADRES: [&str; 11] = [
        "bi_thu_dang_uy",
        "pho_bi_thu_dang_uy",
        "chu_tich_hdnd",
        "pho_chu_tich_hdnd",
        "chu_tich_ubnd",
        "pho_chu_tich_ubnd",
        "chu_tich_mttq",
        "bi_thu_doan",
        "chu_tich_hoi_phu_nu",
        "chu_tich_hoi_nong_dan",
        "chu_tich_hoi_ccb",
    ];
    const TT13: [&str; 18] = [
        CADRES[0],
        CADRES[1],
        CADRES[2],
        CADRES[3],
        CADRES[4],
        CADRES[5],
        CADRES[6],
        CADRES[7],
        CADRES[8],
        CADRES[9],
        CADRES[10],
        "chi_huy_truong_quan_su",
        "van_phong_thong_ke",
        "dia_chinh",
        "tai_chinh_ke_toan",
        "tu_phap_ho_tich",
        "van_hoa_xa_hoi",
        "truong_cong_an",
    ];
    const LUAT_2025: [&str; 20] = [
        "bi_thu_dang_uy",
        "pho_bi_thu_dang_uy",
        "chu_tich_hdnd",
        "pho_chu_tich_hdnd",
        "chu_tich_ubnd",
        "pho_chu_tich_ubnd",
        "chu_tich_mttq",
        "pho_chu_tich_mttq",
        "truong_ban_hdnd",
        "pho_truong_ban_hdnd",
        "truong_co_quan_dang",
        "pho_truong_co_quan_dang",
        "truong_phong",
        "pho_truong_phong",
        "giam_doc_ttpvhcc",
        "pho_giam_doc_ttpvhcc",
        "chi_huy_truong_quan_su",
        "pho_chi_huy_truong_quan_su",
        "tro_ly_quan_su",
        "chuyen_vien",
    ];
    match regime {
        "tt13_2019" => &TT13,
        "nd33_2023" => &TT13[..17],
        "luat_2025" => &LUAT_2025,
        _ => &[],
    }
}
