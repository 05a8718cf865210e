<!DOCTYPE html>
<html lang="{$htmlLang|default:'en'|escape}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/bootstrap4/bootstrap.min.css">
<title>{$title|escape} - WHMCS harness client area</title>
<style>
body { font-family: sans-serif; margin: 0; background: #eef1f4; }
header { background: #1e3a5f; color: #fff; padding: .6em 1.2em; display: flex; justify-content: space-between; }
header a { color: #fff; }
main { background: #fff; margin: 1em auto; padding: 1em 1.5em; max-width: 1140px; border-radius: 4px; }
.alert { padding: .6em .8em; border-radius: 3px; margin: .5em 0; }
.alert-danger { background: #fbe3e3; color: #7a0000; }
.alert-success { background: #e3f5e3; color: #1d5b1d; }
.breadcrumb a { color: #0b5cad; }
</style>
</head>
<body>
<header><span>WHMCS client area (oxide harness)</span>{if $loggedIn}<span><a href="/clientarea.php">My Services</a> · <a href="/logout.php" id="logout">Logout</a></span>{/if}</header>
<main>
{if $message}<div class="alert {if $error}alert-danger{else}alert-success{/if}" id="page-message">{$message|escape}</div>{/if}
{block name=content}{/block}
</main>
</body>
</html>
