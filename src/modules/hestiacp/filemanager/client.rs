//! The HestiaCP fs commands for one account, with file contents kept out of the module log
//! and every path walked folder by folder so no link on the way is followed.

use std::cell::RefCell;
use std::collections::HashMap;

use std::time::{Duration, Instant};

use crate::http::response::Response;
use crate::http::{CallLog, Method, Request, Transport};
use crate::whmcs::service_guard::{self, GuardError, ServiceGuard};
use crate::whmcs::Call;

use super::super::api::{check_arg_count, connection, interpret};
use super::super::credentials::Credentials;
use super::super::error::HestiaError;
use super::access::Account;
use super::error::FmError;
use super::listing::{Entry, Kind};
use super::path::HomePath;

/// What the next logged exchange must not show.
enum Hide {
    Nothing,
    /// This request field value (the file content sent to v-make-tmp-file).
    RequestValue(String),
    /// The answer's body (a file read by v-open-fs-file).
    ResponseBody,
}

/// Logs through WHMCS's module log with file contents replaced by their size.
pub struct ContentFilter<'a> {
    call: &'a Call<'a>,
    hide: RefCell<Hide>,
}

impl<'a> ContentFilter<'a> {
    pub fn new(call: &'a Call<'a>) -> Self {
        ContentFilter {
            call,
            hide: RefCell::new(Hide::Nothing),
        }
    }
}

impl CallLog for ContentFilter<'_> {
    fn log_exchange(&self, action: &str, request: &str, response: &str, secrets: &[String]) {
        let (request, response) = match &*self.hide.borrow() {
            Hide::Nothing => (request.to_string(), response.to_string()),
            Hide::RequestValue(v) => (
                request.replace(
                    &format!("arg1={v}\n"),
                    &format!("arg1=[{} bytes of file content, not logged]\n", v.len()),
                ),
                response.to_string(),
            ),
            Hide::ResponseBody => {
                let head = response.split("\n\n").next().unwrap_or("");
                let body_len = response.len().saturating_sub(head.len() + 2);
                (
                    request.to_string(),
                    format!("{head}\n\n[{body_len} bytes of file content, not logged]"),
                )
            }
        };
        self.call.log_exchange(action, &request, &response, secrets);
    }
}

pub struct FsClient<'a> {
    call: &'a Call<'a>,
    service_id: i64,
    transport: Transport<'a>,
    credentials: Credentials,
    filter: &'a ContentFilter<'a>,
    pub user: String,
    listings: RefCell<HashMap<HomePath, Vec<Entry>>>,
}

impl<'a> FsClient<'a> {
    pub fn new(
        call: &'a Call<'a>,
        filter: &'a ContentFilter<'a>,
        account: &Account,
    ) -> Result<Self, FmError> {
        let (endpoint, credentials, secrets) = connection(call).map_err(FmError::Panel)?;
        let user = account.username.as_str();
        Ok(FsClient {
            call,
            service_id: account.service_id,
            transport: Transport::new(endpoint, filter, secrets),
            credentials,
            filter,
            user: user.to_string(),
            listings: RefCell::new(HashMap::new()),
        })
    }

    fn legacy(&self) -> bool {
        matches!(self.credentials, Credentials::Legacy { .. })
    }

    fn request(&self, cmd: &str, args: &[&str]) -> Result<Request, HestiaError> {
        check_arg_count(cmd, args.len())?;
        let mut fields = self.credentials.fields();
        fields.push(("cmd".into(), cmd.to_string()));
        for (i, a) in args.iter().enumerate() {
            fields.push((format!("arg{}", i + 1), a.to_string()));
        }
        Ok(Request::new(Method::Post, "/api/").form(fields))
    }

    fn send(&self, cmd: &str, args: &[&str], hide: Hide) -> Result<String, HestiaError> {
        *self.filter.hide.borrow_mut() = hide;
        let sent = self.transport.send(cmd, &self.request(cmd, args)?);
        *self.filter.hide.borrow_mut() = Hide::Nothing;
        interpret(cmd, &sent?, self.legacy())
    }

    /// Runs an fs command for this user: `cmd USER args…`. Changes forget cached listings.
    pub fn run(&self, cmd: &str, args: &[&str]) -> Result<String, HestiaError> {
        let mut all = vec![self.user.as_str()];
        all.extend_from_slice(args);
        if !cmd.starts_with("v-list-") && !cmd.starts_with("v-open-") {
            self.listings.borrow_mut().clear();
        }
        self.send(cmd, &all, Hide::Nothing)
    }

