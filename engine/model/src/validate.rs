//! The checks serde cannot make: ids, levels, citations and their excerpts, coverage. The
//! engine's build script runs them and refuses to build invalid rule data.

use crate::catalogue::{contract_inputs, usual_training, Catalogue, MAX_TRAININGS};
use crate::date::Date;
use crate::rule::*;
use crate::set::RuleSet;
use crate::sources::{find_excerpt, Reading, Sources};

/// Checks a citation: a document always; every excerpt it names exists; a verified fact rests
/// on quoted words (`S`: the document's own text; `S-2nd`: at least a quotation or summary).
fn check_cited(
    what: &str,
    b: &Basis,
    confidence: Confidence,
    sources: &Sources,
    errs: &mut Vec<String>,
) {
    if b.document.trim().is_empty() {
        errs.push(format!(
            "{what}: basis.document is empty (every rule cites its legal basis)"
        ));
    }
    let mut readings = Vec::new();
    for r in b.excerpts.iter() {
        match find_excerpt(sources, r) {
            Some((doc, e)) => readings.push(e.reading.unwrap_or(doc.reading)),
            None => errs.push(format!(
                "{what}: excerpt `{r}` not found in rules/sources/ (file#id)"
            )),
        }
    }
    match confidence {
        Confidence::S if !readings.contains(&Reading::FullText) => errs.push(format!(
            "{what}: confidence S needs an excerpt of the document's own text (basis.excerpts); \
             tag it S-2nd, S-draft or R otherwise"
        )),
        Confidence::S2nd if readings.is_empty() => errs.push(format!(
            "{what}: confidence S-2nd needs at least one excerpt (basis.excerpts); tag it R otherwise"
        )),
        _ => {}
    }
}

/// Checks what serde cannot: ids, levels, citations and their excerpts, coverage. Returns
/// every problem found.
pub fn validate(set: &RuleSet, sources: &Sources) -> Result<(), Vec<String>> {
    let mut errs = Vec::new();
    let cat = &set.catalogue;
    for (name, doc) in sources {
        if doc.read_at.trim().is_empty() || doc.excerpts.is_empty() {
            errs.push(format!(
                "source {name}: needs read_at and at least one excerpt"
            ));
        }
        for (i, e) in doc.excerpts.iter().enumerate() {
            if e.quote.trim().is_empty() {
                errs.push(format!("source {name}#{}: the quote is empty", e.id));
            }
            if doc.excerpts[..i].iter().any(|x| x.id == e.id) {
                errs.push(format!("source {name}#{}: id used twice", e.id));
            }
        }
    }
    for u in cat.units.iter() {
        check_cited(
            &format!("unit {}", u.id.id()),
            &u.basis,
            u.confidence,
            sources,
            &mut errs,
        );
    }
    for unit in UNITS {
        if cat.units.iter().filter(|u| u.id == unit).count() != 1 {
            errs.push(format!(
                "unit {}: needs exactly one [[unit]] entry",
                unit.id()
            ));
        }
    }
    let age = &cat.age;
    check_cited(
        "age minimum",
        &age.minimum_basis,
        age.minimum_confidence,
        sources,
        &mut errs,
    );
    check_cited(
        "retirement age",
        &age.retirement_basis,
        age.retirement_confidence,
        sources,
        &mut errs,
    );
    if cat.trainings.len() > MAX_TRAININGS {
        errs.push(format!(
            "{} trainings in the catalogue: a set of trainings holds at most {MAX_TRAININGS} (TrainingBits)",
            cat.trainings.len()
        ));
    }
    for t in cat.trainings.iter() {
        check_cited(
            &format!("training {}", t.id),
            &t.basis,
            t.confidence,
            sources,
            &mut errs,
        );
        if t.area.rank(&t.gives).is_none() {
            errs.push(format!(
                "training {}: unknown level `{}` for area {}",
                t.id,
                t.gives,
                t.area.id()
            ));
        }
        for a in t.after.iter() {
            if !cat.trainings.iter().any(|x| x.id == *a) {
                errs.push(format!(
                    "training {}: `after` names unknown training `{a}`",
                    t.id
                ));
            }
            let pos = |id: &str| cat.trainings.iter().position(|x| x.id == id);
            if pos(a) > pos(&t.id) {
                errs.push(format!(
                    "training {}: its prerequisite `{a}` must be listed before it",
                    t.id
                ));
            }
        }
    }
    for e in cat.equivalences.iter() {
        check_cited(
            &format!("equivalence {}", e.holds),
            &e.basis,
            e.confidence,
            sources,
            &mut errs,
        );
        for lvl in std::iter::once(&e.counts_as).chain(e.otherwise.iter()) {
            if e.area.rank(lvl).is_none() {
                errs.push(format!(
                    "equivalence {}: unknown level `{lvl}` for area {}",
                    e.holds,
                    e.area.id()
                ));
            }
        }
        if !contract_inputs(e.area).contains(&e.holds.as_ref()) {
            errs.push(format!(
                "equivalence {}: not an input value of area {}",
                e.holds,
                e.area.id()
            ));
        }
    }
    for area in AREAS {
        for input in contract_inputs(area) {
            let explained = area.rank(input).is_some()
                || cat
                    .equivalences
                    .iter()
                    .any(|e| e.area == area && e.holds == *input);
            if !explained {
                errs.push(format!(
                    "area {}: input `{input}` is neither a level nor an equivalence",
                    area.id()
                ));
            }
        }
    }
    for r in cat.reminders.iter() {
        check_cited(
            &format!("reminder {}", r.id),
            &r.basis,
            r.confidence,
            sources,
            &mut errs,
        );
    }
    // The regimes follow each other without a gap or an overlap; only the last is open-ended.
    if set.regimes.is_empty() {
        errs.push("no regime".into());
    }
    if set
        .regimes
        .last()
        .is_some_and(|r| r.in_force_until.is_some())
    {
        errs.push("the last regime must be in force (no in_force_until)".into());
    }
    for (i, r) in set.regimes.iter().enumerate() {
        if set.regimes[..i].iter().any(|q| q.id == r.id) {
            errs.push(format!("regime {} is given twice", r.id));
        }
    }
    for w in set.regimes.windows(2) {
        match w[0].in_force_until {
            Some(u)
                if Date::from_days_since_epoch(u.days_since_epoch() + 1) == w[1].in_force_from => {}
            _ => errs.push(format!(
                "regime {} must end the day before {} starts",
                w[0].id, w[1].id
            )),
        }
    }
    for reg in set.regimes.iter() {
        validate_regime(reg, cat, sources, &mut errs);
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs)
    }
}

