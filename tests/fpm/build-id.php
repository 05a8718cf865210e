<?php
/**
 * Which build of the extension this PHP process has loaded: the "Target" and "Build date" rows
 * of its phpinfo section (text on the CLI, HTML under php-fpm), e.g.
 * "PHP API 20220829, NTS, x86_64-unknown-linux-gnu, glibc 2.28 or newer | 2026-12-01 15:04:53".
 */

function oxide_build_id(): string
{
    ob_start();
    (new ReflectionExtension('whmcs_oxide'))->info();
    $text = preg_replace('/\s+/', ' ', html_entity_decode(strip_tags((string) ob_get_clean())));
    return preg_match('/Target (?:=> )?(.*?) Build date (?:=> )?(\S+ \S+)/', (string) $text, $m)
        ? "$m[1] | $m[2]" : 'unknown: ' . substr((string) $text, 0, 200);
}

if (PHP_SAPI === 'cli' && realpath($argv[0] ?? '') === __FILE__) {
    echo oxide_build_id();
}
