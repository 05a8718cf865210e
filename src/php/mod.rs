//! The PHP binding: the only code that touches ext-php-rs.

mod adopt;
mod convert;
mod handler;
mod host;
mod info;

use ext_php_rs::args::Arg;
use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::flags::DataType;
use ext_php_rs::prelude::*;

use crate::modules;

/// Registers every function of every module. Nothing else happens at load: no thread, no
/// client, no runtime (PHP-FPM forks after this).
#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    let mut module = module
        .name("whmcs_oxide")
        .version(crate::build_info::VERSION)
        .info_function(info::php_info);
    for spec in modules::all() {
        for f in spec.all_functions() {
            let builder = FunctionBuilder::new(spec.php_name(f), handler::handle)
                .not_required()
                .arg(Arg::new("params", DataType::Array).allow_null())
                .returns(DataType::Mixed, false, true);
            module = module.function(builder);
        }
    }
    for builder in adopt::functions() {
        module = module.function(builder);
    }
    module
}