fn validate_rule(
    what: &str,
    rule: &Rule,
    reg: &Regime,
    cat: &Catalogue,
    sources: &Sources,
    errs: &mut Vec<String>,
) {
    check_cited(what, &rule.basis, rule.confidence, sources, errs);
    if rule.posts.is_empty() {
        errs.push(format!("{what}: names no post"));
    }
    for p in rule.posts.iter() {
        let ok = p == "*"
            || reg.post(p).is_some()
            || p.strip_prefix("group:")
                .is_some_and(|g| reg.posts.iter().any(|x| x.group.id() == g));
        if !ok {
            errs.push(format!("{what}: unknown post `{p}`"));
        }
    }
    let rank = |l: &str| rule.area.rank(l);
    match (&rule.level, rule.kind) {
        (None, Kind::NotRequired) => {}
        (None, _) => errs.push(format!("{what}: a required or advised rule needs a level")),
        (Some(l), _) if rank(l).is_none() => errs.push(format!(
            "{what}: unknown level `{l}` (levels: {:?})",
            rule.area.scale()
        )),
        (Some(l), Kind::Required) if rule.area != Area::Age => {
            check_closing_training(what, rule, l, rule.training.as_deref(), cat, errs)
        }
        _ => {}
    }
    if let Some(t) = &rule.target {
        check_cited(
            &format!("{what} target"),
            &t.basis,
            t.confidence,
            sources,
            errs,
        );
        let higher = match (rank(&t.level), rule.level.as_deref().and_then(rank)) {
            (Some(t), Some(l)) => t > l,
            (Some(_), None) => true,
            _ => false,
        };
        if !higher {
            errs.push(format!(
                "{what}: target `{}` must be a level above the rule's",
                t.level
            ));
        }
        check_closing_training(what, rule, &t.level, t.training.as_deref(), cat, errs);
    }
    if rule.field_must_fit && rule.area != Area::Professional {
        errs.push(format!(
            "{what}: field_must_fit only applies to the professional area"
        ));
    }
    if let Some(d) = &rule.deadline {
        if d.date.is_some() == d.months_after_appointment.is_some() {
            errs.push(format!(
                "{what}: a deadline has either a date or months_after_appointment"
            ));
        }
        check_cited(
            &format!("{what} deadline"),
            &d.basis,
            d.confidence,
            sources,
            errs,
        );
    }
    if rule.when.led_before.is_some() {
        // `led_before` counts the date in post as leadership: only leadership posts may use it.
        let not_leading: Vec<&str> = reg
            .posts
            .iter()
            .filter(|p| rule.covers(p) && p.group != PostGroup::LanhDao)
            .map(|p| p.id.as_ref())
            .collect();
        if !not_leading.is_empty() {
            errs.push(format!(
                "{what}: led_before is only for leadership posts (group lanh_dao), not {not_leading:?}"
            ));
        }
    }
    if let Some(units) = &rule.when.units {
        for u in units.iter() {
            if !reg.has_unit(cat, *u) {
                errs.push(format!(
                    "{what}: unit `{}` does not exist under {}",
                    u.id(),
                    reg.id
                ));
            }
        }
    }
}

