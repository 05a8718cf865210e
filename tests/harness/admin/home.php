<?php
/**
 * The admin area's dashboard (admin/index.php) as far as modules meet it: every widget the
 * AdminHomeWidgets hooks return, in weight order, each in a panel titled by the widget, its
 * body generateOutput(getData()). Served by the client area's router (php -S).
 */

$widgets = (new WhmcsHost(null, false))->adminHomeWidgets();
header('Content-Type: text/html; charset=utf-8');
?><!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dashboard - WHMCS harness admin</title>
<style>body{font:14px sans-serif;margin:1em}.widget{border:1px solid #ccc;margin:0 0 1em;padding:.5em}
.widget h2{font-size:16px;margin:0 0 .5em}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px}</style>
</head><body><h1>Dashboard</h1>
<?php foreach ($widgets as $w): ?>
<section class="widget" id="widget-<?= htmlspecialchars($w['id']) ?>"><h2><?= htmlspecialchars($w['title']) ?></h2>
<div class="widget-body"><?= $w['html'] ?></div></section>
<?php endforeach; ?>
</body></html>
