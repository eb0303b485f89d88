// Rosters for the roster view's tests (tests/e2e/roster.test.mjs) and benchmark
// (tests/perf/roster-browser.mjs). Not a test file itself (the runner only loads *.test.mjs).
//
//   luongTaiCsv()       the 75 key commune cadres of Lương Tài (../shared/seeds/002_…txt), built
//                       by the same recipe as engine/tests/roster.rs
//   nationalCsv(n)      n rows (212,600 = every commune official at the end of 2024), simple
//                       and deterministic, a few hundred communes' worth of variety
export const COLUMNS = [
  'name', 'post', 'unit', 'difficult_area', 'age', 'general_education', 'professional_level',
  'field_fits_post', 'political_theory', 'it_kind', 'it_issued', 'state_management',
  'defence_security', 'ethnic_language', 'in_post_since', 'regime', 'as_of', 'commune',
];
export const HEADER = COLUMNS.join(',');
export const NATIONAL_ROWS = 212_600;

const HO = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Ngô', 'Đặng'];
const DEM = ['Văn', 'Thị', 'Đức', 'Minh', 'Hữu'];
const TEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hòa', 'Hùng', 'Lan', 'Long', 'Nam', 'Phương', 'Sơn', 'Thắng'];
const XA = ['An Thịnh', 'Bình Định', 'Lai Hạ', 'Lâm Thao', 'Minh Tân', 'Mỹ Hương', 'Phú Hòa', 'Phú Lương', 'Quảng Phú', 'Tân Lãng', 'Trung Chính', 'Trung Kênh', 'Trừng Xá'];
const LEADERS = ['chu_tich_hdnd', 'pho_chu_tich_hdnd', 'chu_tich_ubnd', 'pho_chu_tich_ubnd'];

const name = (i) => `${HO[i % 10]} ${DEM[Math.floor(i / 10) % 5]} ${TEN[(i * 4) % 15]}`;

/** The Lương Tài roster: 33 đại học, 1 cao đẳng, 39 trung cấp, 2 sơ cấp; 1 cao cấp, 66 trung cấp,
 *  8 sơ cấp lý luận chính trị; chairs and vice-chairs of HĐND and UBND in ordinary communes. */
export function luongTaiCsv() {
  const rows = [HEADER];
  for (let i = 0; i < 75; i++) {
    const professional = i <= 32 ? 'dai_hoc' : i === 33 ? 'cao_dang' : i <= 72 ? 'trung_cap' : 'so_cap';
    const j = (i * 7) % 75; // 7 is prime to 75: j runs through 0..75 once
    const political = j === 0 ? 'cao_cap' : j <= 66 ? 'trung_cap' : 'so_cap';
    const age = 35 + ((i * 7) % 21);
    rows.push(
      `${name(i)},${LEADERS[i % 4]},xa,không,${age},thpt,${professional},có,${political},,,none,doi_tuong_4,không,2021-06-01,nd33_2023,2024-06-01,Xã ${XA[i % 13]}`,
    );
  }
  return rows.join('\n') + '\n';
}

const POSTS = [
  ...LEADERS, 'bi_thu_dang_uy', 'pho_bi_thu_dang_uy', 'chu_tich_mttq', 'bi_thu_doan', 'chu_tich_hoi_phu_nu',
  'chu_tich_hoi_nong_dan', 'chu_tich_hoi_ccb', 'chi_huy_truong_quan_su', 'van_phong_thong_ke', 'dia_chinh',
  'tai_chinh_ke_toan', 'tu_phap_ho_tich', 'van_hoa_xa_hoi',
];
const UNITS = ['xa', 'xa', 'phuong', 'thi_tran'];
const LEVELS = ['dai_hoc', 'dai_hoc', 'trung_cap', 'cao_dang', 'thac_si', 'so_cap'];
const POLITICAL = ['trung_cap', 'trung_cap', 'so_cap', 'cao_cap', 'none'];
const IT = [['co_ban', '2022-03-01'], ['', ''], ['abc_b', '2015-05-10'], ['nang_cao', '2019-11-20']];
const QLNN = ['chuyen_vien', 'none', 'chuyen_vien_chinh'];
const QPAN = ['doi_tuong_4', 'none', 'doi_tuong_3'];

/** `n` officials, 20 a commune, as a UTF-8 CSV Buffer (no BOM, LF). */
export function nationalCsv(n = NATIONAL_ROWS) {
  const parts = [HEADER];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / 20);
    const [itKind, itIssued] = IT[i % 4];
    parts.push(
      [
        name(i + c),
        POSTS[i % POSTS.length],
        UNITS[c % 4],
        c % 7 === 0 ? 'có' : 'không',
        25 + ((i * 7) % 36),
        i % 29 === 0 ? 'thcs' : 'thpt',
        LEVELS[i % 6],
        i % 11 === 0 ? 'không' : 'có',
        POLITICAL[i % 5],
        itKind,
        itIssued,
        QLNN[i % 3],
        QPAN[i % 3],
        'không',
        '2021-06-01',
        'nd33_2023',
        '2024-06-01',
        `Xã ${XA[c % 13]} ${c}`,
      ].join(','),
    );
  }
  return Buffer.from(parts.join('\n') + '\n', 'utf8');
}
