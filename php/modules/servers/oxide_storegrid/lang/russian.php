<?php
/**
 * oxide_storegrid: Russian (Русский).
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
$_LANG['errorDetails'] = 'Технические подробности';
$_LANG['opensNewWindow'] = '(откроется в новом окне)';

// Client area
$_LANG['storageTitle'] = 'Хранилище резервных копий';
$_LANG['noLimit'] = 'без ограничений';
$_LANG['inactiveNotice'] = 'Эта учётная запись резервного копирования неактивна: копии не создаются. Обратитесь в службу поддержки.';
$_LANG['accountTitle'] = 'Учётная запись резервного копирования';
$_LANG['accountName'] = 'Имя учётной записи';
$_LANG['accountType'] = 'Тип учётной записи';
$_LANG['kindCustomer'] = 'Клиент';
$_LANG['kindReseller'] = 'Реселлер';
$_LANG['status'] = 'Статус';
$_LANG['statusActive'] = 'Активна';
$_LANG['statusInactive'] = 'Неактивна';
$_LANG['mcalLabel'] = 'Клиенты резервного копирования (лицензии)';
$_LANG['mcalAllotted'] = 'занято {used} из {allotted} выделенных';
$_LANG['mcalAuto'] = 'занято {used}, автоматическое выделение';
$_LANG['setupTitle'] = 'Клиентская программа и настройка';
$_LANG['setupStep1'] = 'Откройте веб-консоль резервного копирования и скачайте клиент для своего компьютера или сервера.';
$_LANG['setupStep2'] = 'Установите его и подключите, указав адрес сервера и имя учётной записи ниже.';
$_LANG['setupStep3'] = 'Резервные копии шифруются вашим ключом доступа: храните его надёжно, без него восстановление невозможно.';
$_LANG['serverAddress'] = 'Адрес сервера';
$_LANG['passKeyLabel'] = 'Ключ доступа';
$_LANG['passKeyInField'] = 'Указан в поле «{field}» этой услуги.';
$_LANG['passKeyFromSupport'] = 'Ключ доступа можно получить в службе поддержки.';
$_LANG['openConsole'] = 'Открыть веб-консоль резервного копирования';

// Admin service tab
$_LANG['adminAccount'] = 'Учётная запись резервного копирования';
$_LANG['customerOf'] = '{name} — клиент реселлера {reseller}';
$_LANG['resellerAccount'] = '{name} — реселлер';
$_LANG['adminStatus'] = 'Состояние резервного копирования';
$_LANG['activeOnServer'] = 'Активна на сервере резервного копирования';
$_LANG['inactiveOnServer'] = 'Неактивна на сервере резервного копирования';
$_LANG['adminStorage'] = 'Хранилище';
$_LANG['storageUsedOf'] = 'занято {used} из {limit}';
$_LANG['adminMcal'] = 'MCAL';
$_LANG['adminThrottling'] = 'Ограничение скорости';
$_LANG['throttleTimed'] = '{rate} с {from} до {till}';
$_LANG['throttleAlways'] = '{rate} всегда';
$_LANG['throttleGlobal'] = 'глобальная настройка';
$_LANG['off'] = 'выкл.';
$_LANG['on'] = 'вкл.';
$_LANG['adminLocation'] = 'Расположение хранилища';
$_LANG['adminAutoAuthorize'] = 'Автоматическая авторизация';
$_LANG['buttonRetrievePassKey'] = 'Получить ключ доступа';
$_LANG['buttonReapplySettings'] = 'Применить настройки повторно';
