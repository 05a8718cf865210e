//! The simulated `bin/v-*` scripts: name, `# options:` header, `check_args` rule, handler.

use super::exec::R;
use super::{domains, fs, fs_archive, letsencrypt, mail, packages, sysinfo, users, HestiaPanel};

/// Positional arguments as the script sees them ($1 … $N), 1-based.
#[derive(Clone, Copy)]
pub struct Args<'a>(pub &'a [String]);

impl<'a> Args<'a> {
    /// `$i` when set (even if empty).
    pub fn get(&self, i: usize) -> Option<&'a str> {
        self.0.get(i.wrapping_sub(1)).map(String::as_str)
    }
    /// `$i`, empty when unset.
    pub fn s(&self, i: usize) -> &'a str {
        self.get(i).unwrap_or("")
    }
    /// `${i-default}`: the default only when unset.
    pub fn or(&self, i: usize, default: &'a str) -> &'a str {
        self.get(i).unwrap_or(default)
    }
}

pub type Handler = fn(&HestiaPanel, Args) -> R;

pub struct Command {
    pub name: &'static str,
    /// The `# options:` header (used for USER_ARG_POSITION).
    pub options: &'static str,
    /// `check_args MIN "$#" USAGE`: (MIN, USAGE); 0 = no check.
    pub min: usize,
    pub usage: &'static str,
    pub run: Handler,
}

const fn cmd(
    name: &'static str,
    options: &'static str,
    min: usize,
    usage: &'static str,
    run: Handler,
) -> Command {
    Command {
        name,
        options,
        min,
        usage,
        run,
    }
}

