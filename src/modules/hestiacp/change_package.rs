//! ChangePackage: the seed's package-change logic. Custom packages are edited (or created when
//! missing) and the user moved onto them; otherwise the user moves to the selected package.
//! HestiaCP checks usage against the new limits; a user that does not fit gets a clear
//! message, never a silent `FORCE`.

use crate::modules::shared::number::Reading;
use crate::whmcs::{Call, Failure, Reply};

use super::account_name::probe;
use super::api::HestiaApi;
use super::concurrent::both;
use super::deploy::{deploy, missing_package, server_packages};
use super::error::HestiaError;
use super::exit_code::ExitCode;
use super::package_spec::{Limit, PackageSpec};
use super::product::Product;
use super::service::Service;
use super::settings as s;
use super::user::PanelUser;

pub fn change_package(call: &Call<'_>) -> Result<Reply, Failure> {
    let svc = Service::from_params(&call.params)?;
    let user = svc.existing_username()?;
    let product = Product::from_params(&call.params)?;
    let api = HestiaApi::for_call(call)?;
    apply_package(call, &api, user, &product)?;
    Ok(Reply::success())
}

/// Deploys/checks the product's package and moves `user` onto it (also the admin button).
///
/// A custom package is checked against the user's usage *before* it is written:
/// `v-update-user-package` re-applies a rewritten package to its users with `FORCE`, so a
/// shrunken package would otherwise be forced onto a user it does not fit.
///
/// A server package is not looked up first: `v-change-user-package` reports a missing one, and
/// only then is the list fetched for the message (one request in the usual case, as the API's
/// minimum). A custom package needs the package list and the user's usage: both at once.
pub fn apply_package(
    call: &Call<'_>,
    api: &HestiaApi<'_>,
    user: &str,
    product: &Product,
) -> Result<(), HestiaError> {
    let pkg = product.package_name();
    if let Some(custom) = &product.custom {
        let (packages, current) = both(call, server_packages, |api| probe(api, user))?;
        let packages = packages?;
        let current = current?
            .ok_or_else(|| HestiaError::Input(format!("the panel has no user {user} to change")))?;
        let over = exceeded(&custom.spec, &current)?;
        if !over.is_empty() {
            return Err(HestiaError::Input(format!(
                "{user} uses more than package `{pkg}` would allow: {}; free space or raise the \
                 product's limits (nothing was changed on the panel)",
                over.join(", ")
            )));
        }
        deploy(api, custom, &packages)?;
        if current.package == pkg {
            // v-update-user-package already re-applied the rewritten package to the user.
            return Ok(());
        }
    }
    match api.run("v-change-user-package", &[user, pkg]) {
        Ok(_) => Ok(()),
        // The user or the package is missing (HestiaCP checks both with E_NOTEXIST).
        Err(e) if e.exit_code() == Some(ExitCode::NOTEXIST) => Err(missing_package(api, pkg, e)),
        Err(HestiaError::Command { code, message, .. }) if code == ExitCode::LIMIT => {
            Err(HestiaError::Input(format!(
                "{user} uses more than package `{pkg}` allows ({message}); free space or choose a larger \
                 package (the account stays on its current package)"
            )))
        }
        Err(e) => Err(e),
    }
}

/// The limits of `spec` that `user`'s usage exceeds, in HestiaCP's own checking order
/// (`v-change-user-package`), worded with the product setting names. A finite limit whose
/// usage figure the panel did not report readably cannot be checked: that is an error naming
/// the figure, never a guess.
fn exceeded(spec: &PackageSpec, user: &PanelUser) -> Result<Vec<String>, HestiaError> {
    let checks: [(&str, &Limit, &Reading, &str, &str); 6] = [
        (
            s::WEB_DOMAINS,
            &spec.web_domains,
            &user.web_domains_used,
            "",
            "U_WEB_DOMAINS",
        ),
        (
            s::DNS_DOMAINS,
            &spec.dns_domains,
            &user.dns_domains_used,
            "",
            "U_DNS_DOMAINS",
        ),
        (
            s::DATABASES,
            &spec.databases,
            &user.databases_used,
            "",
            "U_DATABASES",
        ),
        (
            s::CRON_JOBS,
            &spec.cron_jobs,
            &user.cron_jobs_used,
            "",
            "U_CRON_JOBS",
        ),
        (
            s::DISK_QUOTA,
            &spec.disk_quota,
            &user.disk_used_mb,
            " MB",
            "U_DISK",
        ),
        (
            s::BANDWIDTH,
            &spec.bandwidth,
            &user.bandwidth_used_mb,
            " MB",
            "U_BANDWIDTH",
        ),
    ];
    let mut over = Vec::new();
    for (name, limit, used, unit, field) in checks {
        let Limit::Count(max) = limit else { continue };
        let used = used
            .need_amount(field)
            .map_err(|e| HestiaError::BadAnswer {
                cmd: "v-list-user".into(),
                detail: format!("{e}, so {name} {max}{unit} cannot be checked against the usage"),
            })?;
        if used > *max {
            over.push(format!("{name} {max}{unit} < {used}{unit} used"));
        }
    }
    Ok(over)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(disk: Limit, web: Limit) -> PackageSpec {
        PackageSpec {
            web_template: "default".into(),
            backend_template: "default".into(),
            proxy_template: "default".into(),
            dns_template: "default".into(),
            web_domains: web,
            web_aliases: Limit::Unlimited,
            dns_domains: Limit::Unlimited,
            dns_records: Limit::Unlimited,
            mail_domains: Limit::Unlimited,
            mail_accounts: Limit::Unlimited,
            rate_limit: 200,
            databases: Limit::Unlimited,
            cron_jobs: Limit::Unlimited,
            disk_quota: disk,
            bandwidth: Limit::Unlimited,
            name_servers: vec![],
            shell: "nologin".into(),
            backups: 1,
        }
    }

    #[test]
    fn names_every_exceeded_limit() {
        let user = PanelUser {
            disk_used_mb: Reading::Amount(5000),
            web_domains_used: Reading::Amount(2),
            ..PanelUser::default()
        };
        let over = exceeded(&spec(Limit::Count(2048), Limit::Count(1)), &user).unwrap();
        assert_eq!(
            over,
            vec![
                "Web domains 1 < 2 used".to_string(),
                "Disk quota (MB) 2048 MB < 5000 MB used".to_string()
            ]
        );
        assert!(exceeded(&spec(Limit::Unlimited, Limit::Count(2)), &user)
            .unwrap()
            .is_empty());
        let unknown = PanelUser::default();
        let e = exceeded(&spec(Limit::Unlimited, Limit::Count(2)), &unknown).unwrap_err();
        assert!(e.to_string().contains("`U_WEB_DOMAINS`"), "{e}");
    }
}
