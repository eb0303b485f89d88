//! Writes engine/rules/TABLES.md: for each regime, a table of posts × the eight areas, made from
//! the compiled rule data with the engine's own rule selection (`applicable_rule`), so that it
//! shows what the engine applies, not what the files seem to say. The test fails when the
//! committed file differs; `UPDATE_SNAPSHOTS=1 cargo test -p cbcc-engine --test tables`
//! rewrites it.

use cbcc_engine::rules::rule_set;
use cbcc_engine::schema::{
    Area, Basis, Confidence, Flag, Kind, Regime, Rule, Sources, Unit, AREAS, FLAGS, UNITS,
};
use cbcc_engine::select::applicable_rule;
use cbcc_engine::{labels, Date, Profile};
use std::path::PathBuf;

mod common;

/// A basis as a footnote: the citation, where it was read, its tag, and links to the quoted
/// words (listed once, at the end of the file).
fn footnote(b: &Basis, c: Confidence) -> String {
    let mut s = b.cite();
    if let Some(src) = &b.source {
        s.push_str(&format!(" (nguồn: {src})"));
    }
    s.push_str(&format!(" [{}]", confidence_tag(c)));
    let links: Vec<String> = b
        .excerpts
        .iter()
        .map(|r| format!("[{r}](#{})", anchor(r)))
        .collect();
    if !links.is_empty() {
        s.push_str(&format!(" — trích dẫn / quoted: {}", links.join(", ")));
    }
    s
}

fn anchor(reference: &str) -> String {
    reference.replace(['#', '_', '.'], "-").to_lowercase()
}

/// Every excerpt of rules/sources, grouped by document: what the footnotes link to.
fn quotes(sources: &Sources) -> String {
    let mut out = String::from(
        "\n## Trích dẫn văn bản / The law's words\n\nMỗi đoạn trích được chép nguyên văn từ nơi ghi \
         ở *read at* (một kho công khai kèm commit, hoặc một địa chỉ trang). *reading*: `FullText` \
         toàn văn của chính văn bản; `Quoted` văn bản được trích trong một trang khác; `Summary` \
         chỉ là tóm tắt của báo chí. Each quote is copied from where *read at* says; \
         `scripts/check_sources.py` re-checks those read in a repository.\n",
    );
    for (name, doc) in sources {
        let note = doc
            .note
            .as_ref()
            .map(|n| format!("<br>*note:* {}", n.replace('\n', " ")))
            .unwrap_or_default();
        out.push_str(&format!(
            "\n### {} — {} (`{name}`)\n\n*reading:* `{:?}`; *read at:* {}; *read on:* {}{note}\n",
            doc.document, doc.title, doc.reading, doc.read_at, doc.read_on
        ));
        for e in &doc.excerpts {
            let r = format!("{name}#{}", e.id);
            let mut head = e.article.clone();
            for x in [&e.clause, &e.lines, &e.read_at].into_iter().flatten() {
                head.push_str(&format!("; {x}"));
            }
            if let Some(n) = &e.note {
                head.push_str(&format!("<br>*note:* {}", n.replace('\n', " ")));
            }
            let quote: Vec<String> = e.quote.trim().lines().map(|l| format!("> {l}")).collect();
            out.push_str(&format!(
                "\n<a id=\"{}\"></a>**`{r}`** — {head}\n\n{}\n",
                anchor(&r),
                quote.join("\n")
            ));
        }
    }
    out
}

fn unit_name(u: Unit) -> String {
    let cat = &rule_set().catalogue;
    cat.units
        .iter()
        .find(|x| x.id == u)
        .map(|x| x.name_vi.to_string())
        .unwrap_or_default()
}

fn vi(d: Date) -> String {
    d.vi()
}

fn day_before(d: Date) -> Date {
    Date::from_days_since_epoch(d.days_since_epoch() - 1)
}

fn day_after(d: Date) -> Date {
    Date::from_days_since_epoch(d.days_since_epoch() + 1)
}

/// The short name of a level in a table cell (rules/scales.toml; the full names are in the legend).
fn short(area: Area, level: &str) -> String {
    match area.rank(level) {
        Some(i) => area.level_names()[i].2.to_string(),
        None => labels::level(area, level).0.to_string(),
    }
}

