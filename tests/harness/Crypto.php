<?php
/**
 * Stand-in for WHMCS's password encryption (encrypt()/decrypt(), EncryptPassword/DecryptPassword).
 *
 * WHMCS stores service and server passwords encrypted and hands them to modules decrypted.
 * The harness uses a reversible, recognisable encoding instead of real crypto so a test can
 * spot a module that writes a clear-text password into the database:
 *
 *     "oxenc1:" . base64(6 random bytes . plaintext)
 *
 * The random prefix mirrors WHMCS, where encrypting the same string twice gives different
 * values, so nobody compares ciphertexts. Decrypting anything without the marker yields ""
 * (WHMCS's decrypt of a non-ciphertext yields garbage or nothing, never the input).
 */

namespace Oxide\Harness;

final class Crypto
{
    public const MARKER = 'oxenc1:';
    private const NONCE_BYTES = 6;

    public static function encrypt(string $plain): string
    {
        return self::MARKER . base64_encode(random_bytes(self::NONCE_BYTES) . $plain);
    }

    public static function decrypt(?string $cipher): string
    {
        if (!self::isEncrypted($cipher)) {
            return '';
        }
        $raw = base64_decode(substr((string) $cipher, strlen(self::MARKER)), true);
        return $raw === false ? '' : (string) substr($raw, self::NONCE_BYTES);
    }

    public static function isEncrypted(?string $value): bool
    {
        return is_string($value) && strncmp($value, self::MARKER, strlen(self::MARKER)) === 0;
    }
}
