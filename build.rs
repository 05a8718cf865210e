//! Records what `php --ri whmcs_oxide` says about this build: git revision, build date and the
//! oldest glibc the binary runs on.

use std::process::Command;

/// One line of a command's output, if it ran and printed something.
fn output(program: &str, args: &[&str]) -> Option<String> {
    Command::new(program)
        .args(args)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn main() {
    let rev =
        output("git", &["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let dirty = output("git", &["status", "--porcelain", "--untracked-files=no"]).is_some();
    let rev = if dirty && rev != "unknown" {
        format!("{rev}-dirty")
    } else {
        rev
    };
    println!("cargo:rustc-env=OXIDE_GIT_REVISION={rev}");

    // Reproducible: SOURCE_DATE_EPOCH when the release build sets it, else the commit's date;
    // never the wall clock, so rebuilding one commit gives the same text.
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .or_else(|| output("git", &["log", "-1", "--format=%ct"]));
    let date = epoch
        .as_deref()
        .and_then(|e| {
            output(
                "date",
                &["-u", "-d", &format!("@{e}"), "+%Y-%m-%d %H:%M:%S UTC"],
            )
        })
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=OXIDE_BUILD_DATE={date}");

    // The dist build (cargo zigbuild …gnu.2.28) names its baseline; a plain build needs the
    // glibc it was linked on.
    let glibc = std::env::var("OXIDE_GLIBC_BASELINE")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| {
            output("getconf", &["GNU_LIBC_VERSION"])
                .map(|v| v.trim_start_matches("glibc ").to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=OXIDE_GLIBC_BASELINE={glibc}");
    let target = std::env::var("TARGET").unwrap_or_default();
    println!("cargo:rustc-env=OXIDE_TARGET={target}");

    println!("cargo:rerun-if-changed=.git/HEAD");
    println!("cargo:rerun-if-changed=.git/index");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-env-changed=OXIDE_GLIBC_BASELINE");
}
