//! Age at appointment: the minimum age, and enough time before the real retirement age (by sex
//! and birth month, ND 135/2020) to serve the terms a post requires. The figures are data
//! (`[age]` in rules/catalogue.toml); this is only the arithmetic.

use crate::date::Date;
use crate::profile::{Profile, Sex};
use crate::schema::{AgeRules, RetirementSchedule};

/// The retirement age in months of someone who reaches it in `year`.
fn age_in_year(s: &RetirementSchedule, last_old_year: i32, year: i32) -> u32 {
    if year <= last_old_year {
        s.before
    } else {
        (s.before + s.step * (year - last_old_year) as u32).min(s.max)
    }
}

/// The day someone born on `birth` retires: the end of the month in which they reach the
/// retirement age of the year in which it falls (ND 135/2020 Art. 3 cl. 1, Art. 4: born 10/1961,
/// a man retires at 60 years 6 months in 2022, not at 60 years 3 months).
pub fn retirement_date(rules: &AgeRules, birth: Date, sex: Sex) -> Date {
    let s = match sex {
        Sex::Nam => &rules.men,
        Sex::Nu => &rules.women,
    };
    let mut year = birth.add_months(s.before).year;
    loop {
        let day = birth.add_months(age_in_year(s, rules.last_old_year, year));
        // The age grows by less than a year each year, so the day reaches its year once.
        if day.year <= year {
            return day.end_of_month();
        }
        year += 1;
    }
}

/// The same day `years` earlier (29 Feb becomes 28 Feb).
fn years_before(d: Date, years: u32) -> Date {
    d.shift_months(-12 * years as i32)
}

/// Whole years from `birth` to `on`.
pub fn age_on(birth: Date, on: Date) -> i32 {
    let mut a = on.year - birth.year;
    if (on.month, on.day) < (birth.month, birth.day) {
        a -= 1;
    }
    a
}

/// The earliest and latest birth days of someone `age` years old on `on`.
pub fn birth_bounds(age: u32, on: Date) -> (Date, Date) {
    let latest = years_before(on, age);
    let earliest = Date::from_days_since_epoch(years_before(on, age + 1).days_since_epoch() + 1);
    (earliest, latest)
}

/// The retirement day, or the first and last possible ones when only the age is known (the
/// sex must be known for either).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Retirement {
    pub earliest: Date,
    pub latest: Date,
}

/// What the profile says of the official's age.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AgeFinding {
    /// Neither an age nor a birth date was given.
    Unknown,
    /// Meets the rule on `at` (the appointment day, or the assessment day).
    Met {
        at: Date,
        retirement: Option<Retirement>,
    },
    /// Younger than the minimum on `at`; `of_age` is the day the minimum is reached, if known.
    TooYoung { at: Date, of_age: Option<Date> },
    /// Fewer than `months` months before retirement on `at`.
    TooOld {
        at: Date,
        months: u32,
        retirement: Option<Retirement>,
    },
    /// The answer depends on what was not given: the sex, or the exact birth date.
    Unsure { at: Date, needs_sex: bool },
}