fn confidence_tag(c: Confidence) -> &'static str {
    match c {
        Confidence::S => "S",
        Confidence::S2nd => "S-2nd",
        Confidence::SDraft => "S-draft",
        Confidence::R => "R",
    }
}

const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

fn sup(n: usize) -> String {
    n.to_string()
        .chars()
        .map(|c| SUPERSCRIPT[c.to_digit(10).unwrap() as usize])
        .collect()
}

/// Footnotes of one table: the legal bases, numbered in order of first use.
#[derive(Default)]
struct Notes(Vec<String>);

impl Notes {
    fn cite(&mut self, text: String) -> String {
        let n = match self.0.iter().position(|t| *t == text) {
            Some(i) => i + 1,
            None => {
                self.0.push(text);
                self.0.len()
            }
        };
        sup(n)
    }
}

/// What a rule says, as a cell fragment, with its footnotes.
fn describe(rule: &Rule, area: Area, notes: &mut Notes) -> String {
    let mut s = match (rule.kind, &rule.level) {
        (Kind::NotRequired, _) | (_, None) => "—".to_string(),
        (Kind::Required, Some(l)) => short(area, l),
        (Kind::Advised, Some(l)) => format!("khuyến nghị {}", short(area, l)),
    };
    if rule.field_must_fit {
        s.push_str(" ngành phù hợp");
    }
    s.push_str(&notes.cite(footnote(&rule.basis, rule.confidence)));
    if let Some(d) = &rule.deadline {
        let when = match (d.date, d.months_after_appointment, d.for_in_post_by) {
            (Some(date), _, Some(by)) => {
                format!("hạn {} nếu giữ chức từ {} trở về trước", vi(date), vi(by))
            }
            (Some(date), _, None) => format!("hạn {}", vi(date)),
            (None, Some(m), _) => format!("trong {m} tháng từ khi bổ nhiệm"),
            _ => String::new(),
        };
        s.push_str(&format!(
            "; {when}{}",
            notes.cite(footnote(&d.basis, d.confidence))
        ));
    }
    if let Some(t) = &rule.target {
        s.push_str(&format!(
            "; đào tạo tới {}{}",
            short(area, &t.level),
            notes.cite(footnote(&t.basis, t.confidence))
        ));
    }
    // Shown to users as unverified: the rule, or its deadline, rests on [R] or a draft.
    let verified = rule.confidence.verified()
        && rule
            .deadline
            .as_ref()
            .is_none_or(|d| d.confidence.verified());
    if !verified {
        s.push_str(" ⚠ chưa xác minh");
    }
    s
}

/// The situation a variant rule is for, from its `when` conditions.
fn situation(rule: &Rule) -> String {
    let w = &rule.when;
    let mut parts = Vec::new();
    match w.difficult_area {
        Some(true) => parts.push("vùng khó khăn".to_string()),
        Some(false) => parts.push("ngoài vùng khó khăn".to_string()),
        None => {}
    }
    if let Some(units) = &w.units {
        let names: Vec<String> = units.iter().map(|u| unit_name(*u)).collect();
        parts.push(names.join(", "));
    }
    if let Some(flags) = &w.any_of {
        let names: Vec<&str> = flags
            .iter()
            .map(|f| match f {
                Flag::DifficultArea => "vùng khó khăn",
                Flag::ExtremelyDifficultArea => "xã đặc biệt khó khăn",
                Flag::EthnicMinority => "người dân tộc thiểu số",
            })
            .collect();
        parts.push(names.join(" hoặc "));
    }
    if let Some(d) = w.in_post_before {
        parts.push(format!("giữ chức trước {}", vi(d)));
    }
    if let Some(d) = w.led_before {
        parts.push(format!("lãnh đạo, quản lý trước {}", vi(d)));
    }
    if let Some(d) = w.from {
        parts.push(format!("từ {}", vi(d)));
    }
    if let Some(d) = w.until {
        parts.push(format!("đến {}", vi(d)));
    }
    parts.join(", ")
}

