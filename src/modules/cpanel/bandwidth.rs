//! showbw: bytes per account for one calendar month (WHM resets the counters on the 1st).

use serde_json::Value as Json;

use crate::modules::shared::answer::{self, need, UnreadableField};

use crate::modules::shared::number::{self, whole, Rule};

use super::api::WhmApi;
use super::error::CpanelError;

/// A calendar month, ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: i64,
    pub month: u32,
}

impl Month {
    /// The month of now (UTC), for answers without one.
    pub fn now() -> Month {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let (year, month, _) = crate::whmcs::clock::civil_from_days((secs / 86_400) as i64);
        Month { year, month }
    }

    /// `2026-05`, as the traffic table keys months.
    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn parse(key: &str) -> Option<Month> {
        let (y, m) = key.trim().split_once('-')?;
        let month = m.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?;
        Some(Month {
            year: y.parse().ok()?,
            month,
        })
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AccountTraffic {
    pub user: String,
    pub bytes: u64,
    /// 0 = unlimited.
    pub limit_bytes: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MonthTraffic {
    pub month: Month,
    /// The month was asked for or answered; otherwise `month` is this machine's guess, fine
    /// for a page but never for booking (it would close months not over on the server).
    pub month_known: bool,
    /// The records read in full; only these are booked.
    pub accounts: Vec<AccountTraffic>,
    /// Records with a user but an unreadable figure: that user's traffic is unknown this run.
    pub unreadable: Vec<(String, UnreadableField)>,
    /// Records without a readable user: any account missing from `accounts` may be one.
    pub nameless: usize,
}

impl MonthTraffic {
    pub fn of(&self, user: &str) -> Option<&AccountTraffic> {
        self.accounts
            .iter()
            .find(|a| a.user.eq_ignore_ascii_case(user))
    }

    /// `user`'s traffic: `Ok(None)` when showbw does not list it (nothing used), `Err` when
    /// its record (or a record without a user, which may be its) cannot be read.
    pub fn traffic_of(&self, user: &str) -> Result<Option<&AccountTraffic>, UnreadableField> {
        if let Some((_, why)) = self
            .unreadable
            .iter()
            .find(|(u, _)| u.eq_ignore_ascii_case(user))
        {
            return Err(why.clone());
        }
        match self.of(user) {
            Some(t) => Ok(Some(t)),
            None if self.nameless > 0 => Err(UnreadableField::elsewhere(
                "user",
                "showbw lists traffic without a readable user, which may be this account's",
            )),
            None => Ok(None),
        }
    }
}

/// showbw's `limit`: bytes, `unlimited` or 0 (no limit, as `limitbw` takes it).
const BW_LIMIT: Rule = Rule::SIZE.unlimited_as(&["unlimited"]).zero_unlimited();

/// One showbw record: the user, its bytes and its limit are all needed.
fn account_traffic(a: &Json) -> Result<AccountTraffic, UnreadableField> {
    Ok(AccountTraffic {
        user: need(answer::string(a, "user"), "user")?,
        bytes: number::field(a, "totalbytes", Rule::SIZE).need_amount("totalbytes")?,
        // WHM writes an unlimited account's limit as `unlimited` or 0.
        limit_bytes: number::field(a, "limit", BW_LIMIT).need_limit("limit")?,
    })
}

/// showbw for `month` (`None` = the server's current month), optionally for one account.
pub fn show(
    api: &WhmApi<'_>,
    month: Option<Month>,
    user: Option<&str>,
) -> Result<MonthTraffic, CpanelError> {
    let mut fields = Vec::new();
    if let Some(m) = month {
        fields.push(("month", m.month.to_string()));
        fields.push(("year", m.year.to_string()));
    }
    if let Some(u) = user {
        fields.push(("search", u.to_string()));
        fields.push(("searchtype", "user".into()));
        fields.push(("searchmethod", "exact".into()));
    }
    let data = api.call("showbw", &fields)?;
    read(&data, month)
}

/// A showbw answer's `data` (also one entry of a `batch`); `month` is the one asked for.
pub fn read(data: &Json, month: Option<Month>) -> Result<MonthTraffic, CpanelError> {
    let answered = match (whole(data.get("year")), whole(data.get("month"))) {
        (Some(y), Some(m)) if (1..=12).contains(&m) => Some(Month {
            year: y as i64,
            month: m as u32,
        }),
        _ => None,
    };

    let list = super::api::list("showbw", data, "acct")?;
    let mut accounts = Vec::with_capacity(list.len());
    let mut unreadable = Vec::new();
    let mut nameless = 0;
    for a in list {
        match account_traffic(a) {
            Ok(t) => accounts.push(t),
            Err(why) => match answer::string(a, "user").filter(|u| !u.is_empty()) {
                Some(user) => unreadable.push((user, why)),
                None => nameless += 1,
            },
        }
    }
    Ok(MonthTraffic {
        month: answered.or(month).unwrap_or_else(Month::now),
        month_known: answered.is_some() || month.is_some(),
        accounts,
        unreadable,
        nameless,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        let m = Month::parse("2026-12").unwrap();
        assert_eq!(m.next().key(), "2027-01");
        assert!(Month::parse("2026-05").unwrap() < Month::parse("2026-11").unwrap());
        assert!(Month::parse("2026-13").is_none());
    }
}