/// The training that closes `level` (the rule's own, or the catalogue's usual one) must exist
/// and bring the official at least to that level.
fn check_closing_training(
    what: &str,
    rule: &Rule,
    level: &str,
    explicit: Option<&str>,
    cat: &Catalogue,
    errs: &mut Vec<String>,
) {
    let closes = explicit
        .map(|t| t.into())
        .or_else(|| usual_training(cat, rule.area, level));
    match closes {
        Some(t) => match cat.trainings.iter().find(|x| x.id == t) {
            Some(tr)
                if tr.area == rule.area && rule.area.rank(&tr.gives) >= rule.area.rank(level) => {}
            Some(tr) => errs.push(format!(
                "{what}: training `{t}` gives `{}`, below the level `{level}` it must close",
                tr.gives
            )),
            None => errs.push(format!("{what}: unknown training `{t}`")),
        },
        None => errs.push(format!(
            "{what}: no training in the catalogue closes level `{level}`"
        )),
    }
}

fn validate_regime(reg: &Regime, cat: &Catalogue, sources: &Sources, errs: &mut Vec<String>) {
    let r = &reg.id;
    check_cited(r, &reg.basis, reg.confidence, sources, errs);
    for (i, p) in reg.posts.iter().enumerate() {
        if reg.posts[..i].iter().any(|q| q.id == p.id) {
            errs.push(format!("{r}: post `{}` is listed twice", p.id));
        }
    }
    for (i, rule) in reg.rules.iter().enumerate() {
        let what = format!(
            "{r} rule #{} ({} for {:?})",
            i + 1,
            rule.area.id(),
            rule.posts
        );
        validate_rule(&what, rule, reg, cat, sources, errs);
    }
    // Coverage: every post, area, unit of the regime and situation has exactly one most
    // specific rule (rules limited by dates or a date in post narrow a covered case further).
    let units: Vec<Unit> = UNITS
        .into_iter()
        .filter(|u| reg.has_unit(cat, *u))
        .collect();
    for post in reg.posts.iter() {
        for area in AREAS {
            for &unit in &units {
                for flags in 0u8..(1 << FLAGS.len()) {
                    let holds = |f: Flag| {
                        let i = FLAGS.iter().position(|x| *x == f).unwrap_or(0);
                        flags & (1 << i) != 0
                    };
                    let matching: Vec<&Rule> = reg
                        .rules
                        .iter()
                        .filter(|x| x.area == area && x.covers(post))
                        .filter(|x| {
                            x.when
                                .difficult_area
                                .is_none_or(|d| d == holds(Flag::DifficultArea))
                        })
                        .filter(|x| x.when.units.as_ref().is_none_or(|u| u.contains(&unit)))
                        .filter(|x| {
                            x.when
                                .any_of
                                .as_ref()
                                .is_none_or(|fs| fs.iter().any(|f| holds(*f)))
                        })
                        .filter(|x| {
                            x.when.in_post_before.is_none()
                                && x.when.led_before.is_none()
                                && x.when.from.is_none()
                                && x.when.until.is_none()
                        })
                        .collect();
                    let best = matching.iter().map(|x| x.specificity(post)).max();
                    let n = matching
                        .iter()
                        .filter(|x| Some(x.specificity(post)) == best)
                        .count();
                    if n != 1 {
                        let on: Vec<&str> = FLAGS
                            .iter()
                            .filter(|f| holds(**f))
                            .map(|f| f.id())
                            .collect();
                        errs.push(format!(
                            "{r}: post {} area {} (unit {}, {on:?}) has {n} most specific rules, needs exactly 1",
                            post.id,
                            area.id(),
                            unit.id()
                        ));
                    }
                }
            }
        }
    }
}
