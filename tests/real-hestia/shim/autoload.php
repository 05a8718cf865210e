<?php
// Stand-in for HestiaCP's Composer autoloader (web/inc/vendor is not in the upstream tarball and
// Packagist is unreachable here). The API path needs exactly two of its symbols; both are
// written here from their documented behaviour, not copied.

namespace Hestiacp\quoteshellarg {
    /** One shell word, single-quoted, as hestiacp/quoteshellarg documents (works for any byte). */
    function quoteshellarg(string $arg): string
    {
        return "'" . str_replace("'", "'\\''", $arg) . "'";
    }
}

namespace Divinity76\CloudflareIpValidator {
    /** The test panel is reached over loopback only: no address is Cloudflare's. */
    class CloudflareIpValidator
    {
        public static function isCloudflareIp(string $ip): bool
        {
            return false;
        }
    }
}
