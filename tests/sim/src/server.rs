//! Listener, per-connection threads with keep-alive, fault application and the handle
//! tests hold on to.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crate::control;
use crate::fault::{Fault, FaultKind, FaultSet};
use crate::http::{self, BufConn, ReadError, Request, Response};
use crate::panel::Panel;
use crate::record::{now_ms, RecordedRequest, RequestLog};
use crate::tls;

/// How long an idle keep-alive connection is kept.
const IDLE: Duration = Duration::from_secs(30);
/// Socket read timeout granularity: how fast threads notice a stopping server.
const POLL: Duration = Duration::from_millis(100);

#[derive(Clone, Debug)]
pub struct StartOptions {
    /// HTTPS with a fresh self-signed certificate (default) or plain HTTP.
    pub tls: bool,
    /// 0 = ephemeral.
    pub port: u16,
    /// None = no control server; Some(0) = ephemeral port.
    pub control_port: Option<u16>,
    /// Added before every panel answer.
    pub latency_ms: u64,
}

impl Default for StartOptions {
    fn default() -> Self {
        StartOptions {
            tls: true,
            port: 0,
            control_port: None,
            latency_ms: 0,
        }
    }
}

/// State shared by the listener threads, the connections and the handle.
pub(crate) struct Shared {
    pub panel: Arc<dyn Panel>,
    pub faults: FaultSet,
    pub log: RequestLog,
    pub stop: AtomicBool,
    pub shutdown_requested: AtomicBool,
    pub connections: AtomicU64,
    pub latency_ms: u64,
    /// Record answer bodies in the request log (off: listings of big servers are large).
    pub keep_answers: AtomicBool,
}

/// A running simulator. Dropping it stops the server.
pub struct SimHandle {
    pub addr: SocketAddr,
    control_addr: Option<SocketAddr>,
    tls: bool,
    cert_der: Vec<u8>,
    cert_pem: String,
    shared: Arc<Shared>,
    threads: Vec<JoinHandle<()>>,
}

/// Start a simulator for `panel` on 127.0.0.1.
pub fn start(panel: Arc<dyn Panel>, opts: StartOptions) -> io::Result<SimHandle> {
    let identity = if opts.tls {
        Some(tls::self_signed()?)
    } else {
        None
    };
    let shared = Arc::new(Shared {
        panel,
        faults: FaultSet::default(),
        log: RequestLog::default(),
        stop: AtomicBool::new(false),
        shutdown_requested: AtomicBool::new(false),
        connections: AtomicU64::new(0),
        latency_ms: opts.latency_ms,
        keep_answers: AtomicBool::new(false),
    });
    let listener = TcpListener::bind(("127.0.0.1", opts.port))?;
    let addr = listener.local_addr()?;
    let mut threads = Vec::new();
    let tls_config = identity.as_ref().map(|i| i.config.clone());
    threads.push(spawn_accept(listener, shared.clone(), tls_config, false)?);
    let mut control_addr = None;
    if let Some(cp) = opts.control_port {
        let l = TcpListener::bind(("127.0.0.1", cp))?;
        control_addr = Some(l.local_addr()?);
        threads.push(spawn_accept(l, shared.clone(), None, true)?);
    }
    let (cert_der, cert_pem) = identity
        .map(|i| (i.cert_der, i.cert_pem))
        .unwrap_or_default();
    Ok(SimHandle {
        addr,
        control_addr,
        tls: opts.tls,
        cert_der,
        cert_pem,
        shared,
        threads,
    })
}

