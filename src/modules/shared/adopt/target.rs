//! What a module declares to adopt products of the modules hosts use today: the old module's
//! settings layout and, for each of our settings, where its value comes from and why.

use crate::modules::shared::drift::Adapter;
use crate::whmcs::{ConfigOptions, Params};

use super::old::Old;

/// One of our settings as adoption fills it.
pub struct Rule {
    /// Our setting's name (its position comes from the module's definitions).
    pub setting: &'static str,
    /// The old settings (1-based positions) the value is made from; empty: none.
    pub from: &'static [usize],
    pub value: fn(&Old) -> String,
    /// Why, in one sentence for the report and the README table.
    pub why: &'static str,
    /// A behaviour that differs from the old module or is worth a decision: the old module's
    /// behaviour, stated for the admin (who may change the setting after adoption).
    pub choice: Option<&'static str>,
}

pub struct Target {
    /// Our module, e.g. `oxide_cpanel`.
    pub module: &'static str,
    /// The modules whose products it adopts (all with `old_labels`' layout).
    pub sources: &'static [&'static str],
    /// The old module's settings, in `configoptionN` order.
    pub old_labels: &'static [&'static str],
    /// Our settings that are not simply our default; every other one gets its default.
    pub rules: &'static [Rule],
    /// Why a setting without a rule gets our default.
    pub default_why: &'static str,
    /// Old settings no rule reads, and why nothing carries them over.
    pub dropped: &'static [(usize, &'static str)],
    pub definitions: fn() -> ConfigOptions,
    pub adapter: &'static Adapter,
    /// Why stored settings cannot have been saved by our module (see each module's adopt.rs).
    pub foreign: fn(&Old) -> Option<String>,
    /// What stops adoption until the admin fixes the old product.
    pub blockers: fn(&Old) -> Vec<String>,
    /// Which of our settings applies a configurable option of this name, under the adopted
    /// settings; `None`: the module does not apply it.
    pub option_use: fn(&str, &Params) -> Option<String>,
}

impl Target {
    pub fn rule(&self, setting: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.setting == setting)
    }

    pub fn old_label(&self, position: usize) -> &'static str {
        self.old_labels
            .get(position.wrapping_sub(1))
            .copied()
            .unwrap_or("")
    }

    /// `cpanel`, or `hestia / vesta`.
    pub fn source_names(&self) -> String {
        self.sources.join(" / ")
    }
}

/// A yes/no setting's stored value, as WHMCS's settings form writes it.
pub fn yes_no(on: bool) -> String {
    if on { "on" } else { "" }.to_string()
}
