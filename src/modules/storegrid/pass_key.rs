//! Retrieve Customer Pass Key: fetched from the backup server and stored in the client's
//! custom field (default "Pass Key"), where the welcome e-mail's `{$client_custom_fields.N}`
//! finds it. The key is a secret: masked in the module log, never returned.

use crate::whmcs::Call;

use super::api::StoregridApi;
use super::client_field;
use super::error::StoregridError;

pub fn fetch_and_store(
    call: &Call<'_>,
    api: &mut StoregridApi<'_>,
    account: &str,
    client_id: i64,
    field: &str,
) -> Result<(), StoregridError> {
    if client_id <= 0 {
        return Err(StoregridError::Input(
            "no client id in the parameters: cannot store the pass key".into(),
        ));
    }
    let key = api.pass_key(account)?;
    call.add_secret(&key);
    api.add_secret(&key);
    client_field::set(call.host, field, client_id, &key)?;
    call.log(
        "PassKey",
        "",
        &format!("pass key of {account} stored in client #{client_id}'s custom field “{field}”"),
    );
    Ok(())
}
