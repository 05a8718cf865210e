//! Drift for cPanel/WHM: one `listaccts` per server (user, domain, plan, suspended, email,
//! owner). An account owned by a reseller — neither root, nor the API token's user, nor
//! itself — is that reseller's customer (a Reseller Hosting service sells the reseller, not
//! its customers), so it is never reported as an orphan.

use std::time::Duration;

use crate::modules::shared::drift::adapter::{Adapter, Lister};
use crate::modules::shared::drift::compare::exact_plan;
use crate::modules::shared::drift::{Listing, PanelAccount};
use crate::whmcs::Params;

use super::account::list_all;
use super::api::WhmConnection;
use super::product::Product;
use super::{change_package, manage, views};

pub static ADAPTER: Adapter = Adapter {
    lister,
    expected_plan,
    plan_matches: exact_plan,
    suspend: manage::suspend,
    unsuspend: manage::unsuspend,
    reapply_package: change_package::change_package,
    package_button: true,
    relink_button: true,
};

crate::drift_functions!(ADAPTER, views::admin_tab, views::admin_buttons);

fn lister(call: &Call<'_>, timeout: Duration) -> Result<Lister, Failure> {
    let conn = WhmConnection::for_call(call)?.with_timeout(timeout);
    let api_user = conn.user().to_ascii_lowercase();
    Ok(Box::new(move |log| {
        let all = list_all(&conn.client(log)).map_err(|e| e.to_string())?;
        let accounts = all.into_iter().map(|a| {
            let owner = a.owner.to_ascii_lowercase();
            let resold = !owner.is_empty()
                && owner != "root"
                && owner != api_user
                && !a.user.eq_ignore_ascii_case(&owner);
            PanelAccount {
                resold,
                username: a.user,
                domain: Some(a.domain).filter(|d| !d.is_empty()),
                plan: Some(a.plan).filter(|p| !p.is_empty()),
                suspended: a.suspended,
                email: a.email,
            }
        });
        Ok(Listing::of(accounts, "user"))
    }))
}

fn expected_plan(p: &Params) -> Option<String> {
    Product::from_params(p).ok().map(|p| p.package)
}
