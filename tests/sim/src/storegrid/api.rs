//! `POST /sgapi/v1/<Action>` as the contract describes it: method, Basic login, known
//! action, role, JSON object body, then the action. Other paths are the web console's pages.

use serde_json::Value;

use crate::http::{Request, Response};

use super::actions::{self, ACTIONS};
use super::basic_auth;
use super::error::{success, ApiError};
use super::state::ConsoleUser;
use super::StoregridPanel;

pub const PREFIX: &str = "/sgapi/v1/";

/// The action a path names, if it is an API path.
pub fn action_of(path: &str) -> Option<&str> {
    path.strip_prefix(PREFIX).filter(|a| !a.is_empty())
}

pub fn handle(panel: &StoregridPanel, req: &Request) -> Response {
    let Some(action) = action_of(&req.path) else {
        return page(&req.path);
    };
    match answer(panel, req, action) {
        Ok(data) => success(data),
        Err(e) => e.response(),
    }
}

fn answer(panel: &StoregridPanel, req: &Request, action: &str) -> Result<Value, ApiError> {
    if !req.method.eq_ignore_ascii_case("POST") {
        return Err(ApiError::new(405, "METHOD_NOT_ALLOWED", "use POST"));
    }
    let mut st = panel.lock();
    let user = login(&st.users, req)?;
    if !ACTIONS.contains(&action) {
        return Err(ApiError::new(
            404,
            "UNKNOWN_ACTION",
            format!("unknown action {action}"),
        ));
    }
    if user.role != "admin" && action != "ServerInfo" {
        return Err(ApiError::new(
            403,
            "FORBIDDEN",
            format!("user {} ({}) may not run {action}", user.name, user.role),
        ));
    }
    let body = match serde_json::from_slice::<Value>(&req.body) {
        Ok(Value::Object(m)) => m,
        _ => {
            return Err(ApiError::new(
                400,
                "BAD_REQUEST",
                "the body must be a JSON object",
            ));
        }
    };
    actions::run(&mut st, &user, action, &body)
}

fn login(users: &[ConsoleUser], req: &Request) -> Result<ConsoleUser, ApiError> {
    let Some((name, password)) = req.header("authorization").and_then(basic_auth::decode) else {
        return Err(ApiError::new(401, "AUTH_FAILED", "authentication required"));
    };
    users
        .iter()
        .find(|u| u.name.eq_ignore_ascii_case(&name) && u.password == password)
        .cloned()
        .ok_or_else(|| ApiError::new(401, "AUTH_FAILED", "invalid username or password"))
}

/// The web console's login page at `/`, an HTML 404 elsewhere.
fn page(path: &str) -> Response {
    if path == "/" || path == "/index.html" {
        Response::html(
            200,
            "<!DOCTYPE html><html><head><title>StoreGrid Web Console</title></head><body><form>Login</form></body></html>",
        )
    } else {
        Response::html(
            404,
            "<html><head><title>404 Not Found</title></head><body>Not Found</body></html>",
        )
    }
}
