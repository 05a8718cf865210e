//! The error envelope: `{"status":"error","error":{"code","message","field"?}}` with the
//! contract's HTTP status per code.

use serde_json::json;

use crate::http::Response;

#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            field: None,
        }
    }

    /// 422 INVALID_PARAMETER naming the field.
    pub fn invalid(field: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            field: Some(field.to_string()),
            ..ApiError::new(422, "INVALID_PARAMETER", message)
        }
    }

    pub fn not_found(name: &str) -> ApiError {
        ApiError::new(404, "NOT_FOUND", format!("account {name} does not exist"))
    }

    pub fn response(&self) -> Response {
        let mut err = json!({"code": self.code, "message": self.message});
        if let Some(f) = &self.field {
            err["field"] = json!(f);
        }
        let mut r = Response::json(self.status, &json!({"status": "error", "error": err}));
        if self.status == 401 {
            r.set_header("WWW-Authenticate", "Basic realm=\"StoreGrid Web Console\"");
        }
        r
    }
}

pub fn success(data: serde_json::Value) -> Response {
    Response::json(200, &json!({"status": "success", "data": data}))
}
