//! Two independent HestiaCP reads at once, each on its own client (see
//! [`crate::modules::shared::both`]).

use crate::http::{CallLog, Endpoint};
use crate::modules::shared;
use crate::whmcs::Call;

use super::api::{connection, HestiaApi};
use super::credentials::Credentials;
use super::error::HestiaError;

/// What a client is built from: the endpoint, the credentials and the secrets to mask.
type Connection = (Endpoint, Credentials, Vec<String>);

/// `first` and `second` at once (see [`crate::modules::shared::both`]).
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
    fn api<'l>(conn: &Connection, log: &'l dyn CallLog) -> HestiaApi<'l> {
        HestiaApi::with_log(conn.0.clone(), conn.1.clone(), conn.2.clone(), log)
    }
    let conn = connection(call)?;
    shared::both::both(
        call,
        |log| first(&api(&conn, log)),
        |log| second(&api(&conn, log)),
    )
    .map_err(HestiaError::Input)
}
