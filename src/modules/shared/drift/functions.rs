//! The drift functions every module exports, written once: `drift_functions!(ADAPTER)` in a
//! module's `drift.rs` defines the handlers its function table names.

/// Defines `FUNCTIONS` (the exported drift functions) and their handlers for a module, plus
/// `admin_tab` and `admin_buttons`, given its adapter and its own tab and button functions
/// (which the drift versions extend).
#[macro_export]
macro_rules! drift_functions {
    ($adapter:expr, $tab:path, $buttons:path) => {
        use $crate::modules::shared::drift as d;
        use $crate::whmcs::module_spec::{function, service_button, FunctionSpec};
        use $crate::whmcs::{Call, Failure, Reply, Shape};

        /// The drift functions this module exports (its `ModuleSpec::shared`).
        pub static FUNCTIONS: [FunctionSpec; 6] = [
            function(
                "DriftCheck",
                Shape::SuccessError,
                drift_check,
                "Drift check of every server (the DailyCronJob hook calls it); stores the result.",
            ),
            function(
                "DriftWidget",
                Shape::SuccessError,
                drift_widget,
                "The drift dashboard widget's values, from the last check (no panel request); templates/drift_widget.tpl renders them.",
            ),
            service_button(
                "DriftApplyStatus",
                apply_status,
                "Admin button: WHMCS's status onto the panel (suspend/unsuspend; never deletes).",
            ),
            service_button(
                "DriftReapplyPackage",
                reapply_package,
                "Admin button: the product's package onto the account again.",
            ),
            service_button(
                "DriftRelink",
                relink,
                "Admin button: point the service at its renamed panel account.",
            ),
            function(
                "DriftCheckServer",
                Shape::Status,
                check_server,
                "Admin button: drift check of this service's server now.",
            ),
        ];

        pub fn drift_check(call: &Call<'_>) -> Result<Reply, Failure> {
            d::check::function(call, &$adapter)
        }
        pub fn drift_widget(call: &Call<'_>) -> Result<Reply, Failure> {
            d::widget::function(call)
        }
        pub fn admin_tab(call: &Call<'_>) -> Result<Reply, Failure> {
            d::tab::extend(call, $tab(call))
        }
        pub fn admin_buttons(call: &Call<'_>) -> Result<Reply, Failure> {
            d::buttons::extend(call, $buttons(call), &$adapter)
        }
        pub fn apply_status(call: &Call<'_>) -> Result<Reply, Failure> {
            d::buttons::apply_status(call, &$adapter)
        }
        pub fn relink(call: &Call<'_>) -> Result<Reply, Failure> {
            d::buttons::relink(call, &$adapter)
        }
        pub fn reapply_package(call: &Call<'_>) -> Result<Reply, Failure> {
            d::buttons::reapply_package(call, &$adapter)
        }
        pub fn check_server(call: &Call<'_>) -> Result<Reply, Failure> {
            d::buttons::check_server(call, &$adapter)
        }
    };
}
