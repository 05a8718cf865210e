<?php
/**
 * WHMCS's CSRF helpers as client-area code sees them: `generate_token('plain')` returns the
 * session's token (templates get it as `$token`), `check_token()` ends the request unless the
 * submitted `token` equals it. WHMCS answers a bad token with an error page; so does this.
 */

if (!function_exists('generate_token')) {
    function generate_token(string $type = 'form'): string
    {
        if (empty($_SESSION['tkval'])) {
            $_SESSION['tkval'] = bin2hex(random_bytes(20));
        }
        $token = (string) $_SESSION['tkval'];
        return $type === 'plain' ? $token : '<input type="hidden" name="token" value="' . $token . '" />';
    }
}

if (!function_exists('check_token')) {
    function check_token(string $namespace = 'WHMCS.default'): void
    {
        $sent = $_POST['token'] ?? $_GET['token'] ?? '';
        $expected = (string) ($_SESSION['tkval'] ?? '');
        if (!is_string($sent) || $expected === '' || !hash_equals($expected, $sent)) {
            http_response_code(403);
            header('Content-Type: text/html; charset=utf-8');
            echo '<!DOCTYPE html><title>Error</title><h1>Invalid CSRF Protection Token</h1>';
            exit;
        }
    }
}
