//! Adoption: taking over products (and their services) from the modules hosts use today —
//! WHMCS's `cpanel`, `hestia`/`vesta` — dry run first. WHMCS keeps a product's settings by
//! position when its Module changes, so another module's values would land in our settings;
//! each adopting module declares (its `adopt.rs`) how the old settings map to ours and which
//! stored values cannot be ours, and every one of its functions refuses such a product
//! (`guard`). Adoption reads WHMCS's tables and lists each panel once; `apply` writes the
//! settings, the server records and a snapshot that one call restores.

pub mod apply;
pub mod check;
pub mod error;
pub mod guard;
pub mod old;
pub mod plan;
pub mod report;
pub mod snapshot;
pub mod table;
pub mod target;
pub mod text;

pub use error::AdoptError;
pub use target::{Rule, Target};

use crate::whmcs::{Array, Host};

/// `whmcs_oxide_adopt()`: the report of a dry run, or of the applied adoption.
pub fn adopt(
    host: &dyn Host,
    product_id: i64,
    to_module: &str,
    apply: bool,
) -> Result<Array, AdoptError> {
    let targets = crate::modules::adoption_targets();
    let target = targets
        .iter()
        .find(|t| t.module.eq_ignore_ascii_case(to_module.trim()))
        .ok_or_else(|| {
            let known: Vec<String> = targets
                .iter()
                .map(|t| format!("{} (from {})", t.module, t.source_names()))
                .collect();
            AdoptError::Refused(text::unknown_target(to_module, &known.join(", ")))
        })?;
    if let Some(at) = snapshot::adopted_at(host, product_id) {
        return Err(AdoptError::Refused(text::already_adopted(product_id, &at)));
    }
    let plan = plan::read(host, target, product_id)?;
    let new = plan::params_of(product_id, &plan.settings);
    let checked = check::run(host, &plan, &new);
    if apply && !plan.blockers.is_empty() {
        let mut out = report::build(&plan, &checked, false);
        out.set("success", false);
        out.set("error", text::blocked(&plan.blockers));
        return Ok(out);
    }
    if apply {
        apply::apply(host, &plan)?;
        host.log_activity(&text::report_title(
            product_id,
            &plan.name,
            &plan.from,
            target.module,
            true,
        ));
    }
    Ok(report::build(&plan, &checked, apply))
}

/// `whmcs_oxide_adopt_restore()`: the product, its servers and services as before.
pub fn restore(host: &dyn Host, product_id: i64) -> Result<Array, AdoptError> {
    snapshot::restore(host, product_id)
}
