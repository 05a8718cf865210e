<?php
/**
 * The client-area pages of the harness: what WHMCS does before and after it calls a server
 * module's client functions.
 *
 *  - login (email + password against tblclients' bcrypt hash), session `uid` like WHMCS's
 *  - `clientarea.php?action=productdetails&id=N`: only the logged-in client's service;
 *    module buttons (ClientAreaCustomButtonArray) only while the service is Active
 *  - `…&modop=custom&a=FN`: FN must be in ClientAreaAllowedFunctions or the button array;
 *    the module gets `$params` of the service; a page array (`templatefile`, `breadcrumb`,
 *    `vars`) is rendered with Smarty 4 from the module folder, a string shown as a message
 *  - `check_token()` / `generate_token()` and `$token` in every template, like WHMCS
 *
 *  - the product page shows the module's ClientArea output (`tabOverviewModuleOutputTemplate`
 *    with its `templateVariables`, or `tabOverviewReplacementTemplate`) as WHMCS's overview tab
 *  - `?language=NAME` sets `$_SESSION['Language']` (WHMCS's language switcher); `<html lang>`
 *    follows it
 *
 * Differences: one plain Bootstrap 4 layout (Debian's libjs-bootstrap4, the CSS WHMCS's
 * Twenty-One theme builds on) instead of a WHMCS theme; the service list and product page
 * show only what module tests need.
 */

namespace Oxide\Harness;

use Illuminate\Database\Capsule\Manager as Capsule;

final class ClientArea
{
    private \WhmcsHost $host;

    public function __construct()
    {
        $this->host = new \WhmcsHost(null, false);
        if (session_status() !== PHP_SESSION_ACTIVE) {
            session_name('WHMCSOXIDE');
            session_set_cookie_params(['httponly' => true, 'samesite' => 'Lax', 'path' => '/']);
            session_start();
        }
    }

    /** WHMCS's language names → the page's `lang` attribute. */
    private const HTML_LANG = ['english' => 'en', 'german' => 'de', 'spanish' => 'es', 'french' => 'fr',
        'russian' => 'ru', 'portuguese-br' => 'pt-BR'];

    public function handle(string $path): void
    {
        header('X-Frame-Options: SAMEORIGIN');
        if (isset($_GET['language']) && preg_match('/^[a-z_-]{1,40}$/', (string) $_GET['language'])) {
            $_SESSION['Language'] = (string) $_GET['language'];
        }
        switch ($path) {
            case '/':
            case '/index.php':
                $this->redirect(isset($_SESSION['uid']) ? '/clientarea.php' : '/login.php');
                return;
            case '/login.php':
                $this->page('login.tpl', ['title' => 'Login', 'error' => $_GET['error'] ?? '']);
                return;
            case '/dologin.php':
                $this->login();
                return;
            case '/logout.php':
                $_SESSION = [];
                session_destroy();
                $this->redirect('/login.php');
                return;
            case '/clientarea.php':
                $this->clientArea();
                return;
        }
        http_response_code(404);
        $this->page('message.tpl', ['title' => 'Not found', 'message' => 'Page not found.', 'error' => true]);
    }