/// The cell of one post and area: the rule of the ordinary case (a xã, not a difficult area,
/// no date in post, the first day of the regime), then every other rule that wins in some
/// situation, labelled with that situation.
fn cell(reg: &Regime, post_id: &str, area: Area, notes: &mut Notes) -> String {
    let post = reg.post(post_id).unwrap();
    let mut in_post = vec![None];
    let mut days = vec![reg.in_force_from];
    for r in reg.rules.iter() {
        // A leader before a day (`led_before`) is seen through the date in post too.
        if let Some(d) = r.when.in_post_before.or(r.when.led_before) {
            in_post.push(Some(day_before(d)));
        }
        days.extend(r.when.from);
        days.extend(r.when.until.map(day_after));
    }
    // Each rule that wins somewhere, with the first day it was seen to win.
    let mut chosen: Vec<(&Rule, Date)> = Vec::new();
    for &as_of in &days {
        for &since in &in_post {
            let units = UNITS
                .into_iter()
                .filter(|u| reg.has_unit(&rule_set().catalogue, *u));
            for unit in units {
                for bits in 0u8..1 << FLAGS.len() {
                    let p = Profile {
                        post: post.id.to_string(),
                        unit,
                        difficult_area: bits & 1 != 0,
                        extremely_difficult_area: bits & 2 != 0,
                        ethnic_minority: bits & 4 != 0,
                        in_post_since: since,
                        ..Profile::default()
                    };
                    if let Some(r) = applicable_rule(reg, post, area, &p, as_of) {
                        if !chosen.iter().any(|(c, _)| std::ptr::eq(*c, r)) {
                            chosen.push((r, as_of));
                        }
                    }
                }
            }
        }
    }
    let mut parts = Vec::new();
    for (i, (r, day)) in chosen.iter().enumerate() {
        let text = describe(r, area, notes);
        let mut when = situation(r);
        if when.is_empty() {
            // The rule without conditions, seen only once a dated rule has ended.
            when = format!("từ {}", vi(*day));
        }
        if i == 0 {
            parts.push(text);
        } else {
            parts.push(format!("*{when}:* {text}"));
        }
    }
    parts.join("<br>")
}

fn table(reg: &Regime) -> String {
    let mut notes = Notes::default();
    let mut out = String::new();
    let period = match reg.in_force_until {
        Some(u) => format!("{} – {}", vi(reg.in_force_from), vi(u)),
        None => format!("từ {}", vi(reg.in_force_from)),
    };
    out.push_str(&format!(
        "## {} (`{}`)\n\n{} — *{}*. Hiệu lực / in force: {period}. Căn cứ chung: {}.\n\n",
        reg.name_vi,
        reg.id,
        reg.name_en,
        if reg.in_force_until.is_some() {
            "historical"
        } else {
            "current"
        },
        reg.basis.cite()
    ));
    out.push_str("| Chức danh |");
    for a in AREAS {
        out.push_str(&format!(" {} |", labels::area(a).0));
    }
    out.push_str("\n|---|");
    for _ in AREAS {
        out.push_str("---|");
    }
    out.push('\n');
    for post in reg.posts.iter() {
        let mut name = format!("{} (`{}`)", post.name_vi, post.id);
        if let Some(u) = &post.urban_name_vi {
            name.push_str(&format!("<br>*phường, thị trấn, đặc khu:* {u}"));
        }
        out.push_str(&format!("| {name} |"));
        for a in AREAS {
            out.push_str(&format!(" {} |", cell(reg, &post.id, a, &mut notes)));
        }
        out.push('\n');
    }
    let reminders: Vec<String> = rule_set()
        .catalogue
        .reminders
        .iter()
        .filter(|m| {
            m.from
                <= reg
                    .in_force_until
                    .unwrap_or(Date::parse("9999-12-31").unwrap())
                && m.until.is_none_or(|u| u >= reg.in_force_from)
        })
        .map(|m| {
            let until = m
                .until
                .map(|u| format!(" đến {}", vi(u)))
                .unwrap_or_default();
            let who = if m.civil_servants_only {
                " (công chức)"
            } else {
                ""
            };
            format!(
                "- Từ {}{until}{who}: {} — {}",
                vi(m.from),
                m.text_vi,
                footnote(&m.basis, m.confidence)
            )
        })
        .collect();
    out.push_str(
        "\nNhắc việc hằng năm (không phải một tiêu chuẩn) / yearly duty shown as a reminder:\n",
    );
    if reminders.is_empty() {
        out.push_str("- không có trong thời gian này / none in this period\n");
    } else {
        out.push_str(&(reminders.join("\n") + "\n"));
    }
    out.push_str("\nCăn cứ / legal basis:\n\n");
    for (i, n) in notes.0.iter().enumerate() {
        out.push_str(&format!("{}. {n}\n", i + 1));
    }
    out
}