impl SimHandle {
    /// "https://127.0.0.1:PORT" (or http:// when started plain).
    pub fn base_url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://127.0.0.1:{}", self.addr.port())
    }
    pub fn port(&self) -> u16 {
        self.addr.port()
    }
    pub fn is_tls(&self) -> bool {
        self.tls
    }
    /// SHA-256 of the leaf certificate DER, `AB:CD:…`; empty for plain HTTP.
    pub fn cert_sha256(&self) -> String {
        if self.tls {
            tls::fingerprint(&self.cert_der)
        } else {
            String::new()
        }
    }
    pub fn cert_pem(&self) -> String {
        self.cert_pem.clone()
    }
    pub fn cert_der(&self) -> Vec<u8> {
        self.cert_der.clone()
    }
    pub fn control_url(&self) -> Option<String> {
        self.control_addr
            .map(|a| format!("http://127.0.0.1:{}", a.port()))
    }
    /// From now on, keep each answer's body in [`RecordedRequest::answer`].
    pub fn keep_answers(&self, on: bool) {
        self.shared.keep_answers.store(on, Ordering::Relaxed);
    }
    pub fn add_fault(&self, f: Fault) {
        self.shared.faults.add(f);
    }
    pub fn clear_faults(&self) {
        self.shared.faults.clear();
    }
    pub fn faults(&self) -> Vec<Fault> {
        self.shared.faults.list()
    }
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.log.all()
    }
    pub fn clear_requests(&self) {
        self.shared.log.clear();
    }
    /// TCP connections accepted on the panel port (= TLS handshakes when TLS is on).
    pub fn connections_accepted(&self) -> u64 {
        self.shared.connections.load(Ordering::SeqCst)
    }
    pub fn panel(&self) -> &Arc<dyn Panel> {
        &self.shared.panel
    }
    /// True once `POST /shutdown` was received on the control port.
    pub fn shutdown_requested(&self) -> bool {
        self.shared.shutdown_requested.load(Ordering::SeqCst)
    }
    /// Stop listening and let every connection thread exit.
    pub fn shutdown(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn spawn_accept(
    listener: TcpListener,
    shared: Arc<Shared>,
    tls: Option<Arc<rustls::ServerConfig>>,
    is_control: bool,
) -> io::Result<JoinHandle<()>> {
    // Non-blocking accept with a short sleep so that shutdown never hangs.
    listener.set_nonblocking(true)?;
    thread::Builder::new()
        .name(
            if is_control {
                "sim-control"
            } else {
                "sim-accept"
            }
            .into(),
        )
        .spawn(move || {
            while !shared.stop.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, peer)) => {
                        if !is_control {
                            shared.connections.fetch_add(1, Ordering::SeqCst);
                        }
                        let shared = shared.clone();
                        let tls = tls.clone();
                        let _ = thread::Builder::new()
                            .name("sim-conn".into())
                            .spawn(move || {
                                let _ = serve_connection(stream, peer, shared, tls, is_control);
                            });
                    }
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                        thread::sleep(Duration::from_millis(5));
                    }
                    Err(_) => thread::sleep(Duration::from_millis(20)),
                }
            }
        })
}

/// Plain or TLS stream, with access to the TCP socket underneath.
enum Conn {
    Plain(TcpStream),
    Tls(Box<rustls::StreamOwned<rustls::ServerConnection, TcpStream>>),
}

impl Conn {
    fn tcp(&self) -> &TcpStream {
        match self {
            Conn::Plain(s) => s,
            Conn::Tls(s) => &s.sock,
        }
    }
    /// Orderly close: TLS close_notify, then FIN.
    fn close_clean(&mut self) {
        if let Conn::Tls(s) = self {
            s.conn.send_close_notify();
            let _ = s.flush();
        }
        let _ = self.tcp().shutdown(Shutdown::Write);
    }
    /// Abortive close: RST via SO_LINGER 0, no close_notify.
    fn close_reset(&mut self) {
        set_linger_zero(self.tcp());
        let _ = self.tcp().shutdown(Shutdown::Both);
    }
}

impl Read for Conn {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Conn::Plain(s) => s.read(buf),
            Conn::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Conn {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Conn::Plain(s) => s.write(buf),
            Conn::Tls(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Conn::Plain(s) => s.flush(),
            Conn::Tls(s) => s.flush(),
        }
    }
}

#[cfg(unix)]
fn set_linger_zero(s: &TcpStream) {
    use std::os::unix::io::AsRawFd;
    let l = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    // SAFETY: valid fd owned by `s`, pointer/len describe a live `linger` struct.
    unsafe {
        libc::setsockopt(
            s.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            &l as *const libc::linger as *const libc::c_void,
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        );
    }
}

#[cfg(not(unix))]
fn set_linger_zero(_s: &TcpStream) {}

/// What to do with a request after faults were considered.
enum Outcome {
    /// Send this response (keep-alive allowed).
    Send(Response),
    /// Send head + part of the body, then close (reset or clean).
    Partial(Response, bool),
    /// Send nothing; wait `ms` (0 = none) and close.
    Silent(u64),
    /// A body without end (see [`FaultKind::Endless`]).
    Endless { every_ms: u64, max_secs: u64 },
}

