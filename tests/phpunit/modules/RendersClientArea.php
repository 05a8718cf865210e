<?php
/**
 * Renders a module's client-area template with Smarty 4 (as WHMCS 8 does) and checks its
 * language: in German no English label may be left (values that read the same in both
 * languages, brand and technical names aside), and with every string of lang/english.php
 * wrapped in markers no visible text may remain that came from the template itself.
 */
trait RendersClientArea
{
    private static string $smartyBootstrap = '/usr/share/php/smarty4/bootstrap.php';

    protected function renderTemplate(string $module, string $template, array $vars): string
    {
        $this->assertFileExists(self::$smartyBootstrap, 'Smarty 4 (php-smarty4) is needed');
        require_once self::$smartyBootstrap;
        $smarty = new Smarty();
        $dir = dirname(__DIR__, 3) . "/php/modules/servers/$module/templates";
        $smarty->setTemplateDir($dir);
        $compile = sys_get_temp_dir() . '/oxide-lang-smarty-' . getmypid();
        if (!is_dir($compile)) {
            mkdir($compile, 0700, true);
        }
        $smarty->setCompileDir($compile);
        $smarty->assign($vars + ['token' => 'csrf-token-1']);
        return $smarty->fetch("$dir/" . basename($template));
    }

    /** ClientArea's template variables as a client whose WHMCS language is `$language` sees them. */
    protected function clientAreaVars(int $serviceId, string $language): array
    {
        $_SESSION['Language'] = $language;
        $r = $this->service($serviceId, 'ClientArea');
        $this->assertSame('templates/clientarea.tpl', $r['tabOverviewModuleOutputTemplate'] ?? null, json_encode($r));
        return $r['templateVariables'];
    }

    /** @return array<string,string> */
    protected static function langFile(string $module, string $language): array
    {
        $_LANG = [];
        include dirname(__DIR__, 3) . "/php/modules/servers/$module/lang/$language.php";
        return $_LANG;
    }

    /** The page's visible text: tag-free, entities decoded, plus titles, labels and placeholders. */
    protected static function visibleText(string $html): string
    {
        $html = preg_replace('#<(script|style)\b.*?</\1>#is', ' ', $html);
        preg_match_all('#\b(?:title|placeholder|aria-label|alt)="([^"]*)"#', $html, $attrs);
        $text = strip_tags(str_replace('<', ' <', $html)) . ' ' . implode(' ', $attrs[1]);
        return html_entity_decode($text, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    }

    /** Each English label (one that German writes differently) is absent from the German page. */
    protected function assertNoEnglishLeft(string $module, string $germanHtml): void
    {
        $en = self::langFile($module, 'english');
        $de = self::langFile($module, 'german');
        $text = self::visibleText($germanHtml);
        $germanAll = implode("\n", $de);
        $checked = 0;
        foreach ($en as $key => $english) {
            if ($english === $de[$key] || mb_strlen($english) < 3) {
                continue;
            }
            // Placeholders split a string: every literal piece of 4+ letters must be absent.
            foreach (preg_split('/\{[a-z]+\}/', $english) as $piece) {
                $piece = trim($piece, " .,:;()—-");
                // A word German uses too (Download, Status, Backups) proves nothing either way.
                if (mb_strlen($piece) >= 4 && !str_contains($germanAll, $piece)) {
                    $this->assertStringNotContainsString($piece, $text, "English '$key' on the German page");
                    $checked++;
                }
            }
        }
        $this->assertGreaterThan(10, $checked);
    }

    /**
     * Renders with every language string wrapped in ⟦…⟧ and asserts that, once those and the
     * given data values are removed, no letters remain but `$allowed` (brand/technical words).
     */
    protected function assertAllTextFromLanguageFile(string $module, string $template, array $vars, array $data, array $allowed): void
    {
        $vars['_lang'] = array_map(static fn ($s) => "⟦{$s}⟧", $vars['_lang']);
        $text = self::visibleText($this->renderTemplate($module, $template, $vars));
        $text = preg_replace('/⟦[^⟧]*⟧/u', ' ', $text);
        usort($data, static fn ($a, $b) => mb_strlen((string) $b) <=> mb_strlen((string) $a));
        foreach ($data as $d) {
            if ((string) $d !== '') {
                $text = str_replace((string) $d, ' ', $text);
            }
        }
        preg_match_all('/\p{L}[\p{L}\'’-]*/u', $text, $words);
        $left = array_values(array_diff(array_unique($words[0]), $allowed));
        $this->assertSame([], $left, 'text on the page that is not from the language file');
    }
}
