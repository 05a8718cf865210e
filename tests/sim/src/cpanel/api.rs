//! `/json-api/FUNCTION?api.version=1`: authentication, privileges, parameters and dispatch.

use crate::http::{Request, Response};

use super::auth::{self, Caller};
use super::envelope::{self, fail, Outcome};
use super::state::State;
use super::{accounts, bandwidth, info, listing, resellers, session, stats, CpanelPanel};

/// Request parameters: the query string, then the form body (later values win, as in WHM).
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn from_request(req: &Request) -> Params {
        let mut all = req.query.clone();
        all.extend(req.post_fields());
        Params(all)
    }

    pub fn from_pairs(pairs: Vec<(String, String)>) -> Params {
        Params(pairs)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value trimmed, "" when absent.
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").trim().to_string()
    }

    pub fn all(&self) -> &[(String, String)] {
        &self.0
    }
}

/// The function a path names: `/json-api/createacct` (also under a `/cpsessNNN` prefix).
pub fn function_of(path: &str) -> Option<&str> {
    let rest = match path.strip_prefix("/cpsess") {
        Some(r) => &r[r.find('/')?..],
        None => path,
    };
    rest.strip_prefix("/json-api/")
        .map(|f| f.trim_end_matches('/'))
        .filter(|f| !f.is_empty() && !f.contains('/'))
}

/// The privilege (ACL) each function needs; `None` = any authenticated WHM user.
pub fn required_acl(function: &str) -> Option<&'static str> {
    Some(match function {
        "createacct" | "verify_new_username" => "create-acct",
        "removeacct" => "kill-acct",
        "suspendacct" | "unsuspendacct" => "suspend-acct",
        "changepackage" => "upgrade-account",
        "modifyacct" => "edit-account",
        "limitbw" => "limit-bandwidth",
        "editquota" => "quota",
        "passwd" => "passwd",
        "listpkgs" => "list-pkgs",
        "listaccts" => "list-accts",
        "accountsummary" => "acct-summary",
        "showbw" => "show-bandwidth",
        "create_user_session" => "create-user-session",
        "setsiteip" | "listips" => "all",
        // Reseller administration is root's (or an `all` reseller's).
        "setupreseller"
        | "unsetupreseller"
        | "setacls"
        | "listacls"
        | "saveacllist"
        | "setresellerlimits"
        | "setresellernameservers"
        | "suspendreseller"
        | "unsuspendreseller"
        | "terminatereseller"
        | "listresellers" => "all",
        "acctcounts" => "acct-summary",
        _ => return None,
    })
}

pub fn handle(panel: &CpanelPanel, req: &Request) -> Response {
    let Some(function) = function_of(&req.path) else {
        return if req.path == "/" {
            Response::html(
                200,
                "<html><head><title>WHM Login</title></head><body>Login</body></html>",
            )
        } else {
            Response::nginx_error(404)
        };
    };
    let caller = {
        let st = panel.lock();
        match auth::authenticate(&st, req) {
            Some(c) => c,
            None => return envelope::access_denied(),
        }
    };
    let params = Params::from_request(req);
    if params.text("api.version") != "1" {
        let version = panel.lock().version.clone();
        return envelope::api0(function, &version);
    }
    if let Some(acl) = required_acl(function) {
        if !caller.may(acl) {
            return envelope::render(
                function,
                fail(format!(
                    "Permission denied: the API token lacks the “{acl}” privilege that {function} requires."
                )),
            );
        }
    }
    let host = req
        .header("host")
        .map(|h| h.rsplit_once(':').map_or(h, |(n, _)| n).to_string());
    envelope::render(function, run(panel, function, &caller, &params, host))
}

fn run(
    panel: &CpanelPanel,
    function: &str,
    caller: &Caller,
    p: &Params,
    host: Option<String>,
) -> Outcome {
    if function == "createacct" {
        // Runs its delay without holding the state lock.
        return accounts::createacct(panel, caller, p);
    }
    let mut st = panel.lock();
    if function == "batch" {
        // Each command is checked and run as if it came alone (privileges included), on a
        // scratch copy: batches are read-only here (billing systems batch reads).
        let mut scratch = st.clone();
        return stats::batch(p, |f, inner| {
            if let Some(acl) = required_acl(f) {
                if !caller.may(acl) {
                    return fail(format!("Permission denied: {f} requires “{acl}”."));
                }
            }
            if matches!(f, "batch" | "createacct" | "create_user_session") {
                return fail(format!("{f} cannot run in a batch here."));
            }
            dispatch(&mut scratch, f, caller, inner)
        });
    }
    if function == "create_user_session" {
        let host = host.unwrap_or_else(|| st.hostname.clone());
        return session::create_user_session(&mut st, caller, p, &host);
    }
    dispatch(&mut st, function, caller, p)
}

fn dispatch(st: &mut State, function: &str, caller: &Caller, p: &Params) -> Outcome {
    let st = &mut *st;
    match function {
        "version" => info::version(st),
        "myprivs" => info::myprivs(caller),
        "removeacct" => accounts::removeacct(st, caller, p),
        "suspendacct" => accounts::suspendacct(st, caller, p),
        "unsuspendacct" => accounts::unsuspendacct(st, caller, p),
        "changepackage" => accounts::changepackage(st, caller, p),
        "modifyacct" => accounts::modifyacct(st, caller, p),
        "limitbw" => accounts::limitbw(st, caller, p),
        "editquota" => accounts::editquota(st, caller, p),
        "passwd" => accounts::passwd(st, caller, p),
        "setsiteip" => accounts::setsiteip(st, caller, p),
        "listpkgs" => listing::listpkgs(st, p),
        "listaccts" => listing::listaccts(st, caller, p),
        "accountsummary" => listing::accountsummary(st, caller, p),
        "verify_new_username" => listing::verify_new_username(st, p),
        "showbw" => bandwidth::showbw(st, caller, p),
        "uapi_cpanel" => stats::uapi_cpanel(st, caller, p),
        "setupreseller" => resellers::setupreseller(st, p),
        "unsetupreseller" => resellers::unsetupreseller(st, p),
        "setacls" => resellers::setacls(st, p),
        "listacls" => resellers::listacls(st),
        "setresellerlimits" => resellers::setresellerlimits(st, p),
        "setresellernameservers" => resellers::setresellernameservers(st, p),
        "suspendreseller" => resellers::suspendreseller(st, p),
        "unsuspendreseller" => resellers::unsuspendreseller(st, p),
        "terminatereseller" => resellers::terminatereseller(st, p),
        "listresellers" => resellers::listresellers(st),
        "acctcounts" => resellers::acctcounts(st, p),
        "listips" => resellers::listips(st),
        other => fail(format!(
            "Unknown app (\"{other}\") requested for this version (1) of the API."
        )),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths() {
        assert_eq!(super::function_of("/json-api/version"), Some("version"));
        assert_eq!(
            super::function_of("/cpsess0123456789/json-api/listaccts"),
            Some("listaccts")
        );
        assert_eq!(super::function_of("/json-api/"), None);
        assert_eq!(super::function_of("/login"), None);
    }
}
