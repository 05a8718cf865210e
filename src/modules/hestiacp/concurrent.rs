//! Two independent reads at once. A HestiaCP request costs the panel 150–180 ms for a read
//! (`make bench`, real panel), so a page that needs two answers waits for the slower one, not
//! their sum. Each read runs on its own client with a buffered log that is replayed, in order,
//! on the calling thread; the threads are joined before this returns (shared::fanout).

use crate::modules::shared::fanout::{self, BufferedLog};
use crate::whmcs::Call;

use super::api::{connection, HestiaApi};
use super::error::HestiaError;

enum Either<A, B> {
    First(A),
    Second(B),
}

/// `first` and `second` at once. Both results come back as they are, so the caller decides
/// whose failure to report (usually the first's, as when they ran one after the other).
#[allow(clippy::type_complexity)]
pub fn both<A, B, FA, FB>(
    call: &Call<'_>,
    first: FA,
    second: FB,
) -> Result<(Result<A, HestiaError>, Result<B, HestiaError>), HestiaError>
where
    A: Send,
    B: Send,
    FA: Fn(&HestiaApi<'_>) -> Result<A, HestiaError> + Sync,
    FB: Fn(&HestiaApi<'_>) -> Result<B, HestiaError> + Sync,
{
    let (endpoint, credentials, secrets) = connection(call)?;
    let runs = fanout::map(&[0u8, 1], |which| {
        let log = BufferedLog::default();
        let out = {
            let api =
                HestiaApi::with_log(endpoint.clone(), credentials.clone(), secrets.clone(), &log);
            if *which == 0 {
                first(&api).map(Either::First)
            } else {
                second(&api).map(Either::Second)
            }
        };
        (log, out)
    });
    let (mut a, mut b) = (None, None);
    for (i, run) in runs.into_iter().enumerate() {
        let (log, out) = run.map_err(HestiaError::Input)?;
        log.replay(call);
        match (i, out) {
            (_, Ok(Either::First(x))) => a = Some(Ok(x)),
            (_, Ok(Either::Second(y))) => b = Some(Ok(y)),
            (0, Err(e)) => a = Some(Err(e)),
            (_, Err(e)) => b = Some(Err(e)),
        }
    }
    let missing = || HestiaError::Input("a read did not run".into());
    Ok((
        a.unwrap_or_else(|| Err(missing())),
        b.unwrap_or_else(|| Err(missing())),
    ))
}
