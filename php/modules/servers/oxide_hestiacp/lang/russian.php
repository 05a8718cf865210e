<?php
/**
 * oxide_hestiacp: Russian (Русский).
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

// Client area
$_LANG['pageTitle'] = 'Хостинг-аккаунт';
$_LANG['usageTitle'] = 'Использование';
$_LANG['diskUsage'] = 'Дисковое пространство';
$_LANG['bandwidthUsage'] = 'Трафик (этот месяц)';
$_LANG['mailAccountsUsage'] = 'Почтовые ящики (на домен)';
$_LANG['databasesUsage'] = 'Базы данных';
$_LANG['accountTitle'] = 'Учётная запись';
$_LANG['username'] = 'Имя пользователя';
$_LANG['package'] = 'Тариф';
$_LANG['webDomains'] = 'Веб-домены';
$_LANG['sslActive'] = 'SSL включён';
$_LANG['loginToPanel'] = 'Войти в HestiaCP';
$_LANG['shortcutsTitle'] = 'Быстрые ссылки';
$_LANG['shortcutsHelp'] = 'Ссылки открывают панель управления; войдите в неё с данными своей учётной записи.';
$_LANG['shortcutWeb'] = 'Сайты';
$_LANG['shortcutMail'] = 'Почта';
$_LANG['shortcutDatabases'] = 'Базы данных';
$_LANG['shortcutCron'] = 'Задания cron';
$_LANG['shortcutBackups'] = 'Резервные копии';
$_LANG['shortcutPanelFiles'] = 'Файловый менеджер панели';
$_LANG['fileManager'] = 'Файловый менеджер';

// Quick mail account creation
$_LANG['mailCreateTitle'] = 'Быстрое создание почтового ящика';
$_LANG['mailPrefixLabel'] = 'Адрес электронной почты';
$_LANG['mailPasswordLabel'] = 'Пароль';
$_LANG['mailPasswordHelp'] = 'Не менее 8 символов, с заглавными и строчными буквами и цифрой.';
$_LANG['mailQuotaLabel'] = 'Размер ящика (МБ)';
$_LANG['mailQuotaHelp'] = 'Пусто или 0 — без ограничений.';
$_LANG['mailCreateButton'] = 'Создать';
$_LANG['mailBadName'] = 'Имя ящика может содержать только латинские буквы a–z, цифры, точки, дефисы и подчёркивания, должно начинаться и заканчиваться буквой или цифрой и быть не длиннее 64 символов. Ничего не создано.';
$_LANG['mailWeakPassword'] = 'Пароль слишком простой: используйте не менее 8 символов с заглавными и строчными буквами и цифрой (не начиная с /). Ничего не создано.';
$_LANG['mailBadQuota'] = 'Размер ящика должен быть целым числом МБ (пусто или 0 — без ограничений). Ничего не создано.';
$_LANG['mailNoDomain'] = 'У этой услуги на сервере ещё нет почтового домена, поэтому ящик создать нельзя. Обратитесь в службу поддержки.';
$_LANG['mailLimitReached'] = 'Достигнут лимит почтовых ящиков вашего тарифа. Удалите ящик или перейдите на тариф выше. Ничего не создано.';
$_LANG['mailExists'] = 'Такой почтовый ящик уже существует. Ничего не изменено.';

// Admin service tab
$_LANG['adminAccount'] = 'Учётная запись HestiaCP';
$_LANG['accountPackage'] = '{user} — тариф {package}';
$_LANG['adminStatus'] = 'Статус';
$_LANG['statusActiveOnPanel'] = 'Активна в панели';
$_LANG['statusSuspendedOnPanel'] = 'Заблокирована в панели';
$_LANG['buttonIssueSsl'] = 'Выпустить сертификат Let\'s Encrypt';
$_LANG['buttonReapplyPackage'] = 'Применить тариф повторно';

// File manager page
$_LANG['fmCurrentFolder'] = 'Текущая папка';
$_LANG['fmUp'] = 'Вверх';
$_LANG['fmRefresh'] = 'Обновить';
$_LANG['fmNewFolder'] = 'Новая папка';
$_LANG['fmNewFile'] = 'Новый файл';
$_LANG['fmUpload'] = 'Загрузить';
$_LANG['fmRename'] = 'Переименовать';
$_LANG['fmCopy'] = 'Копировать';
$_LANG['fmMove'] = 'Переместить';
$_LANG['fmPermissions'] = 'Права доступа';
$_LANG['fmArchive'] = 'Архивировать';
$_LANG['fmExtract'] = 'Распаковать';
$_LANG['fmDelete'] = 'Удалить';
$_LANG['fmSearchPlaceholder'] = 'Поиск по имени, напр. *.php';
$_LANG['fmSearch'] = 'Найти';
$_LANG['fmLimits'] = 'Загрузка, скачивание и редактор работают с текстовыми файлами до {mb} МБ каждый (API HestiaCP передаёт только текст; для двоичных или более крупных файлов используйте SFTP/FTP). Новые архивы: {formats}; распаковка: zip, tar.gz, tgz, tar, gz.';
$_LANG['fmReadOnly'] = 'Этот файловый менеджер доступен только для чтения: вы можете просматривать, открывать и скачивать файлы. Чтобы изменять файлы, используйте SFTP/FTP.';
$_LANG['fmJsHttpError'] = 'сервер ответил HTTP {status}: {body}';
$_LANG['fmJsActionFailed'] = 'действие не выполнено';
$_LANG['fmJsResultsFor'] = '— результаты для «{pattern}»';
$_LANG['fmJsDownload'] = 'Скачать';
$_LANG['fmJsNothingFound'] = 'Ничего не найдено.';
$_LANG['fmJsEmptyFolder'] = 'Эта папка пуста.';
$_LANG['fmJsAmbiguous'] = 'Элементов не показано: {count}. Сервер выводит их имена неоднозначно (перевод строки в имени или имена, различающиеся только пробелами в конце). Переименуйте их через SFTP/FTP.';
$_LANG['fmJsTooBigToEdit'] = 'Размер {name} — {size}; редактор открывает файлы до {max}.';
$_LANG['fmJsLineEndSpaces'] = 'Сервер не возвращает пробелы в конце строк; при сохранении они будут удалены.';
$_LANG['fmJsOpened'] = 'Открыт {path}';
$_LANG['fmJsDownloadFailed'] = 'скачивание не удалось';
$_LANG['fmJsDownloaded'] = 'Скачан {path}';
$_LANG['fmJsNotText'] = '{name} — не текстовый файл; API HestiaCP передаёт только текст, загружайте двоичные файлы через SFTP/FTP';
$_LANG['fmJsUploaded'] = 'Загружено файлов: {count}';
$_LANG['fmJsUploadTooBig'] = 'Размер {name} — {size}; предел загрузки — {max} на файл';
$_LANG['fmJsUploading'] = 'Загрузка {name}…';
$_LANG['fmJsAskFolderName'] = 'Имя новой папки:';
$_LANG['fmJsCreatedFolder'] = 'Создана папка {name}';
$_LANG['fmJsAskFileName'] = 'Имя нового файла:';
$_LANG['fmJsCreatedFile'] = 'Создан файл {name}';
$_LANG['fmJsAskRename'] = 'Новое имя для {path}:';
$_LANG['fmJsRenamed'] = 'Переименовано в {name}';
$_LANG['fmJsAskMode'] = 'Права доступа {path} (восьмеричные, например 644):';
$_LANG['fmJsModeSet'] = 'Права доступа {path} установлены: {mode}';
$_LANG['fmJsAskArchive'] = 'Имя архива (.tar.gz, .tgz или .tar) в текущей папке:';
$_LANG['fmJsCreated'] = 'Создан {name}';
$_LANG['fmJsAskExtract'] = 'Распаковать {name} в папку (относительно домашнего каталога):';
$_LANG['fmJsExtracted'] = '{name} распакован в {target}';
$_LANG['fmJsAskDelete'] = 'Удалить элементы ({count})? {paths} — это нельзя отменить.';
$_LANG['fmJsDeleted'] = 'Удалено элементов: {count}';
$_LANG['fmJsAskCopy'] = 'Копировать элементы ({count}) в папку (относительно домашнего каталога):';
$_LANG['fmJsAskMove'] = 'Переместить элементы ({count}) в папку (относительно домашнего каталога):';
$_LANG['fmJsCopied'] = 'Скопировано в {target}';
$_LANG['fmJsMoved'] = 'Перемещено в {target}';
$_LANG['fmJsSavedTrimmed'] = 'Сохранён {path} (сервер удалил пробелы в начале и в конце и завершил файл одним переводом строки)';
$_LANG['fmJsSaved'] = 'Сохранён {path}';
$_LANG['fmJsFound'] = 'Найдено: {count}';
$_LANG['fmJsFoundTruncated'] = 'Найдено: {count} (показаны первые 500)';
$_LANG['fmSelectAll'] = 'Выбрать все';
$_LANG['fmName'] = 'Имя';
$_LANG['fmSize'] = 'Размер';
$_LANG['fmModified'] = 'Изменён';
$_LANG['fmSave'] = 'Сохранить';
$_LANG['fmClose'] = 'Закрыть';
$_LANG['fmOk'] = 'ОК';
$_LANG['fmCancel'] = 'Отмена';
