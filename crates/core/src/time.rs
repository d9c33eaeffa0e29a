//! RFC 3339 dates without a clock: the caller passes "now", so the same code runs
//! natively, in the browser (Date.now()) and in deterministic tests.

/// Seconds since the Unix epoch.
pub type Timestamp = i64;

/// Parses `YYYY-MM-DD` or an RFC 3339 date-time (`YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`).
/// A bare date means the start of that day, UTC.
pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    let b = s.as_bytes();
    // ASCII only, so the byte slicing below can never split a character.
    if !s.is_ascii() || b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year: i64 = num(&s[0..4])?;
    let month: i64 = num(&s[5..7])?;
    let day: i64 = num(&s[8..10])?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let date = days_from_civil(year, month, day) * 86_400;
    if b.len() == 10 {
        return Some(date);
    }
    if !matches!(b[10], b'T' | b't' | b' ') || b.len() < 19 || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (h, m, sec): (i64, i64, i64) = (num(&s[11..13])?, num(&s[14..16])?, num(&s[17..19])?);
    if h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &frac[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')) && &rest[3..4] == ":" => {
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            let (oh, om): (i64, i64) = (num(&rest[1..3])?, num(&rest[4..6])?);
            sign * (oh * 3600 + om * 60)
        }
        _ => return None,
    };
    Some(date + h * 3600 + m * 60 + sec - offset)
}

fn num<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.bytes().all(|c| c.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// RFC 3339 in UTC with milliseconds, from milliseconds since the epoch.
pub fn format_rfc3339_ms(ms: i64) -> String {
    let (secs, milli) = (ms.div_euclid(1000), ms.rem_euclid(1000));
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{milli:03}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// The inverse of `days_from_civil` (Howard Hinnant's civil_from_days).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_date_times() {
        assert_eq!(parse_rfc3339("1970-01-01"), Some(0));
        assert_eq!(parse_rfc3339("2000-03-01T00:00:00Z"), Some(951_868_800));
        assert_eq!(parse_rfc3339("2026-11-23T10:00:00+02:00"), parse_rfc3339("2026-11-23T08:00:00Z"));
        assert_eq!(parse_rfc3339("2026-11-23T08:00:00.123Z"), parse_rfc3339("2026-11-23T08:00:00Z"));
        assert_eq!(parse_rfc3339("2024-02-29"), Some(1_709_164_800));
    }

    #[test]
    fn formats_what_it_parses() {
        for ms in [0, 951_868_800_123, 1_795_000_000_999, -86_400_000] {
            assert_eq!(parse_rfc3339(&format_rfc3339_ms(ms)), Some(ms.div_euclid(1000)), "{}", format_rfc3339_ms(ms));
        }
        assert_eq!(format_rfc3339_ms(951_868_800_123), "2000-03-01T00:00:00.123Z");
    }

    #[test]
    fn rejects_nonsense_without_panicking() {
        for bad in [
            "",
            "2026",
            "2026-13-01",
            "2025-02-29",
            "2026-01-01T25:00:00Z",
            "2026-01-01T10:00:00",
            "é026-01-01",
            "20é6-01-01",
            "2026-01-01Té0:00:00Z",
            "2026-01-01T10:00:00+0200",
            "2026-01-01T10:00:00.Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}