    private function login(): void
    {
        if (($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') {
            $this->redirect('/login.php');
            return;
        }
        check_token();
        $email = (string) ($_POST['username'] ?? '');
        $client = Capsule::table('tblclients')->where('email', $email)->first();
        if (!$client || !password_verify((string) ($_POST['password'] ?? ''), (string) $client->password)
            || $client->status !== 'Active') {
            $this->redirect('/login.php?error=1');
            return;
        }
        session_regenerate_id(true);
        $_SESSION['uid'] = (int) $client->id;
        $_SESSION['tkval'] = bin2hex(random_bytes(20));
        $this->redirect('/clientarea.php');
    }

    private function clientArea(): void
    {
        $uid = (int) ($_SESSION['uid'] ?? 0);
        if ($uid <= 0) {
            $this->redirect('/login.php');
            return;
        }
        if (($_GET['action'] ?? '') !== 'productdetails') {
            $services = Capsule::table('tblhosting')->where('userid', $uid)->orderBy('id')->get();
            $this->page('services.tpl', ['title' => 'My Services', 'services' => array_map(
                static fn ($s) => (array) $s,
                $services->all()
            )]);
            return;
        }
        $id = (int) ($_GET['id'] ?? 0);
        $service = Capsule::table('tblhosting')->where('id', $id)->where('userid', $uid)->first();
        if (!$service) {
            // WHMCS answers a service that is not the client's as if it did not exist.
            http_response_code(404);
            $this->page('message.tpl', ['title' => 'Not found', 'message' => 'Service not found.', 'error' => true]);
            return;
        }
        $module = (string) Capsule::table('tblproducts')->where('id', $service->packageid)->value('servertype');
        if (($_GET['modop'] ?? '') === 'custom') {
            $this->customFunction($module, (array) $service, (string) ($_GET['a'] ?? ''));
            return;
        }
        $this->productDetails($module, (array) $service, '', false);
    }

    private function productDetails(string $module, array $service, string $message, bool $error): void
    {
        $buttons = [];
        if ($service['domainstatus'] === 'Active') {
            $b = $this->moduleCall($module, 'ClientAreaCustomButtonArray', $service['id']);
            $buttons = is_array($b) ? $b : [];
        }
        $this->page('productdetails.tpl', [
            'title' => 'Product Details',
            'service' => $service,
            'buttons' => $buttons,
            'message' => $message,
            'error' => $error,
            'moduleOutput' => $this->moduleClientArea($module, $service),
        ]);
    }

    /**
     * The module's ClientArea as WHMCS's overview tab renders it: its template (relative to the
     * module folder, `.tpl` optional) with `templateVariables`, plus WHMCS's own variables.
     */
    private function moduleClientArea(string $module, array $service): string
    {
        if (!function_exists("{$module}_ClientArea")) {
            return '';
        }
        $r = $this->moduleCall($module, 'ClientArea', (int) $service['id']);
        if (!is_array($r)) {
            return '';
        }
        $template = $r['tabOverviewReplacementTemplate'] ?? $r['tabOverviewModuleOutputTemplate'] ?? '';
        if ($template === '') {
            return '';
        }
        $file = $this->host->modulesDir() . "/$module/" . preg_replace('/\.tpl$/', '', (string) $template) . '.tpl';
        if (!is_file($file)) {
            return '<div class="alert alert-danger">' . htmlspecialchars((string) ($r['templateVariables']['usefulErrorHelper'] ?? 'module template missing')) . '</div>';
        }
        $smarty = $this->smarty(dirname($file));
        $smarty->assign(($r['templateVariables'] ?? []) + [
            'token' => generate_token('plain'), 'serviceid' => $service['id'], 'service' => $service,
            'domain' => $service['domain'], 'username' => $service['username'],
        ]);
        return $smarty->fetch($file);
    }

    private function customFunction(string $module, array $service, string $fn): void
    {
        $allowed = $this->moduleCall($module, 'ClientAreaAllowedFunctions', $service['id']);
        $buttons = $this->moduleCall($module, 'ClientAreaCustomButtonArray', $service['id']);
        $names = array_merge(is_array($allowed) ? array_values($allowed) : [], is_array($buttons) ? array_values($buttons) : []);
        if ($fn === '' || !in_array($fn, $names, true)) {
            http_response_code(403);
            $this->page('message.tpl', ['title' => 'Not allowed', 'message' => 'This function is not available.', 'error' => true]);
            return;
        }
        $result = $this->moduleCall($module, $fn, $service['id']);
        if (is_array($result) && isset($result['templatefile'])) {
            $this->modulePage($module, $service, $result);
            return;
        }
        $ok = is_string($result) && strtolower($result) === 'success';
        $this->productDetails($module, $service, $ok ? 'Action completed successfully.' : (string) $result, !$ok);
    }

    /** @return mixed what the module function returned */
    private function moduleCall(string $module, string $fn, int $serviceId)
    {
        return $this->host->call($module, $fn, $this->host->params($serviceId));
    }

    private function modulePage(string $module, array $service, array $result): void
    {
        $file = $this->host->modulesDir() . "/$module/" . $result['templatefile'] . '.tpl';
        $smarty = $this->smarty(dirname($file));
        $smarty->assign(($result['vars'] ?? []) + ['token' => generate_token('plain'), 'service' => $service]);
        $content = $smarty->fetch($file);
        $this->page('module.tpl', [
            'title' => 'Product Details',
            'content' => $content,
            'breadcrumb' => $result['breadcrumb'] ?? [],
            'service' => $service,
        ]);
    }

    private function smarty(string $dir): \Smarty
    {
        if (!class_exists('Smarty')) {
            require_once '/usr/share/php/smarty4/bootstrap.php';
        }
        $s = new \Smarty();
        $s->setTemplateDir([$dir, __DIR__ . '/templates']);
        $compile = sys_get_temp_dir() . '/oxide-clientarea-smarty';
        if (!is_dir($compile)) {
            mkdir($compile, 0700, true);
        }
        $s->setCompileDir($compile);
        return $s;
    }

    private function page(string $template, array $vars): void
    {
        $s = $this->smarty(__DIR__ . '/templates');
        $s->assign($vars + [
            'htmlLang' => self::HTML_LANG[$_SESSION['Language'] ?? ''] ?? 'en',
            'moduleOutput' => '',
            'token' => generate_token('plain'),
            'loggedIn' => isset($_SESSION['uid']),
            'message' => '',
            'error' => false,
        ]);
        header('Content-Type: text/html; charset=utf-8');
        echo $s->fetch($template);
    }

    private function redirect(string $to): void
    {
        header('Location: ' . $to, true, 302);
    }
}
