<?php
/**
 * What the hostile-panel tests share: switching a simulator into a hostile mode (its control
 * API's faults on every route: tenant-chosen names with a line break, `|`, control characters,
 * HTML with a script and a right-to-left override; gateway answers), rendering a ClientArea the
 * way WHMCS does (the module's template through Smarty), and the check that no markup a panel
 * sent reaches a page unescaped.
 */

trait HostilePanel
{
    /** The markup the simulators' `names` mode appends (oxide_sim::hostile::HOSTILE_TEXT). */
    private static array $panelMarkup = ["<script>alert('oxide')</script>", '<b onmouseover=alert(1)>'];

    /** From now on every answer of `$sim` carries hostile text in the fields named `$keys`. */
    protected function hostileNames(SimProcess $sim, array $keys): void
    {
        $sim->control('POST', '/faults', ['route' => '*', 'kind' => 'names', 'keys' => $keys]);
    }

    /** The ClientArea reply rendered with its template, as WHMCS's product-details page does. */
    protected function renderClientArea(string $module, array $reply): string
    {
        $tpl = $reply['tabOverviewModuleOutputTemplate'] ?? $reply['tabOverviewReplacementTemplate']
            ?? $reply['templatefile'] ?? null;
        $this->assertIsString($tpl, 'ClientArea names a template: ' . json_encode($reply));
        $file = $this->host->modulesDir() . "/$module/" . preg_replace('/\.tpl$/', '', $tpl) . '.tpl';
        if (!class_exists('Smarty')) {
            require_once '/usr/share/php/smarty4/bootstrap.php';
        }
        $smarty = new \Smarty();
        $smarty->setTemplateDir([dirname($file)]);
        $compile = sys_get_temp_dir() . '/oxide-hostile-smarty';
        if (!is_dir($compile)) {
            mkdir($compile, 0700, true);
        }
        $smarty->setCompileDir($compile);
        $smarty->assign(($reply['templateVariables'] ?? $reply['vars'] ?? []) + ['token' => 'tok']);
        // WHMCS's Smarty lets templates use PHP functions as modifiers (`|intval`); Smarty 4
        // only warns that this is deprecated.
        $level = error_reporting(error_reporting() & ~E_USER_DEPRECATED);
        try {
            return $smarty->fetch($file);
        } finally {
            error_reporting($level);
        }
    }

    /** No panel-provided markup, raw, anywhere in `$value` (a page, a tab's fields, a message). */
    protected function assertNoPanelMarkup($value, string $what): void
    {
        $text = is_string($value) ? $value : json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        foreach (self::$panelMarkup as $markup) {
            $this->assertStringNotContainsString($markup, (string) $text, "panel HTML reached $what unescaped");
        }
    }

    /** A message WHMCS shows: one line, no control or direction characters, no panel markup. */
    protected function assertPlainMessage(string $message, string $what): void
    {
        $this->assertNoPanelMarkup($message, $what);
        $this->assertDoesNotMatchRegularExpression('/[\x00-\x1f\x7f]|\x{202e}/u', $message, "$what is one plain line");
    }
}