/// Checks the minimum age and `term_months` months before retirement on `at`: the day of
/// appointment for someone in post, the assessment day for anyone else. Without a sex the
/// women's (earlier) retirement must hold for "met"; without a birth date, every birth day
/// the age allows.
pub fn check(rules: &AgeRules, p: &Profile, as_of: Date, term_months: u32) -> AgeFinding {
    let at = p.in_post_since.unwrap_or(as_of);
    let (earliest, latest) = match (p.birth_date, p.age) {
        (Some(b), _) => (b, b),
        (None, Some(a)) => birth_bounds(a, as_of),
        (None, None) => return AgeFinding::Unknown,
    };
    let sexes: &[Sex] = match p.sex {
        Some(Sex::Nam) => &[Sex::Nam],
        Some(Sex::Nu) => &[Sex::Nu],
        None => &[Sex::Nu, Sex::Nam],
    };
    let of_age = |birth: Date| birth.add_months(rules.minimum_years * 12);
    let old_enough = |birth: Date| of_age(birth) <= at;
    let young_enough =
        |birth: Date, sex: Sex| retirement_date(rules, birth, sex) >= at.add_months(term_months);
    let exact = earliest == latest;
    let retirement = p.sex.map(|s| Retirement {
        earliest: retirement_date(rules, earliest, s),
        latest: retirement_date(rules, latest, s),
    });
    if !old_enough(earliest) {
        return AgeFinding::TooYoung {
            at,
            of_age: exact.then(|| of_age(earliest)),
        };
    }
    if term_months > 0 && !sexes.iter().any(|&s| young_enough(latest, s)) {
        return AgeFinding::TooOld {
            at,
            months: term_months,
            retirement,
        };
    }
    let all = [earliest, latest]
        .iter()
        .all(|&b| old_enough(b) && (term_months == 0 || sexes.iter().all(|&s| young_enough(b, s))));
    if all {
        return AgeFinding::Met { at, retirement };
    }
    // Some births or sexes pass and some fail: say which missing answer would settle it.
    let needs_sex = p.sex.is_none()
        && [earliest, latest]
            .iter()
            .all(|&b| old_enough(b) && young_enough(b, Sex::Nam));
    AgeFinding::Unsure { at, needs_sex }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rule_set;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn retire(birth: &str, sex: Sex) -> Date {
        retirement_date(&rule_set().catalogue.age, d(birth), sex)
    }

    #[test]
    fn retirement_follows_nd135_by_birth_month() {
        // The annex of ND 135/2020 (men): born 1/1961 → 60y3m (4/2021); 9/1961 → 60y3m (12/2021);
        // 10/1961 → 60y6m (4/2022); 1966 and later: 62 years from 2028.
        // Retirement is at the end of that month (Art. 3 cl. 1).
        assert_eq!(retire("1961-01-15", Sex::Nam), d("2021-04-30"));
        assert_eq!(retire("1961-09-15", Sex::Nam), d("2021-12-31"));
        assert_eq!(retire("1961-10-15", Sex::Nam), d("2022-04-30"));
        assert_eq!(retire("1970-05-01", Sex::Nam), d("2032-05-31"));
        // Women: 55y4m in 2021, +4 months a year, 60 years from 2035.
        assert_eq!(retire("1966-01-10", Sex::Nu), d("2021-05-31"));
        assert_eq!(retire("1966-08-10", Sex::Nu), d("2021-12-31"));
        assert_eq!(retire("1966-09-10", Sex::Nu), d("2022-05-31"));
        assert_eq!(retire("1980-03-01", Sex::Nu), d("2040-03-31"));
        // Before 2021: 60 and 55.
        assert_eq!(retire("1958-06-01", Sex::Nam), d("2018-06-30"));
        assert_eq!(retire("1963-06-01", Sex::Nu), d("2018-06-30"));
        // The annex rows quoted for 2026 (Phụ lục I): men born 10/1964 to 6/1965 retire at
        // 61 years 6 months, pension from 5/2026 to 1/2027; women born 5/1969 to 12/1969 at 57.
        assert_eq!(retire("1964-10-01", Sex::Nam), d("2026-04-30"));
        assert_eq!(retire("1965-06-01", Sex::Nam), d("2026-12-31"));
        assert_eq!(retire("1965-07-01", Sex::Nam), d("2027-04-30"));
        assert_eq!(retire("1969-05-01", Sex::Nu), d("2026-05-31"));
        assert_eq!(retire("1969-12-01", Sex::Nu), d("2026-12-31"));
        assert_eq!(retire("1970-01-01", Sex::Nu), d("2027-05-31"));
    }

    #[test]
    fn birth_bounds_cover_one_year() {
        let (e, l) = birth_bounds(54, d("2026-11-30"));
        assert_eq!((e, l), (d("1971-12-01"), d("1972-11-30")));
        assert_eq!(age_on(e, d("2026-11-30")), 54);
        assert_eq!(age_on(l, d("2026-11-30")), 54);
    }

    #[test]
    fn a_woman_of_54_lacks_a_full_term() {
        let rules = &rule_set().catalogue.age;
        let p = Profile {
            age: Some(54),
            sex: Some(Sex::Nu),
            ..Profile::default()
        };
        let f = check(rules, &p, d("2026-11-30"), 60);
        assert!(matches!(f, AgeFinding::TooOld { .. }), "{f:?}");
        // Without the sex: not met (a man of 54 has more than five years).
        let p = Profile { sex: None, ..p };
        let f = check(rules, &p, d("2026-11-30"), 60);
        assert_eq!(
            f,
            AgeFinding::Unsure {
                at: d("2026-11-30"),
                needs_sex: true
            }
        );
    }
}
