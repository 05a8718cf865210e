<?php
/**
 * The WHMCS client area, as far as server modules meet it, for browser tests:
 *
 *   OXIDE_DB=/path/db.sqlite php -d extension=…/whmcs_oxide.so \
 *       -S 127.0.0.1:PORT -t <repo>/php tests/harness/clientarea/router.php
 *
 * Module assets (modules/servers/<m>/assets/*.js|css) are served as static files from the
 * document root; everything else goes through ClientArea (login, product details, module
 * custom functions with WHMCS's ownership and allowed-function checks, CSRF tokens, Smarty 4).
 */

$path = (string) parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
if (preg_match('#^/modules/servers/[a-z0-9_]+/assets/[A-Za-z0-9._-]+\.(js|css)$#', $path)) {
    return false;
}

// Bootstrap 4's CSS (Debian's libjs-bootstrap4), what WHMCS's Twenty-One theme builds on.
if ($path === '/assets/bootstrap4/bootstrap.min.css') {
    header('Content-Type: text/css');
    readfile('/usr/share/javascript/bootstrap4/css/bootstrap.min.css');
    return true;
}

require dirname(__DIR__) . '/bootstrap.php';
// The admin dashboard (widgets of the AdminHomeWidgets hook), for the drift widget's test.
if ($path === '/admin/index.php') {
    require dirname(__DIR__) . '/admin/home.php';
    return true;
}
require __DIR__ . '/csrf.php';
require __DIR__ . '/ClientArea.php';

(new \Oxide\Harness\ClientArea())->handle($path);
