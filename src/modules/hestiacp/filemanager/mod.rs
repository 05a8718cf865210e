//! The client-area file manager of `oxide_hestiacp`: browse, edit, upload, download, copy,
//! move, delete, chmod, archive, extract and search files of the service's own HestiaCP user,
//! through HestiaCP's `v-*-fs-*` commands (which run as that user) — no FTP, no second app.
//!
//! WHMCS routes: `clientarea.php?action=productdetails&id=ID&modop=custom&a=FileManager` renders
//! the page ([`page`]); its script POSTs to `…&a=FileManagerApi`, a thin PHP function in the
//! module folder (`filemanager.php`) that checks the method and WHMCS's CSRF token, adds the
//! logged-in client id and calls `oxide_hestiacp_FileManagerAction` ([`action`]), then prints
//! the JSON (or the download). The action function itself is not client-callable.

pub mod access;
pub mod actions;
pub mod archive;
pub mod client;
pub mod error;
pub mod listing;
pub mod mode;
pub mod path;
pub mod text;

use crate::modules::shared::log_text::inert;
use crate::whmcs::{Array, Call, Failure, Lang, Reply, Value};

use actions::Input;
use client::{ContentFilter, FsClient};
use error::FmError;
use mode::Mode;

/// The custom function clients reach by the button.
pub const PAGE_FUNCTION: &str = "FileManager";
/// The PHP endpoint the page's script posts to (filemanager.php).
pub const API_FUNCTION: &str = "FileManagerApi";

/// ClientAreaCustomButtonArray: the "File Manager" button on the service page.
pub fn client_buttons(call: &Call<'_>) -> Result<Reply, Failure> {
    let lang = Lang::for_client(call, super::ENGLISH);
    Ok(Reply::array(
        Array::new().with(lang.text("fileManager"), PAGE_FUNCTION),
    ))
}

/// ClientAreaAllowedFunctions: the page and its JSON endpoint (not FileManagerAction).
pub fn client_allowed(_: &Call<'_>) -> Result<Reply, Failure> {
    let mut list = Array::new();
    list.push(PAGE_FUNCTION);
    list.push(API_FUNCTION);
    list.push(super::mail_account::FUNCTION);
    Ok(Reply::array(list))
}

/// The page script's own strings (`fmJs…`, number and unit words) as one JSON object, for the
/// page's `data-lang` attribute: status lines and prompts in the client's language too.
fn script_strings(lang: &Lang) -> String {
    let strings: serde_json::Map<String, serde_json::Value> = lang
        .keys()
        .filter(|k| k.starts_with("fmJs") || k.starts_with("unit") || *k == "numberDecimal")
        .map(|k| (k.to_string(), serde_json::Value::String(lang.text(k))))
        .collect();
    serde_json::Value::Object(strings).to_string()
}

/// FileManager: the page (template `templates/filemanager.tpl`) for an Active service of
/// the client; anything else gets WHMCS's error line and no file manager.
pub fn page(call: &Call<'_>) -> Result<Reply, Failure> {
    let account = access::check(call, None)?;
    let read_only = mode::of(call)? == Mode::ReadOnly;
    let base = format!(
        "clientarea.php?action=productdetails&id={}",
        account.service_id
    );
    let vars = Array::new()
        .with("serviceId", account.service_id)
        .with("username", account.username.as_str())
        .with("home", format!("/home/{}", account.username))
        .with("apiUrl", format!("{base}&modop=custom&a={API_FUNCTION}"))
        .with("assetsUrl", "modules/servers/oxide_hestiacp/assets")
        .with("maxBytes", text::MAX_BYTES as i64)
        .with("readOnly", read_only)
        .with("maxMb", (text::MAX_BYTES / (1024 * 1024)) as i64)
        .with(
            "createFormats",
            archive::CREATE_FORMATS
                .iter()
                .map(|f| f.trim_start_matches('.'))
                .collect::<Vec<_>>()
                .join(", "),
        );
    let lang = Lang::for_client(call, super::ENGLISH);
    Ok(Reply::client_page(
        "templates/filemanager",
        format!("{base}&modop=custom&a={PAGE_FUNCTION}"),
        &lang.text("fileManager"),
        vars.with("scriptLang", script_strings(&lang)),
        &lang,
    ))
}

