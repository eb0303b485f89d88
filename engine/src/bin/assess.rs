//! `assess PROFILE.json | - | --roster ROSTER.csv|.xlsx | --compare BEFORE.json AFTER.json`: the
//! engine's contract on the command line.
//! Exit 0 with JSON on stdout; exit 2 with one line on stderr (Vietnamese first) on bad input.

use cbcc_engine::{assess_with, compare, roster, Date, InputError, Profile, Province};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "Cách dùng: assess [--province TỈNH.json] HỒ_SƠ.json | - | --roster DANH_SÁCH.csv|.xlsx \
                     | --compare TRƯỚC.json SAU.json \
                     | Usage: assess [--province PROVINCE.json] PROFILE.json | - | --roster ROSTER.csv|.xlsx \
                     | --compare BEFORE.json AFTER.json";

/// Today in Vietnam (UTC+7), the default assessment date.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::from_days_since_epoch((secs + 7 * 3600).div_euclid(86_400))
}

fn read_bytes(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let res = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    res.map_err(|e| {
        format!("Lỗi: không đọc được tệp `{path}`: {e} | Error: cannot read `{path}`: {e}")
    })?;
    Ok(bytes)
}

fn read(path: &str) -> Result<String, String> {
    String::from_utf8(read_bytes(path)?).map_err(|_| {
        format!("Lỗi: tệp `{path}` không phải văn bản UTF-8 | Error: `{path}` is not UTF-8 text")
    })
}

fn run(args: &[String]) -> Result<String, String> {
    let mut province = None;
    let mut roster_path = None;
    let mut profile_path = None;
    let mut compare_paths = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--province" => {
                let path = it.next().ok_or(USAGE)?;
                province = Some(Province::from_json(&read(path)?).map_err(|e| e.to_string())?);
            }
            "--roster" => roster_path = Some(it.next().ok_or(USAGE)?),
            "--compare" => {
                let before = it.next().ok_or(USAGE)?;
                compare_paths = Some((before, it.next().ok_or(USAGE)?));
            }
            p if (!p.starts_with("--") || p == "-") && profile_path.is_none() => {
                profile_path = Some(a)
            }
            _ => return Err(USAGE.to_string()),
        }
    }
    // A profile of a comparison: an error names which one (`before.post`, `after.age`…).
    let profile = |path: &str, which: &str| -> Result<Profile, String> {
        Profile::from_json(&read(path)?).map_err(|e| {
            let field = format!("{which}.{}", e.field);
            InputError { field, ..e }.to_string()
        })
    };
    match (roster_path, profile_path, compare_paths) {
        (None, None, Some((before, after))) => {
            let before = profile(before, "before")?;
            let after = profile(after, "after")?;
            let c = compare::compare(&before, &after, today(), province.as_ref())
                .map_err(|e| e.to_string())?;
            Ok(serde_json::to_string_pretty(&c).unwrap_or_default())
        }
        (Some(path), None, None) => {
            // CSV in any of its encodings or .xlsx: the roster reader takes the raw bytes.
            let bytes = read_bytes(path)?;
            let summary = roster::assess_file(&bytes, today(), province.as_ref(), |_| {})
                .map_err(|e| e.to_string())?;
            Ok(serde_json::to_string_pretty(&summary).unwrap_or_default())
        }
        (None, Some(path), None) => {
            let text = read(path)?;
            let report = Profile::from_json(&text)
                .and_then(|p| assess_with(&p, today(), province.as_ref()))
                .map_err(|e| e.to_string())?;
            Ok(serde_json::to_string_pretty(&report).unwrap_or_default())
        }
        _ => Err(USAGE.to_string()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(line) => {
            eprintln!("{}", line.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}