fn tables() -> String {
    let sources = common::sources();
    let mut out = String::new();
    out.push_str("# Bảng tiêu chuẩn theo chức danh / Standards by post\n\n");
    out.push_str(
        "*Tệp này được sinh tự động từ dữ liệu quy tắc (`engine/rules/*.toml`) bằng \
         `engine/tests/tables.rs`; đừng sửa tay. Generated from the rule data by \
         engine/tests/tables.rs with the engine's own rule selection; do not edit by hand \
         (`UPDATE_SNAPSHOTS=1 cargo test -p cbcc-engine --test tables`).*\n\n",
    );
    out.push_str(
        "Cách đọc / how to read: mỗi ô là tiêu chuẩn áp dụng cho trường hợp thông thường \
         (xã, không thuộc vùng khó khăn, ngày đầu của chế độ); các dòng in nghiêng sau đó là \
         trường hợp khác (vùng khó khăn, từ một ngày nhất định, giữ chức trước một ngày). \
         \"—\": không có tiêu chuẩn; \"khuyến nghị\": không phải tiêu chuẩn bắt buộc của \
         trung ương (tỉnh có thể quy định); \"⚠ chưa xác minh\": căn cứ chưa được đọc trong \
         văn bản (thẻ [R] hoặc [S-draft] của REFERENCE.md), hiển thị cho người dùng là chưa \
         xác minh. Số mũ chỉ tới căn cứ dưới mỗi bảng, kèm thẻ độ tin cậy [S], [S-2nd], \
         [S-draft], [R]. Age: \"đủ tuổi 1 nhiệm kỳ\" = young enough on first appointment to \
         serve one full term (60 months).\n\n",
    );
    out.push_str("Thang bậc (thấp → cao; có bậc cao hơn là đạt bậc thấp hơn) / level scales, lowest first:\n\n");
    for a in AREAS {
        let levels: Vec<String> = a
            .scale()
            .iter()
            .filter(|l| **l != "none")
            .map(|l| format!("{} (`{l}`)", labels::level(a, l).0))
            .collect();
        out.push_str(&format!(
            "- **{}**: {}\n",
            labels::area(a).0,
            levels.join(" → ")
        ));
    }
    out.push_str("\nTương đương / equivalences (catalogue.toml):\n\n");
    for e in rule_set().catalogue.equivalences.iter() {
        let when = match (e.issued_before, &e.otherwise) {
            (Some(d), Some(o)) => format!(
                " nếu cấp trước {}; cấp từ ngày đó: {}",
                vi(d),
                if o == "none" {
                    "không được công nhận".to_string()
                } else {
                    short(e.area, o)
                }
            ),
            _ => String::new(),
        };
        out.push_str(&format!(
            "- {} (`{}`) = {}{when} — {}\n",
            e.name_vi,
            e.holds,
            short(e.area, &e.counts_as),
            footnote(&e.basis, e.confidence)
        ));
    }
    for reg in rule_set().regimes.iter() {
        out.push('\n');
        out.push_str(&table(reg));
    }
    out.push_str(&quotes(&sources));
    out
}

#[test]
fn tables_md_is_the_generated_one() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("rules/TABLES.md");
    let text = tables();
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old == text {
        return;
    }
    if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &text).unwrap();
    } else {
        panic!(
            "engine/rules/TABLES.md is not the table of the current rules; rewrite it with \
             UPDATE_SNAPSHOTS=1 cargo test -p cbcc-engine --test tables and commit it"
        );
    }
}