/// FileManagerAction: one JSON action; `$params['fileManager']` holds the request fields and
/// the logged-in client id, put there by filemanager.php. Always answers
/// `['success' => bool, …]`; a failure carries `error` (for the client) and `kind`.
pub fn action(call: &Call<'_>) -> Result<Reply, Failure> {
    let fields = call.params.get("fileManager").and_then(Value::as_array);
    let input = Input(fields);
    let name = input.text("action");
    match run(call, &input, &name) {
        Ok(out) => Ok(Reply::array(out)),
        Err(e) => {
            if let FmError::Panel(inner) = &e {
                // The admin's detail stays in the module log; the client gets a plain line.
                call.log(
                    "FileManagerAction",
                    &inert(&name, 40),
                    &format!("failed: {inner}"),
                );
            }
            Ok(Reply::array(
                Array::new()
                    .with("success", false)
                    .with("error", e.to_string())
                    .with("kind", e.kind()),
            ))
        }
    }
}

/// Actions that change files, for the activity log.
const CHANGES: &[&str] = &[
    "save",
    "create_file",
    "create_folder",
    "upload",
    "rename",
    "move",
    "copy",
    "delete",
    "chmod",
    "archive",
    "extract",
];

fn run(call: &Call<'_>, input: &Input<'_>, name: &str) -> Result<Array, FmError> {
    let client = input.text("client").parse::<i64>().ok().filter(|c| *c > 0);
    if client.is_none() {
        return Err(FmError::denied("log in to use the file manager"));
    }
    let account = access::check(call, client)?;
    let mode = mode::of(call)?;
    if CHANGES.contains(&name) {
        mode::check_write(mode, name)?;
    }
    let filter = ContentFilter::new(call);
    let fs = FsClient::new(call, &filter, &account)?;
    let out = match name {
        "list" => actions::list(&fs, input).map(|a| a.with("readOnly", mode == Mode::ReadOnly)),
        "read" => actions::read(&fs, input),
        "download" => actions::download(&fs, input),
        "save" => actions::save(&fs, input),
        "create_file" => actions::create_file(&fs, input),
        "create_folder" => actions::create_folder(&fs, input),
        "upload" => actions::upload(&fs, input),
        "rename" => actions::rename(&fs, input),
        "move" => actions::transfer(&fs, input, false),
        "copy" => actions::transfer(&fs, input, true),
        "delete" => actions::delete(&fs, input),
        "chmod" => actions::chmod(&fs, input),
        "archive" => actions::make_archive(&fs, input),
        "extract" => actions::extract(&fs, input),
        "search" => actions::search(&fs, input),
        other => Err(FmError::input(format!(
            "action: unknown action `{}`",
            inert(other, 40)
        ))),
    }?;
    if CHANGES.contains(&name) {
        call.host.log_activity(&format!(
            "HestiaCP file manager: {name} {} (service #{}, client #{})",
            logged_target(&out),
            account.service_id,
            account.client_id
        ));
    }
    Ok(out)
}

/// What a change acted on, from its answer (the checked paths, never a raw request field),
/// each the client's choice made one inert piece of the log line (see `log_text`).
fn logged_target(out: &Array) -> String {
    if let Some(p) = out.get("path").and_then(Value::as_text) {
        return if p.is_empty() {
            "~".into()
        } else {
            inert(&p, 300)
        };
    }
    const SHOWN: usize = 5;
    let paths: Vec<String> = match out.get("paths") {
        Some(Value::Array(list)) => list
            .values()
            .filter_map(Value::as_text)
            .map(|p| inert(&p, 300))
            .collect(),
        _ => Vec::new(),
    };
    match paths.len() {
        0 => "~".into(),
        n if n > SHOWN => format!("{} and {} more", paths[..SHOWN].join(", "), n - SHOWN),
        _ => paths.join(", "),
    }
}