    /// `v-search-fs-object USER PATTERN DIR`, read as it arrives until `max` entries (and
    /// whether more followed). The script ends with `find`'s own status, which is 1 whenever
    /// `find` met a folder the user may not read (HestiaCP puts root-owned ones in every home):
    /// that answer still holds every match, so it counts as found, not failed.
    pub fn search(
        &self,
        pattern: &str,
        dir: &str,
        max: usize,
    ) -> Result<(Vec<Entry>, bool), HestiaError> {
        let cmd = "v-search-fs-object";
        let req = self.request(cmd, &[&self.user, pattern, dir])?;
        let legacy = self.legacy();
        self.transport
            .send_streamed(cmd, &req, |status, headers, body| {
                let (text, more) =
                    Entry::read_bounded(body, max).map_err(|e| HestiaError::BadAnswer {
                        cmd: cmd.to_string(),
                        detail: format!("cannot read the answer ({e})"),
                    })?;
                let resp = Response {
                    status,
                    headers: headers.to_vec(),
                    body: text,
                };
                let partial = resp.header("hestia-exit-code").map(str::trim) == Some("1")
                    && !resp.body.trim_start().starts_with("Error:");
                let out = if partial {
                    resp.body
                } else {
                    interpret(cmd, &resp, legacy)?
                };
                Ok((Entry::parse_all(&out), more))
            })
    }

    /// This user's `/tmp` file name for writing `dest` (see `tmp_file`).
    pub fn tmp_name(&self, dest: &HomePath) -> String {
        let subject = format!("{}\n{}", self.user, self.abs(dest));
        super::super::tmp_file::name(&self.credentials, "fm", &subject)
    }

