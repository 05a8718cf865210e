//! `php --ri whmcs_oxide` / phpinfo(). Not panic-safe in ext-php-rs: only static text here.

use ext_php_rs::zend::ModuleEntry;
use ext_php_rs::{info_table_end, info_table_header, info_table_row, info_table_start};

use crate::build_info;
use crate::modules;

pub extern "C" fn php_info(_module: *mut ModuleEntry) {
    let modules: Vec<String> = modules::all()
        .iter()
        .map(|m| {
            format!(
                "{} ({}, {} functions)",
                m.name,
                m.display_name,
                m.all_functions().count()
            )
        })
        .collect();
    let api = ext_php_rs::ffi::ZEND_MODULE_API_NO.to_string();
    // What the binary must match on the host: PHP API and thread safety (PHP refuses a
    // mismatch at load), and the oldest glibc it runs on.
    let target = format!(
        "PHP API {api}, {}, {}, glibc {} or newer",
        if ext_php_rs::PHP_ZTS { "ZTS" } else { "NTS" },
        build_info::TARGET,
        build_info::GLIBC_BASELINE
    );
    info_table_start!();
    info_table_header!("whmcs_oxide", "enabled");
    info_table_row!("Version", build_info::VERSION);
    info_table_row!("Git revision", build_info::GIT_REVISION);
    info_table_row!("Built for PHP API", clean(&api));
    info_table_row!("Target", clean(&target));
    info_table_row!("Build date", build_info::BUILD_DATE);
    info_table_row!("TLS backend", crate::http::TLS_BACKEND);
    info_table_row!("Modules", clean(&modules.join(", ")));
    info_table_end!();
}

/// info_table_row aborts on a NUL byte; none of our strings has one, but make sure.
fn clean(s: &str) -> String {
    s.replace('\0', "")
}
