//! A panel account as the drift check sees it: only what it compares. A field the panel does
//! not report (or reports unreadably) is `None` and is not compared.

use crate::modules::shared::skipped::Skipped;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PanelAccount {
    pub username: String,
    /// The account's main domain; `None` for panels whose listing names none.
    pub domain: Option<String>,
    /// Package / plan / account type.
    pub plan: Option<String>,
    pub suspended: Option<bool>,
    /// Contact address, used only to recognise a renamed account.
    pub email: String,
    /// Owned by a reseller on the panel (cPanel): the reseller's customer, which WHMCS does
    /// not sell, so never an orphan.
    pub resold: bool,
}

/// One server's accounts and the records that could not be read at all (no name).
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub accounts: Vec<PanelAccount>,
    pub skipped: Skipped,
}