    /// The service's turn to write through `/tmp`: its lock (`service_guard`), so two saves of
    /// one file (one `/tmp` name) never cross. Waits a few seconds for another save to end.
    pub fn tmp_turn(&self) -> Result<ServiceGuard<'a>, FmError> {
        const WAIT: Duration = Duration::from_secs(8);
        let lease = service_guard::lease_secs(&self.call.params.server());
        let start = Instant::now();
        loop {
            match ServiceGuard::acquire(self.call.host, self.service_id, TMP_WRITE, lease) {
                Ok(guard) => return Ok(guard),
                Err(GuardError::Held(_)) if start.elapsed() < WAIT => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(e @ GuardError::Held(_)) => return Err(FmError::input(e.to_string())),
                Err(GuardError::Host(e)) => return Err(FmError::Panel(e.into())),
            }
        }
    }

    /// Empties `/tmp/NAME` (the API cannot delete it, see `tmp_file`), trying again when a try
    /// fails, so the content does not stay behind a failed or timed-out request.
    pub fn empty_tmp_file(&self, name: &str) -> Result<(), HestiaError> {
        let mut last = Ok(());
        for attempt in 0..3 {
            if attempt > 0 {
                std::thread::sleep(Duration::from_millis(200));
            }
            last = self.make_tmp_file("", name);
            if last.is_ok() {
                return last;
            }
        }
        last
    }

    /// `v-make-tmp-file CONTENT NAME`, the content kept out of the log.
    pub fn make_tmp_file(&self, content: &str, name: &str) -> Result<(), HestiaError> {
        self.send(
            "v-make-tmp-file",
            &[content, name],
            Hide::RequestValue(content.to_string()),
        )
        .map(|_| ())
    }

    /// `v-open-fs-file USER FILE`, the answer kept out of the log.
    pub fn open(&self, abs: &str) -> Result<String, HestiaError> {
        let mut out = self.send(
            "v-open-fs-file",
            &[self.user.as_str(), abs],
            Hide::ResponseBody,
        )?;
        if self.legacy() && out.ends_with('\n') {
            out.pop(); // the legacy API adds one line break
        }
        Ok(out)
    }

    pub fn abs(&self, p: &HomePath) -> String {
        p.absolute(&self.user)
    }

    /// The entries of a folder (not the folder's own line), cached for this call. The folder's
    /// own line must be there once and unambiguous (see [`super::listing`]).
    pub fn list(&self, dir: &HomePath) -> Result<Vec<Entry>, FmError> {
        if let Some(v) = self.listings.borrow().get(dir) {
            return Ok(v.clone());
        }
        let abs = self.abs(dir);
        let out = self
            .run("v-list-fs-directory", &[&abs])
            .map_err(|e| FmError::from_panel(e, format!("list {}", show(dir))))?;
        let (me, entries): (Vec<Entry>, Vec<Entry>) = Entry::parse_all(&out)
            .into_iter()
            .partition(|e| e.name.is_empty());
        match me.as_slice() {
            [] => {
                return Err(FmError::input(format!("{} does not exist", show(dir))));
            }
            [me] if !me.ambiguous => {
                if me.kind == Kind::Link {
                    return Err(link_refused(dir));
                }
                if me.kind != Kind::Dir {
                    return Err(FmError::input(format!("{} is not a folder", show(dir))));
                }
            }
            _ => return Err(ambiguous(dir)),
        }
        self.listings
            .borrow_mut()
            .insert(dir.clone(), entries.clone());
        Ok(entries)
    }

    /// Looks `path` up folder by folder from the home: every folder on the way must be a real
    /// folder, not a link (Hestia's own check would let a link to `/tmp` or `/home/<user>2`
    /// pass). `None` when the last name does not exist.
    pub fn walk(&self, path: &HomePath) -> Result<Option<Entry>, FmError> {
        if path.is_home() {
            return Ok(Some(Entry {
                name: String::new(),
                kind: Kind::Dir,
                mode: String::new(),
                modified: String::new(),
                size: 0,
                ambiguous: false,
            }));
        }
        let parts = path.parts();
        for i in 0..parts.len() {
            let dir = path.prefix(i);
            let mut named = self.list(&dir)?.into_iter().filter(|e| e.name == parts[i]);
            let found = named.next();
            if found.as_ref().is_some_and(|e| e.ambiguous) || named.next().is_some() {
                return Err(ambiguous(&path.prefix(i + 1)));
            }
            let last = i + 1 == parts.len();
            match found {
                None if last => return Ok(None),
                None => {
                    return Err(FmError::input(format!(
                        "{} does not exist",
                        show(&path.prefix(i + 1))
                    )))
                }
                Some(e) if last => return Ok(Some(e)),
                Some(e) if e.kind == Kind::Link => return Err(link_refused(&path.prefix(i + 1))),
                Some(e) if e.kind != Kind::Dir => {
                    return Err(FmError::input(format!(
                        "{} is not a folder",
                        show(&path.prefix(i + 1))
                    )))
                }
                Some(_) => {}
            }
        }
        Ok(None)
    }

    /// An existing entry of `path`, refusing links (only delete acts on a link itself).
    pub fn existing(&self, path: &HomePath, field: &str) -> Result<Entry, FmError> {
        let e = self
            .walk(path)?
            .ok_or_else(|| FmError::input(format!("{field}: {} does not exist", show(path))))?;
        if e.kind == Kind::Link {
            return Err(link_refused(path));
        }
        Ok(e)
    }

    /// An existing folder (the home included).
    pub fn folder(&self, path: &HomePath, field: &str) -> Result<(), FmError> {
        match self.existing(path, field)?.kind {
            Kind::Dir => Ok(()),
            _ => Err(FmError::input(format!(
                "{field}: {} is not a folder",
                show(path)
            ))),
        }
    }

    /// Refuses when `path` exists already (nothing is overwritten by accident).
    pub fn absent(&self, path: &HomePath) -> Result<(), FmError> {
        match self.walk(path)? {
            Some(_) => Err(FmError::input(format!("{} exists already", show(path)))),
            None => Ok(()),
        }
    }
}

/// The lock's operation name while a file goes through `/tmp`.
pub const TMP_WRITE: &str = "FileManager save";

/// How a path is named to the client.
pub fn show(p: &HomePath) -> String {
    if p.is_home() {
        "your home folder".into()
    } else {
        format!("`{}`", p.display())
    }
}

/// Never acted on: what the listing shows of `p` may be another entry's forged line.
fn ambiguous(p: &HomePath) -> FmError {
    FmError::denied(format!(
        "{} cannot be told apart from another entry in the panel's listing (a name in its folder contains a line break, or two names differ only in spaces at the end); rename that entry by SFTP/FTP first",
        show(p)
    ))
}

fn link_refused(p: &HomePath) -> FmError {
    FmError::denied(format!(
        "{} is a symbolic link; the file manager does not follow links",
        show(p)
    ))
}
