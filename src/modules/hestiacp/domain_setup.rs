//! Adding the service's domain to a new account (web, DNS, mail) and issuing its certificate.

use std::time::Duration;

use crate::whmcs::Call;

use super::api::HestiaApi;
use super::error::HestiaError;
use super::exit_code::ExitCode;
use super::product::DomainParts;

/// How long CreateAccount waits for Let's Encrypt unless the server sets `letsencrypt_wait=N`.
pub const LETSENCRYPT_WAIT: Duration = Duration::from_secs(45);

pub fn add_domain(
    api: &HestiaApi<'_>,
    call: &Call<'_>,
    user: &str,
    domain: &str,
    parts: DomainParts,
) -> Result<(), HestiaError> {
    if parts.all {
        return tolerate_own(api, user, domain, api.run("v-add-domain", &[user, domain]));
    }
    if parts.web {
        tolerate_own(
            api,
            user,
            domain,
            api.run("v-add-web-domain", &[user, domain]),
        )?;
    }
    if parts.dns {
        let ip = call.params.server().ip;
        if ip.parse::<std::net::IpAddr>().is_err() {
            return Err(HestiaError::Input(
                "adding the DNS zone needs the server's IP address in the WHMCS server record"
                    .into(),
            ));
        }
        tolerate_own(
            api,
            user,
            domain,
            api.run("v-add-dns-domain", &[user, domain, &ip]),
        )?;
    }
    if parts.mail {
        tolerate_own(
            api,
            user,
            domain,
            api.run("v-add-mail-domain", &[user, domain]),
        )?;
    }
    Ok(())
}

/// "Domain exists" is fine when it is this user's (a retried create); someone else's is not.
fn tolerate_own(
    api: &HestiaApi<'_>,
    user: &str,
    domain: &str,
    result: Result<String, HestiaError>,
) -> Result<(), HestiaError> {
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.exit_code() == Some(ExitCode::EXISTS) => {
            let mine = api.json("v-list-web-domains", &[user])?;
            if mine.get(domain).is_some() {
                Ok(())
            } else {
                Err(HestiaError::Input(format!(
                    "the domain {domain} already exists on the panel under another account"
                )))
            }
        }
        Err(e) => Err(e),
    }
}

/// Issues the web domain's certificate. `MAIL` is never passed: `yes` there would issue the
/// mail certificate instead of the web one.
pub fn issue_certificate(
    api: &HestiaApi<'_>,
    user: &str,
    domain: &str,
    wait: Duration,
) -> Result<(), HestiaError> {
    api.run_with("v-add-letsencrypt-domain", &[user, domain], Some(wait))
        .map(|_| ())
}

pub fn letsencrypt_wait(call: &Call<'_>) -> Duration {
    call.params
        .server()
        .access_hash_setting("letsencrypt_wait")
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|n| (1..=600).contains(n))
        .map_or(LETSENCRYPT_WAIT, Duration::from_secs)
}
