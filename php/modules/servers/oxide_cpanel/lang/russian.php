<?php
/**
 * oxide_cpanel: Russian (Русский).
 * WHMCS language-file format. Local changes belong in lang/overrides/russian.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Client area (templates/clientarea.tpl) and Quick Create Email Account
$_LANG['overviewTitle'] = 'Хостинг-аккаунт cPanel';
$_LANG['username'] = 'Имя пользователя';
$_LANG['domain'] = 'Домен';
$_LANG['package'] = 'Тариф';
$_LANG['diskUsage'] = 'Дисковое пространство';
$_LANG['bandwidthUsage'] = 'Трафик в этом месяце';
$_LANG['percentUsed'] = 'использовано {percent} %';
$_LANG['limitsTitle'] = 'Лимиты аккаунта';
$_LANG['emailAccounts'] = 'Почтовые ящики';
$_LANG['databases'] = 'Базы данных MySQL';
$_LANG['addonDomains'] = 'Дополнительные домены';
$_LANG['subdomains'] = 'Поддомены';
$_LANG['suspendedWarning'] = 'Этот аккаунт приостановлен: сайт, почта и cPanel недоступны. Обратитесь в службу поддержки.';
$_LANG['nearLimitDisk'] = 'Этот аккаунт использовал {percent} % дискового пространства. Подумайте о переходе на больший тариф, пока место не закончилось.';
$_LANG['nearLimitBandwidth'] = 'Этот аккаунт использовал {percent} % трафика этого месяца. Подумайте о переходе на больший тариф, пока трафик не закончился.';
$_LANG['loginCpanel'] = 'Войти в cPanel';
$_LANG['shortcutsTitle'] = 'Быстрые ссылки';
$_LANG['shortcutEmailAccounts'] = 'Почтовые ящики';
$_LANG['shortcutForwarders'] = 'Пересылка';
$_LANG['shortcutAutoresponders'] = 'Автоответчики';
$_LANG['shortcutFileManager'] = 'Файловый менеджер';
$_LANG['shortcutBackup'] = 'Резервные копии';
$_LANG['shortcutSubdomains'] = 'Поддомены';
$_LANG['shortcutAddonDomains'] = 'Дополнительные домены';
$_LANG['shortcutCronJobs'] = 'Задания cron';
$_LANG['shortcutMysqlDatabases'] = 'Базы данных MySQL';
$_LANG['shortcutPhpMyAdmin'] = 'phpMyAdmin';
$_LANG['shortcutAwstats'] = 'Awstats';
$_LANG['quickEmailTitle'] = 'Быстрое создание почтового ящика';
$_LANG['emailPrefixLabel'] = 'Адрес электронной почты';
$_LANG['emailPasswordLabel'] = 'Пароль';
$_LANG['emailQuotaLabel'] = 'Размер ящика (МБ, 0 = без ограничений)';
$_LANG['emailCreateButton'] = 'Создать';
$_LANG['emailNotActive'] = 'Почтовые ящики можно создавать только для активных услуг.';
$_LANG['emailPrefixMissing'] = 'Введите имя нового почтового ящика (часть адреса до @).';
$_LANG['emailPrefixInvalid'] = 'Имя почтового ящика может содержать только латинские буквы (a-z), цифры, точки, дефисы и подчёркивания (не более 64) и не может начинаться или заканчиваться точкой.';
$_LANG['emailPasswordMissing'] = 'Введите пароль для нового почтового ящика.';
$_LANG['emailPasswordWeak'] = 'cPanel отклонил этот пароль как слишком слабый. Используйте не менее 8 символов: заглавные и строчные буквы, цифры и специальные символы.';
$_LANG['emailQuotaInvalid'] = 'Размер ящика должен быть целым числом мегабайт (0 — без ограничений).';
$_LANG['emailLimitReached'] = 'Этот хостинг-аккаунт достиг максимального числа почтовых ящиков. Перейдите на больший тариф или сначала удалите один из ящиков.';
$_LANG['emailExists'] = 'Почтовый ящик с таким именем уже существует.';
$_LANG['emailFailed'] = 'cPanel не удалось создать почтовый ящик: {reason}';

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
