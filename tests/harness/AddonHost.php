<?php
/**
 * WHMCS's host for addon modules (modules/addons/<name>/<name>.php), as its developer docs
 * describe the contract: `<name>_config()` (name, description, version, author, fields),
 * `<name>_activate()` / `<name>_deactivate()` (['status' => 'success'|'error'|'info',
 * 'description' => …]), and `<name>_output($vars)`, which echoes the admin page; `$vars` holds
 * the config fields' values, `modulelink` (addonmodules.php?module=<name>), `version` and
 * `_lang` ($_ADDONLANG of lang/english.php). Only an activated module's page is shown.
 * The admin's request is `$_GET`/`$_POST` with WHMCS's CSRF token (tests/harness/clientarea/csrf.php).
 */

final class AddonHost
{
    /** @var array<string, true> activated modules */
    private array $active = [];

    public function __construct(private string $dir = HARNESS_REPO_ROOT . '/php/modules/addons')
    {
        require_once HARNESS_REPO_ROOT . '/tests/harness/clientarea/csrf.php';
    }

    private function load(string $name): void
    {
        $file = "{$this->dir}/$name/$name.php";
        if (!is_file($file)) {
            throw new RuntimeException("addon module not found: $file");
        }
        include_once $file;
    }

    public function config(string $name): array
    {
        $this->load($name);
        return call_user_func($name . '_config');
    }

    public function activate(string $name): array
    {
        $this->load($name);
        $r = function_exists($name . '_activate') ? call_user_func($name . '_activate') : ['status' => 'success'];
        if (($r['status'] ?? '') !== 'error') {
            $this->active[$name] = true;
        }
        return $r;
    }

    public function deactivate(string $name): array
    {
        $this->load($name);
        unset($this->active[$name]);
        return function_exists($name . '_deactivate') ? call_user_func($name . '_deactivate') : ['status' => 'success'];
    }

    /**
     * The admin page as WHMCS renders it into its layout: `$post` non-empty makes it a POST
     * with the session's CSRF token (`$withToken` false: without one).
     */
    public function output(string $name, array $post = [], array $get = [], bool $withToken = true): string
    {
        if (!isset($this->active[$name])) {
            throw new RuntimeException("addon module $name is not activated");
        }
        $config = $this->config($name);
        $vars = [];
        foreach (($config['fields'] ?? []) as $key => $field) {
            $vars[$key] = $field['Default'] ?? '';
        }
        $_ADDONLANG = [];
        $langFile = "{$this->dir}/$name/lang/english.php";
        if (is_file($langFile)) {
            include $langFile;
        }
        $vars += ['modulelink' => "addonmodules.php?module=$name", 'version' => $config['version'] ?? '', '_lang' => $_ADDONLANG];
        $saved = [$_GET, $_POST, $_SERVER['REQUEST_METHOD'] ?? null];
        $_GET = $get + ['module' => $name];
        $_POST = $post;
        if ($post !== [] && $withToken) {
            $_POST['token'] = generate_token('plain');
        }
        $_SERVER['REQUEST_METHOD'] = $post === [] ? 'GET' : 'POST';
        ob_start();
        try {
            call_user_func($name . '_output', $vars);
        } finally {
            $html = (string) ob_get_clean();
            [$_GET, $_POST, $_SERVER['REQUEST_METHOD']] = $saved;
        }
        return $html;
    }
}
