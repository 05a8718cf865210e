//! Drift for HestiaCP: one `v-list-users json` per server. Hestia's user listing names no
//! domain, so the main domain is not compared here (a renamed user is recognised by its
//! contact address).

use std::time::Duration;

use crate::modules::shared::drift::adapter::{Adapter, Lister};
use crate::modules::shared::drift::{Listing, PanelAccount};
use crate::whmcs::Params;

use super::api::{connection, HestiaApi};
use super::product::Product;
use super::user::PanelUser;
use super::{manage, views};

pub static ADAPTER: Adapter = Adapter {
    lister,
    expected_plan,
    plan_matches,
    suspend: manage::suspend,
    unsuspend: manage::unsuspend,
    reapply_package: views::reapply_package,
    package_button: false,
    relink_button: true,
};

crate::drift_functions!(ADAPTER, views::admin_tab, views::admin_buttons);

fn lister(call: &Call<'_>, timeout: Duration) -> Result<Lister, Failure> {
    let (endpoint, credentials, secrets) = connection(call)?;
    let endpoint = endpoint.with_timeout(timeout);
    Ok(Box::new(move |log| {
        let api = HestiaApi::with_log(endpoint.clone(), credentials.clone(), secrets.clone(), log);
        let mut accounts = Vec::new();
        api.stream_json("v-list-users", &[], |body| {
            super::user_list::read_users(body, |u| {
                if !u.is_admin() {
                    accounts.push(account(u));
                }
            })
        })
        .map_err(|e| e.to_string())?;
        // Names are the listing's keys: an empty one is still skipped, as by every lister.
        Ok(Listing::of(accounts, "user name"))
    }))
}

fn account(u: PanelUser) -> PanelAccount {
    PanelAccount {
        username: u.name,
        domain: None,
        plan: Some(u.package).filter(|p| !p.is_empty()),
        suspended: u.suspended,
        email: u.contact,
        resold: false,
    }
}

fn expected_plan(p: &Params) -> Option<String> {
    Product::from_params(p)
        .ok()
        .map(|p| p.package_name().to_string())
}

/// A service with configurable-option overrides has a custom package of its own,
/// `<package>-s<service id>` (see `product::custom_package`).
fn plan_matches(expected: &str, panel: &str, service_id: i64) -> bool {
    panel == expected || panel == format!("{expected}-s{service_id}")
}
