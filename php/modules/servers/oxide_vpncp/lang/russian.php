<?php
/**
 * oxide_vpncp: Russian (Русский).
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
$_LANG['vpnSuspended'] = 'Этот VPN заблокирован. Обратитесь в службу поддержки.';
$_LANG['connectionTitle'] = 'VPN-подключение';
$_LANG['clientName'] = 'VPN-клиент';
$_LANG['network'] = 'Сеть';
$_LANG['ipAddress'] = 'IP-адрес';
$_LANG['status'] = 'Статус';
$_LANG['enabled'] = 'включён';
$_LANG['disabled'] = 'отключён';
$_LANG['speed'] = 'Скорость';
$_LANG['speedLine'] = 'загрузка {down}, отдача {up}';
$_LANG['protocols'] = 'Протоколы';
$_LANG['connection'] = 'Подключение';
$_LANG['online'] = 'в сети';
$_LANG['offline'] = 'не в сети';
$_LANG['unknown'] = 'неизвестно';
$_LANG['sessionFrom'] = '{protocol} с {endpoint}, последнее рукопожатие {handshake} ({down} получено / {up} отправлено)';
$_LANG['instructions'] = 'Как подключиться (инструкция)';
$_LANG['configTitle'] = 'Конфигурация';
$_LANG['wireguardConfig'] = 'Конфигурация WireGuard';
$_LANG['copy'] = 'Копировать';
$_LANG['downloadFile'] = 'Скачать {file}';
$_LANG['qrAlt'] = 'QR-код WireGuard: отсканируйте его в приложении WireGuard';
$_LANG['openvpnDownload'] = 'Скачать профиль OpenVPN ({file})';
$_LANG['ikev2Download'] = 'Скачать профиль IKEv2';
$_LANG['otlButton'] = 'Создать одноразовую ссылку';
$_LANG['otlHelp'] = 'Для другого устройства: ссылка откроет конфигурацию один раз.';
$_LANG['trafficTitle'] = 'Трафик';
$_LANG['month'] = 'Месяц';
$_LANG['show'] = 'Показать';
$_LANG['trafficTotals'] = '{month}: получено {down}, отправлено {up}.';
$_LANG['trafficError'] = 'Не удалось получить трафик: {error}';
$_LANG['trafficTable'] = 'Трафик по дням';
$_LANG['day'] = 'День';
$_LANG['download'] = 'Загрузка';
$_LANG['upload'] = 'Отдача';
$_LANG['notAMonth'] = '«{value}» — не месяц (ГГГГ-ММ); показан {month}.';

// One-time link page
$_LANG['otlTitle'] = 'Одноразовая ссылка';
$_LANG['otlFor'] = 'Одноразовая ссылка для {name}';
$_LANG['otlExplain'] = 'Эта ссылка откроет конфигурацию VPN один раз, после чего перестанет работать. Откройте её на устройстве, которое хотите подключить, или отправьте туда.';
$_LANG['otlLinkLabel'] = 'Одноразовая ссылка';
$_LANG['backToService'] = 'Вернуться к услуге';
$_LANG['otlOnlyByButton'] = 'Одноразовая ссылка создаётся только кнопкой на странице услуги, чтобы предзагруженная или пересланная ссылка не израсходовала её.';

// Admin service tab
$_LANG['adminClient'] = 'VPN-клиент';
$_LANG['clientOnServer'] = '{name} на {server}';
$_LANG['adminNetwork'] = 'Сеть / IP';
$_LANG['adminStatus'] = 'Статус в панели';
$_LANG['disabledSuspended'] = 'отключён (заблокирован)';
$_LANG['adminCaps'] = 'Ограничения скорости';
$_LANG['sessionLine'] = '{protocol} с {endpoint} (последнее рукопожатие {handshake}, {down} получено / {up} отправлено)';
$_LANG['onlineList'] = 'в сети: {sessions}';
$_LANG['unknownBecause'] = 'неизвестно ({why})';
$_LANG['adminTraffic'] = 'Трафик за этот месяц';
$_LANG['trafficAdmin'] = 'получено {down}, отправлено {up} ({month})';
$_LANG['buttonReapplyCaps'] = 'Применить ограничения скорости повторно';
