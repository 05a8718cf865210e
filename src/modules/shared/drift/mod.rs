//! Drift: where WHMCS's `tblhosting` and a panel disagree about a service, found from one
//! listing request per server. Nothing here repairs anything by itself: the daily check and
//! the widget only report; an admin's click on a service's repair button acts.

pub mod account;
pub mod adapter;
pub mod buttons;
pub mod check;
pub mod compare;
pub mod finding;
pub mod functions;
pub mod servers;
pub mod store;
pub mod tab;
pub mod widget;

pub use account::{Listing, PanelAccount};
pub use adapter::Adapter;
pub use finding::{Finding, Kind};
