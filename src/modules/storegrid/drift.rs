//! Drift for StoreGrid: one `ListAccounts` per server. A backup account has no domain; its
//! "package" is its type (the product's Action) and its allotted storage, which ChangePackage
//! (the re-apply button) sets again; a type cannot change after signup.

use std::time::Duration;

use crate::modules::shared::drift::adapter::{Adapter, Lister};
use crate::modules::shared::drift::compare::exact_plan;
use crate::modules::shared::drift::{Listing, PanelAccount};
use crate::whmcs::Params;

use super::api::StoregridApi;
use super::contract::Kind;
use super::product::Product;
use super::{change_package, manage, views};

pub static ADAPTER: Adapter = Adapter {
    lister,
    expected_plan,
    plan_matches: exact_plan,
    suspend: manage::suspend,
    unsuspend: manage::unsuspend,
    reapply_package: change_package::change_package,
    package_button: false,
    relink_button: true,
};

crate::drift_functions!(ADAPTER, views::admin_tab, views::admin_buttons);

fn lister(call: &Call<'_>, timeout: Duration) -> Result<Lister, Failure> {
    let server = call.params.server();
    let secrets = call.secrets();
    // The settings are checked here, on the calling thread, so a bad record fails early.
    StoregridApi::connect_logged(&server, Some(timeout), secrets.clone(), call)?;
    Ok(Box::new(move |log| {
        let api = StoregridApi::connect_logged(&server, Some(timeout), secrets.clone(), log)
            .map_err(|e| e.to_string())?;
        let all = api.accounts().map_err(|e| e.to_string())?;
        let accounts = all.into_iter().map(|a| PanelAccount {
            plan: a
                .storage_allotted
                .amount()
                .map(|bytes| plan(&a.kind, bytes)),
            username: a.name,
            domain: None,
            suspended: a.active.map(|active| !active),
            email: a.email,
            resold: false,
        });
        Ok(Listing::of(accounts, "name"))
    }))
}

fn expected_plan(p: &Params) -> Option<String> {
    Product::from_params(p).ok().map(|p| {
        let kind = match p.kind {
            Kind::Reseller => "reseller",
            Kind::Customer => "customer",
        };
        plan(kind, p.settings.storage_allotted)
    })
}

/// `customer, 10 GB storage` (0 = unlimited), as the service page names a package.
fn plan(kind: &str, storage_bytes: u64) -> String {
    const GB: u64 = 1 << 30;
    let storage = match storage_bytes {
        0 => "unlimited".to_string(),
        b if b % GB == 0 => format!("{} GB", b / GB),
        b => format!("{b} bytes"),
    };
    format!("{kind}, {storage} storage")
}
