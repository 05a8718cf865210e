//! Account passwords as the backup server accepts them: 8–64 characters, no control characters.

use crate::modules::shared::random;

use super::error::StoregridError;

pub fn check(password: &str) -> Result<(), StoregridError> {
    let n = password.chars().count();
    if !(8..=64).contains(&n) || password.chars().any(char::is_control) {
        return Err(StoregridError::Input(
            "the service password must be 8 to 64 characters without control characters; \
             set another password on the service"
                .into(),
        ));
    }
    Ok(())
}

pub fn generate() -> Result<String, StoregridError> {
    Ok(random::password(16)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert!(check("short").is_err());
        assert!(check("long enough").is_ok());
        assert!(check("tab\there1").is_err());
        assert!(check(&"x".repeat(65)).is_err());
        assert!(check(&generate().unwrap()).is_ok());
    }
}
