//! A panel account as the drift check sees it: only what it compares. A field the panel does
//! not report (or reports unreadably) is `None` and is not compared.

use crate::modules::shared::answer::UnreadableField;
use crate::modules::shared::skipped::{record_label, Skipped};

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

impl Listing {
    /// A server's accounts as the panel listed them. One without a name cannot be matched to
    /// any service, so it is skipped, named by its position and `name_field` (the panel's
    /// field that was empty); the others are checked.
    pub fn of(accounts: impl IntoIterator<Item = PanelAccount>, name_field: &str) -> Listing {
        let mut listing = Listing::default();
        for (i, a) in accounts.into_iter().enumerate() {
            if a.username.is_empty() {
                listing
                    .skipped
                    .add(&record_label(None, i), &UnreadableField::new(name_field));
            } else {
                listing.accounts.push(a);
            }
        }
        listing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nameless_accounts_are_skipped_by_position() {
        let named = |n: &str| PanelAccount {
            username: n.into(),
            ..PanelAccount::default()
        };
        let l = Listing::of([named("ada"), named(""), named("bob")], "user");
        let names: Vec<&str> = l.accounts.iter().map(|a| a.username.as_str()).collect();
        assert_eq!(names, ["ada", "bob"]);
        assert_eq!(l.skipped.all(), "record #2 (no readable `user`)");
    }
}
