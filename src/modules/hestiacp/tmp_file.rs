//! Names for the files `v-make-tmp-file` writes into the panel's `/tmp`.
//!
//! HestiaCP's API cannot remove such a file: the API's PHP writes it as `hestiaweb` into the
//! sticky `/tmp`, and `v-delete-fs-file` runs `rm` as a panel user, which the kernel refuses
//! ("file … was not deleted", exit 3 — verified against HestiaCP 1.10). So the module names
//! its files so they cannot pile up and cannot be guessed:
//! - one name per subject (a package, a panel user's file): a later write replaces the
//!   earlier file instead of adding one;
//! - keyed with the server's API secret: another user on the panel cannot predict the name and
//!   plant a file or link there before the API writes it (the API's `fopen` would follow it).

use sha2::{Digest, Sha256};

use super::credentials::Credentials;

/// `whmcs-oxide-<kind>-<24 hex digits>`: the same for the same server key, kind and subject.
pub fn name(credentials: &Credentials, kind: &str, subject: &str) -> String {
    let mut h = Sha256::new();
    for part in [credentials.secrets().join("\n").as_str(), kind, subject] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    let digest = h.finalize();
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("whmcs-oxide-{kind}-{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(secret: &str) -> Credentials {
        Credentials::AccessKey {
            id: "A".repeat(20),
            secret: secret.into(),
        }
    }

    #[test]
    fn stable_per_subject_distinct_across_subjects_and_keys() {
        let k = key(&"s".repeat(40));
        let a = name(&k, "pkg", "whmcs-7");
        assert_eq!(a, name(&k, "pkg", "whmcs-7"));
        assert_ne!(a, name(&k, "pkg", "whmcs-8"));
        assert_ne!(a, name(&k, "fm", "whmcs-7"));
        assert_ne!(a, name(&key(&"t".repeat(40)), "pkg", "whmcs-7"));
        assert!(a.starts_with("whmcs-oxide-pkg-") && a.len() == "whmcs-oxide-pkg-".len() + 24);
        assert!(
            !a.contains("whmcs-7"),
            "the subject is not readable from the name"
        );
    }
}