fn serve_connection(
    stream: TcpStream,
    peer: SocketAddr,
    shared: Arc<Shared>,
    tls: Option<Arc<rustls::ServerConfig>>,
    is_control: bool,
) -> io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(POLL))?;
    stream.set_nodelay(true)?;
    let conn = match tls {
        Some(cfg) => {
            let sc = rustls::ServerConnection::new(cfg).map_err(io::Error::other)?;
            Conn::Tls(Box::new(rustls::StreamOwned::new(sc, stream)))
        }
        None => Conn::Plain(stream),
    };
    let mut bc = BufConn::new(conn, IDLE);
    loop {
        let req = match bc.read_request(peer, &shared.stop) {
            Ok(r) => r,
            Err(ReadError::Closed) => break,
            Err(ReadError::Reject(status, why)) => {
                let resp = Response::text(status, format!("{why}\n"));
                let _ = write_response(&mut bc.stream, &resp, false);
                bc.stream.close_clean();
                // Lingering close: drain what the client is still sending, otherwise the
                // kernel answers it with a RST that can destroy our response.
                drain(&mut bc.stream, &shared);
                return Ok(());
            }
        };
        let keep = http::keep_alive(&req);
        let outcome = if is_control {
            Outcome::Send(control::handle(&shared, &req))
        } else {
            dispatch(&shared, &req)
        };
        match outcome {
            Outcome::Send(resp) => {
                if write_response(&mut bc.stream, &resp, keep).is_err() || !keep {
                    bc.stream.close_clean();
                    return Ok(());
                }
            }
            Outcome::Partial(resp, reset) => {
                let mut bytes = resp.head_bytes(true);
                bytes.extend_from_slice(&resp.body[..resp.body.len() / 2]);
                let _ = bc.stream.write_all(&bytes).and_then(|_| bc.stream.flush());
                // Give the peer a moment to receive the bytes before the RST discards them.
                thread::sleep(Duration::from_millis(50));
                if reset {
                    bc.stream.close_reset();
                } else {
                    bc.stream.close_clean();
                }
                return Ok(());
            }
            Outcome::Endless { every_ms, max_secs } => {
                send_endless(&mut bc.stream, &shared, every_ms, max_secs);
                bc.stream.close_reset();
                return Ok(());
            }
            Outcome::Silent(ms) => {
                sleep_unless_stopped(&shared, ms);
                // Plain FIN without a TLS alert: the peer just sees the connection end.
                let _ = bc.stream.tcp().shutdown(Shutdown::Both);
                return Ok(());
            }
        }
        if shared.stop.load(Ordering::SeqCst) {
            break;
        }
    }
    bc.stream.close_clean();
    Ok(())
}

fn drain(c: &mut Conn, shared: &Shared) {
    let until = Instant::now() + Duration::from_secs(2);
    let mut buf = [0u8; 16 * 1024];
    let tcp = c.tcp();
    let mut tcp = tcp;
    while Instant::now() < until && !shared.stop.load(Ordering::SeqCst) {
        match tcp.read(&mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(_) => break,
        }
    }
}

fn write_response(w: &mut Conn, resp: &Response, keep: bool) -> io::Result<()> {
    let mut bytes = resp.head_bytes(keep);
    if resp.body.len() <= 64 * 1024 {
        // One write for small answers (one TLS record / TCP segment).
        bytes.extend_from_slice(&resp.body);
        w.write_all(&bytes)?;
    } else {
        w.write_all(&bytes)?;
        w.write_all(&resp.body)?;
    }
    w.flush()
}

/// A JSON answer that never ends: no length, `{"data":"` and then `x` until the client goes,
/// the server stops or `max_secs` passed.
fn send_endless(w: &mut Conn, shared: &Shared, every_ms: u64, max_secs: u64) {
    let head = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"data\":\"";
    if w.write_all(head.as_bytes()).is_err() {
        return;
    }
    let piece = vec![b'x'; 64 * 1024];
    let until = Instant::now() + Duration::from_secs(max_secs);
    while Instant::now() < until && !shared.stop.load(Ordering::SeqCst) {
        if w.write_all(&piece).and_then(|_| w.flush()).is_err() {
            return;
        }
        if every_ms > 0 {
            sleep_unless_stopped(shared, every_ms);
        }
    }
}

fn sleep_unless_stopped(shared: &Shared, ms: u64) {
    let until = Instant::now() + Duration::from_millis(ms);
    while Instant::now() < until && !shared.stop.load(Ordering::SeqCst) {
        let left = until.saturating_duration_since(Instant::now());
        thread::sleep(left.min(Duration::from_millis(50)));
    }
}