pub static COMMANDS: &[Command] = &[
    cmd("v-list-sys-info", "[FORMAT]", 0, "", sysinfo::list_sys_info),
    cmd("v-list-sys-shells", "[FORMAT]", 0, "", sysinfo::list_shells),
    cmd(
        "v-list-web-templates",
        "[FORMAT]",
        0,
        "",
        sysinfo::list_web_templates,
    ),
    cmd(
        "v-list-web-templates-backend",
        "[FORMAT]",
        0,
        "",
        sysinfo::list_backend_templates,
    ),
    cmd(
        "v-list-web-templates-proxy",
        "[FORMAT]",
        0,
        "",
        sysinfo::list_proxy_templates,
    ),
    cmd(
        "v-list-dns-templates",
        "[FORMAT]",
        0,
        "",
        sysinfo::list_dns_templates,
    ),
    cmd(
        "v-list-user",
        "USER [FORMAT]",
        1,
        "USER [FORMAT]",
        users::list_user,
    ),
    cmd("v-list-users", "[FORMAT]", 0, "", users::list_users),
    cmd(
        "v-list-user-stats",
        "USER [FORMAT]",
        1,
        "USER [FORMAT]",
        users::list_user_stats,
    ),
    cmd(
        "v-add-user",
        "USER PASSWORD EMAIL [PACKAGE] [NAME] [LASTNAME]",
        3,
        "USER PASSWORD EMAIL [PACKAGE] [NAME] ",
        users::add_user,
    ),
    cmd(
        "v-delete-user",
        "USER [RESTART]",
        1,
        "USER [RESTART]",
        users::delete_user,
    ),
    cmd(
        "v-suspend-user",
        "USER [RESTART]",
        1,
        "USER [RESTART]",
        users::suspend_user,
    ),
    cmd(
        "v-unsuspend-user",
        "USER [RESTART]",
        1,
        "USER [RESTART]",
        users::unsuspend_user,
    ),
    cmd(
        "v-change-user-password",
        "USER PASSWORD",
        1,
        "USER [PASSWORD]",
        users::change_password,
    ),
    cmd(
        "v-change-user-package",
        "USER PACKAGE [FORCE]",
        2,
        "USER PACKAGE [FORCE]",
        users::change_package,
    ),
    cmd(
        "v-change-user-shell",
        "USER SHELL",
        2,
        "USER SHELL",
        users::change_shell,
    ),
    cmd(
        "v-change-user-contact",
        "USER EMAIL",
        2,
        "USER EMAIL",
        users::change_contact,
    ),
    cmd(
        "v-change-user-name",
        "USER NAME [LAST_NAME]",
        2,
        "USER NAME [LAST_NAME]",
        users::change_name,
    ),
    cmd(
        "v-list-user-packages",
        "[FORMAT]",
        0,
        "",
        packages::list_packages,
    ),
    cmd(
        "v-list-user-package",
        "PACKAGE [FORMAT]",
        1,
        "PACKAGE [FORMAT]",
        packages::list_package,
    ),
    cmd(
        "v-add-user-package",
        "TMPFILE PACKAGE [REWRITE]",
        2,
        "PKG_DIR PACKAGE",
        packages::add_package,
    ),
    cmd(
        "v-update-user-package",
        "PACKAGE",
        1,
        "PACKAGE",
        packages::update_package,
    ),
    cmd(
        "v-delete-user-package",
        "PACKAGE",
        1,
        "PACKAGE",
        packages::delete_package,
    ),
    cmd(
        "v-add-domain",
        "USER DOMAIN [IP] [RESTART]",
        2,
        "USER DOMAIN [IP] [RESTART]",
        domains::add_domain,
    ),
    cmd(
        "v-add-web-domain",
        "USER DOMAIN [IP] [RESTART] [ALIASES] [PROXY_EXTENSIONS]",
        2,
        "USER DOMAIN [IP] [RESTART] [ALIASES] [PROXY_EXTENSIONS]",
        domains::add_web_domain,
    ),
    cmd(
        "v-add-dns-domain",
        "USER DOMAIN IP [NS1] [NS2] [NS3] [NS4] [NS5] [NS6] [NS7] [NS8] [RESTART]",
        3,
        "USER DOMAIN IP [NS1] [NS2] [NS3] [..] [NS8] [RESTART]",
        domains::add_dns_domain,
    ),
    cmd(
        "v-add-mail-domain",
        "USER DOMAIN [ANTISPAM] [ANTIVIRUS] [DKIM] [DKIM_SIZE] [RESTART] [REJECT_SPAM]",
        2,
        "USER DOMAIN [ANTISPAM] [ANTIVIRUS] [DKIM] [DKIM_SIZE] [RESTART] [REJECT_SPAM]",
        domains::add_mail_domain,
    ),
    cmd(
        "v-delete-domain",
        "USER DOMAIN",
        2,
        "USER DOMAIN [RESTART]",
        domains::delete_domain,
    ),
    cmd(
        "v-delete-web-domain",
        "USER DOMAIN [RESTART]",
        2,
        "USER DOMAIN [RESTART]",
        domains::delete_web_domain,
    ),
    cmd(
        "v-delete-dns-domain",
        "USER DOMAIN",
        2,
        "USER DOMAIN [RESTART]",
        domains::delete_dns_domain,
    ),
    cmd(
        "v-delete-mail-domain",
        "USER DOMAIN",
        2,
        "USER DOMAIN",
        domains::delete_mail_domain,
    ),
    cmd(
        "v-list-web-domains",
        "USER [FORMAT]",
        1,
        "USER [FORMAT]",
        domains::list_web_domains,
    ),
    cmd(
        "v-list-dns-domains",
        "USER [FORMAT]",
        1,
        "USER [FORMAT]",
        domains::list_dns_domains,
    ),
    cmd(
        "v-list-mail-domains",
        "USER [FORMAT]",
        1,
        "USER [FORMAT]",
        domains::list_mail_domains,
    ),
    cmd(
        "v-add-mail-account",
        "USER DOMAIN ACCOUNT PASSWORD [QUOTA]",
        4,
        "USER DOMAIN ACCOUNT PASSWORD [QUOTA]",
        mail::add_mail_account,
    ),
    cmd(
        "v-add-letsencrypt-domain",
        "USER DOMAIN [ALIASES] [MAIL]",
        2,
        "USER DOMAIN [ALIASES] [MAIL]",
        letsencrypt::add_letsencrypt_domain,
    ),
    // The file manager's scripts (fs.rs, fs_archive.rs).
    cmd(
        "v-list-fs-directory",
        "USER DIRECTORY",
        1,
        "USER [DIRECTORY]",
        fs::list_directory,
    ),
    cmd("v-open-fs-file", "USER FILE", 2, "USER FILE", fs::open_file),
    cmd("v-add-fs-file", "USER FILE", 2, "USER FILE", fs::add_file),
    cmd(
        "v-add-fs-directory",
        "USER DIRECTORY",
        2,
        "USER DIR",
        fs::add_directory,
    ),
    cmd(
        "v-copy-fs-file",
        "USER SRC_FILE DST_FILE",
        3,
        "USER SRC_FILE DST_FILE",
        fs::copy_file,
    ),
    cmd(
        "v-copy-fs-directory",
        "USER SRC_DIRECTORY DST_DIRECTORY",
        3,
        "USER SRC_DIRECTORY DST_DIRECTORY",
        fs::copy_directory,
    ),
    cmd(
        "v-move-fs-file",
        "USER SRC_FILE DST_FILE",
        3,
        "USER SRC_FILE DST_FILE",
        fs::move_file,
    ),
    cmd(
        "v-move-fs-directory",
        "USER SRC_DIRECTORY DST_DIRECTORY",
        3,
        "USER SRC_DIRECTORY DST_DIRECTORY",
        fs::move_directory,
    ),
    cmd(
        "v-delete-fs-file",
        "USER FILE",
        2,
        "USER FILE",
        fs::delete_file,
    ),
    cmd(
        "v-delete-fs-directory",
        "USER DIRECTORY",
        2,
        "USER DIRECTORY",
        fs::delete_directory,
    ),
    cmd(
        "v-change-fs-file-permission",
        "USER FILE PERMISSIONS",
        3,
        "USER FILE PERMISSIONS",
        fs::change_permission,
    ),
    cmd(
        "v-get-fs-file-type",
        "USER FILE",
        2,
        "USER FILE",
        fs::file_type,
    ),
    cmd(
        "v-search-fs-object",
        "USER OBJECT [PATH]",
        2,
        "USER OBJECT [PATH]",
        fs::search_object,
    ),
    cmd(
        "v-check-fs-permission",
        "USER FILE",
        2,
        "USER FILE",
        fs::check_permission,
    ),
    cmd(
        "v-add-fs-archive",
        "USER ARCHIVE SOURCE [SOURCE...]",
        3,
        "USER ARCHIVE FILE [FILE_2] [FILE_3] [FILE ...]",
        fs_archive::add_archive,
    ),
    cmd(
        "v-extract-fs-archive",
        "USER ARCHIVE DIRECTORY [SELECTED_DIR] [STRIP] [TEST]",
        3,
        "USER ARCHIVE DIRECTORY [SELECTED_DIR] [STRIP] [TEST]",
        fs_archive::extract_archive,
    ),
];

pub fn find(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// Run a script: `check_args` first, then the handler. Returns (exit code, stdout).
pub fn run(panel: &HestiaPanel, name: &str, args: &[String]) -> (i32, String) {
    let Some(c) = find(name) else {
        return (1, String::new());
    };
    if args.len() < c.min {
        // check_args prints the usage line; the "not enought arguments" error goes to /dev/null.
        return (1, format!("Usage: {} {}", c.name, c.usage));
    }
    match (c.run)(panel, Args(args)) {
        Ok(out) => (0, out),
        Err(f) => (f.code, f.out),
    }
}

/// `search_command_arg_position`: 1-based position of an option name, 0 when absent.
pub fn arg_position(options: &str, name: &str) -> usize {
    let mut pos = 0;
    for (i, opt) in options.split_whitespace().enumerate() {
        if opt.trim_matches(['[', ']']).eq_ignore_ascii_case(name) {
            pos = i + 1;
        }
    }
    pos
}
