<?php
/**
 * oxide_cpanel: Russian (Русский).
 * WHMCS language-file format. Local changes belong in lang/overrides/russian.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Numbers and sizes
$_LANG['numberDecimal'] = ',';
$_LANG['numberThousands'] = ' ';
$_LANG['unitB'] = 'Б';
$_LANG['unitKB'] = 'КБ';
$_LANG['unitMB'] = 'МБ';
$_LANG['unitGB'] = 'ГБ';
$_LANG['unitTB'] = 'ТБ';
$_LANG['unlimited'] = 'без ограничений';
$_LANG['notReported'] = 'нет данных';

// Shared page texts
$_LANG['usedOf'] = '{used} из {limit}';
$_LANG['nearLimit'] = '{what}: использовано {percent}% лимита.';
$_LANG['overLimit'] = '{what}: лимит превышен ({percent}%).';
$_LANG['none'] = 'нет';
$_LANG['accountSuspended'] = 'Эта учётная запись заблокирована. Обратитесь в службу поддержки.';
$_LANG['errorLoading'] = 'Сведения об этой услуге сейчас недоступны. Повторите попытку позже или обратитесь в службу поддержки.';
$_LANG['actionUnavailable'] = 'Это действие сейчас недоступно. Повторите попытку позже или обратитесь в службу поддержки.';
$_LANG['activeOnly'] = 'Это действие доступно только для активных услуг.';
$_LANG['errorDetails'] = 'Технические подробности';
$_LANG['opensNewWindow'] = '(откроется в новом окне)';

// Single sign-on buttons and page
$_LANG['loginWebmail'] = 'Войти в веб-почту';
$_LANG['loginWhm'] = 'Войти в WHM';
$_LANG['opening'] = 'Открывается: {label}…';

// Admin service tab
$_LANG['adminAccount'] = 'Учётная запись cPanel';
$_LANG['accountLine'] = '{user} — {domain} — тариф {package} (владелец {owner})';
$_LANG['adminStatus'] = 'Статус в cPanel';
$_LANG['statusActive'] = 'Активна';
$_LANG['statusSuspendedBecause'] = 'Заблокирована ({reason})';
$_LANG['ipAddress'] = 'IP-адрес';
$_LANG['disk'] = 'Диск';
$_LANG['bandwidthThisMonth'] = 'Трафик в этом месяце';
$_LANG['accountLimits'] = 'Лимиты учётной записи';
$_LANG['limitsLine'] = 'почтовые ящики {email}, базы данных {databases}, дополнительные домены {addon}, поддомены {sub}, припаркованные домены {parked}';
$_LANG['trafficRecorded'] = 'Учтённый трафик';
$_LANG['trafficNoneYet'] = 'пока нет (учитывается при ежедневном обновлении использования)';
$_LANG['resellerAccounts'] = 'Аккаунты реселлера';
$_LANG['buttonReapplyAddons'] = 'Применить лимиты дополнений повторно';
$_LANG['resellerNone'] = 'нет, кроме собственного';
$_LANG['resellerSummary'] = '{count}, кроме собственного ({suspended} заблокировано), всего на диске {disk}: {names}{more}';
$_LANG['resellerMore'] = ' и ещё {count}';