/// Apply faults and the panel handler to one request, and record it.
fn dispatch(shared: &Shared, req: &Request) -> Outcome {
    let panel = &shared.panel;
    let at_ms = now_ms();
    let route = panel.route(req);
    if shared.latency_ms > 0 {
        sleep_unless_stopped(shared, shared.latency_ms);
    }
    let outcome = match shared.faults.take(&route) {
        None => Outcome::Send(run_handler(panel.as_ref(), req)),
        Some(kind) => match kind {
            FaultKind::Latency { ms } => {
                sleep_unless_stopped(shared, ms);
                Outcome::Send(run_handler(panel.as_ref(), req))
            }
            FaultKind::Status { status, body } => Outcome::Send(Response::text(status, body)),
            FaultKind::Html { status } => Outcome::Send(Response::nginx_error(status)),
            FaultKind::Refuse => Outcome::Silent(0),
            FaultKind::ResetMidBody => Outcome::Partial(run_handler(panel.as_ref(), req), true),
            FaultKind::Truncate => Outcome::Partial(run_handler(panel.as_ref(), req), false),
            FaultKind::Malformed => Outcome::Send(
                Response::empty(200)
                    .with_header("Content-Type", "application/json")
                    .with_body(b"{\"broken\": ".to_vec()),
            ),
            FaultKind::Timeout { ms } => Outcome::Silent(ms),
            FaultKind::TimeoutAfter { ms } => {
                let _ = run_handler(panel.as_ref(), req);
                Outcome::Silent(ms)
            }
            FaultKind::ContentType => {
                let mut r = run_handler(panel.as_ref(), req);
                r.set_header("Content-Type", "text/html");
                Outcome::Send(r)
            }
            FaultKind::Auth => Outcome::Send(panel.auth_failure()),
            FaultKind::Reshape { path, change } => {
                let mut r = run_handler(panel.as_ref(), req);
                r.body = crate::reshape::apply(&r.body, &path, change);
                Outcome::Send(r)
            }
            FaultKind::Json { status, body } => Outcome::Send(Response::json(status, &body)),
            FaultKind::Redirect { status, location } => Outcome::Send(
                Response::html(
                    status,
                    format!("<html><body><a href=\"{location}\">moved</a></body></html>"),
                )
                .with_header("Location", location),
            ),
            FaultKind::Oversized { bytes } => {
                let mut r = run_handler(panel.as_ref(), req);
                r.body = crate::hostile::pad(std::mem::take(&mut r.body), bytes);
                Outcome::Send(r)
            }
            FaultKind::Endless { every_ms, max_secs } => Outcome::Endless { every_ms, max_secs },
            FaultKind::Names { keys, text } => {
                let mut r = run_handler(panel.as_ref(), req);
                r.body = crate::hostile::names(&r.body, &keys, &text);
                Outcome::Send(r)
            }
            FaultKind::Set { path, value } => {
                let mut r = run_handler(panel.as_ref(), req);
                r.body = crate::hostile::set(&r.body, &path, &value);
                Outcome::Send(r)
            }
            FaultKind::Duplicate { path, index, with } => {
                let mut r = run_handler(panel.as_ref(), req);
                r.body = crate::hostile::duplicate(&r.body, &path, index, &with);
                Outcome::Send(r)
            }
            FaultKind::NumbersAsStrings => {
                let mut r = run_handler(panel.as_ref(), req);
                r.body = crate::hostile::numbers_as_strings(&r.body);
                Outcome::Send(r)
            }
        },
    };
    let (status, answer) = match &outcome {
        Outcome::Send(r) | Outcome::Partial(r, _) => (
            r.status,
            if shared.keep_answers.load(Ordering::Relaxed) {
                r.body_str()
            } else {
                String::new()
            },
        ),
        Outcome::Silent(_) => (0, String::new()),
        Outcome::Endless { .. } => (200, String::new()),
    };
    shared.log.push(RecordedRequest {
        route,
        method: req.method.clone(),
        path: req.path.clone(),
        auth_kind: panel.auth_kind(req),
        fields: panel.record_fields(req),
        status,
        at_ms,
        answer,
    });
    outcome
}

/// Run the panel, turning a panic into a 500 so one bad request cannot kill the server.
fn run_handler(panel: &dyn Panel, req: &Request) -> Response {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| panel.handle(req))) {
        Ok(r) => r,
        Err(_) => Response::text(500, "simulator handler panicked\n"),
    }
}
