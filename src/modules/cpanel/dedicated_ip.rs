//! A dedicated IP added or released on a package change: when the product (setting or the
//! "Dedicated IP" configurable option) asks for one and the service has none, a free address
//! of the server is given to the account; when it no longer does, the account returns to the
//! server's shared address and `tblhosting.dedicatedip` is cleared.
//!
//! `listips` (WHM API 1) marks each address `used` (an account or the server is on it) and
//! the server's shared one `mainaddr`; `setsiteip` moves an account. Assumption (the
//! documentation is silent): an address with `used` 0 and `mainaddr` 0 is free to give.

use crate::modules::shared::answer;
use crate::whmcs::Call;

use super::api::{flag, WhmApi};
use super::error::CpanelError;
use super::hosting;

#[derive(Debug, Clone, PartialEq)]
struct Address {
    ip: String,
    main: bool,
    used: bool,
}

fn addresses(api: &WhmApi<'_>) -> Result<Vec<Address>, CpanelError> {
    let data = api.call("listips", &[])?;
    let list = super::api::list("listips", &data, "ip")?;
    // An entry without a readable address or `used` flag is never given away.
    Ok(list
        .iter()
        .filter_map(|v| {
            let ip = answer::string(v, "ip")?;
            ip.trim().parse::<std::net::IpAddr>().ok()?;
            Some(Address {
                ip: ip.trim().to_string(),
                main: flag(v.get("mainaddr")),
                used: v.get("used").map_or(true, |u| flag(Some(u))),
            })
        })
        .collect())
}

/// Makes the account's address what the product asks for; `Ok(None)` = nothing to change.
pub fn reconcile(
    call: &Call<'_>,
    api: &WhmApi<'_>,
    service_id: i64,
    user: &str,
    want: bool,
) -> Result<Option<String>, CpanelError> {
    let current = hosting::dedicated_ip(call.host, service_id)?;
    // Already as asked: a dedicated IP recorded exactly when one is wanted.
    if want != current.is_empty() {
        return Ok(None);
    }
    let all = addresses(api)?;
    let target = if want {
        all.iter()
            .find(|a| !a.used && !a.main)
            .map(|a| a.ip.clone())
            .ok_or_else(|| {
                CpanelError::input(
                    "the product asks for a dedicated IP, but the server has no free address \
                     (listips): add one in WHM » IP Functions, then run Change Package again",
                )
            })?
    } else {
        all.iter()
            .find(|a| a.main)
            .map(|a| a.ip.clone())
            .ok_or_else(|| CpanelError::BadAnswer {
                function: "listips".into(),
                detail: "no address marked `mainaddr` (the shared one)".into(),
            })?
    };
    api.call(
        "setsiteip",
        &[("ip", target.clone()), ("user", user.to_string())],
    )?;
    let recorded = if want { target.as_str() } else { "" };
    hosting::set_dedicated_ip(call.host, service_id, recorded)?;
    call.log(
        "ChangePackage",
        "",
        &if want {
            format!("{user} now has the dedicated IP {target}")
        } else {
            format!("{user} returned to the shared IP {target}; dedicated IP {current} released")
        },
    );
    Ok(Some(target))
}
