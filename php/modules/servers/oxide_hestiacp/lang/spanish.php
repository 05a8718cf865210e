<?php
/**
 * oxide_hestiacp: Spanish (Español).
 * WHMCS language-file format. Local changes belong in lang/overrides/spanish.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Numbers and sizes
$_LANG['numberDecimal'] = ',';
$_LANG['numberThousands'] = '.';
$_LANG['unitB'] = 'B';
$_LANG['unitKB'] = 'KB';
$_LANG['unitMB'] = 'MB';
$_LANG['unitGB'] = 'GB';
$_LANG['unitTB'] = 'TB';
$_LANG['unlimited'] = 'ilimitado';
$_LANG['notReported'] = 'no informado';

// Shared page texts
$_LANG['usedOf'] = '{used} de {limit}';
$_LANG['nearLimit'] = '{what} está al {percent} % de su límite.';
$_LANG['overLimit'] = '{what} ha superado su límite ({percent} %).';
$_LANG['none'] = 'ninguno';
$_LANG['accountSuspended'] = 'Esta cuenta está suspendida. Póngase en contacto con soporte.';
$_LANG['errorLoading'] = 'Los detalles de este servicio no se pueden mostrar en este momento. Inténtelo más tarde o póngase en contacto con soporte.';
$_LANG['actionUnavailable'] = 'Esta acción no está disponible en este momento. Inténtelo más tarde o póngase en contacto con soporte.';
$_LANG['activeOnly'] = 'Esta acción solo está disponible para servicios activos.';
$_LANG['errorDetails'] = 'Detalles técnicos';
$_LANG['opensNewWindow'] = '(se abre en una ventana nueva)';

// Client area
$_LANG['pageTitle'] = 'Cuenta de alojamiento';
$_LANG['usageTitle'] = 'Uso';
$_LANG['diskUsage'] = 'Espacio en disco';
$_LANG['bandwidthUsage'] = 'Ancho de banda (este mes)';
$_LANG['mailAccountsUsage'] = 'Cuentas de correo (por dominio)';
$_LANG['databasesUsage'] = 'Bases de datos';
$_LANG['accountTitle'] = 'Cuenta';
$_LANG['username'] = 'Nombre de usuario';
$_LANG['package'] = 'Plan';
$_LANG['webDomains'] = 'Dominios web';
$_LANG['sslActive'] = 'SSL activo';
$_LANG['loginToPanel'] = 'Acceder a HestiaCP';
$_LANG['shortcutsTitle'] = 'Accesos rápidos';
$_LANG['shortcutsHelp'] = 'Estos enlaces abren el panel de control; inicie sesión allí con los datos de su cuenta.';
$_LANG['shortcutWeb'] = 'Sitios web';
$_LANG['shortcutMail'] = 'Correo';
$_LANG['shortcutDatabases'] = 'Bases de datos';
$_LANG['shortcutCron'] = 'Tareas cron';
$_LANG['shortcutBackups'] = 'Copias de seguridad';
$_LANG['shortcutPanelFiles'] = 'Administrador de archivos del panel';
$_LANG['fileManager'] = 'Administrador de archivos';

// Quick mail account creation
$_LANG['mailCreateTitle'] = 'Crear cuenta de correo rápidamente';
$_LANG['mailPrefixLabel'] = 'Dirección de correo';
$_LANG['mailPasswordLabel'] = 'Contraseña';
$_LANG['mailPasswordHelp'] = 'Al menos 8 caracteres, con mayúsculas, minúsculas y un dígito.';
$_LANG['mailQuotaLabel'] = 'Tamaño del buzón (MB)';
$_LANG['mailQuotaHelp'] = 'Vacío o 0: ilimitado.';
$_LANG['mailCreateButton'] = 'Crear';
$_LANG['mailBadName'] = 'El nombre del correo solo puede contener letras a–z, dígitos, puntos, guiones y guiones bajos, debe empezar y terminar con una letra o un dígito y tener como máximo 64 caracteres. No se ha creado nada.';
$_LANG['mailWeakPassword'] = 'La contraseña es demasiado débil: use al menos 8 caracteres con mayúsculas, minúsculas y un dígito (sin empezar por /). No se ha creado nada.';
$_LANG['mailBadQuota'] = 'El tamaño del buzón debe ser un número entero de MB (vacío o 0 para ilimitado). No se ha creado nada.';
$_LANG['mailNoDomain'] = 'Este servicio aún no tiene un dominio de correo en el servidor, así que no se puede crear ninguna cuenta. Póngase en contacto con soporte.';
$_LANG['mailLimitReached'] = 'Se ha alcanzado el límite de cuentas de correo de su plan. Elimine una cuenta o mejore su plan. No se ha creado nada.';
$_LANG['mailExists'] = 'Esta cuenta de correo ya existe. No se ha cambiado nada.';

// Admin service tab
$_LANG['adminAccount'] = 'Cuenta de HestiaCP';
$_LANG['accountPackage'] = '{user} — plan {package}';
$_LANG['adminStatus'] = 'Estado';
$_LANG['statusActiveOnPanel'] = 'Activa en el panel';
$_LANG['statusSuspendedOnPanel'] = 'Suspendida en el panel';
$_LANG['buttonIssueSsl'] = 'Emitir certificado Let\'s Encrypt';
$_LANG['buttonReapplyPackage'] = 'Volver a aplicar el plan';

// File manager page
$_LANG['fmCurrentFolder'] = 'Carpeta actual';
$_LANG['fmUp'] = 'Subir';
$_LANG['fmRefresh'] = 'Actualizar';
$_LANG['fmNewFolder'] = 'Nueva carpeta';
$_LANG['fmNewFile'] = 'Nuevo archivo';
$_LANG['fmUpload'] = 'Subir archivo';
$_LANG['fmRename'] = 'Renombrar';
$_LANG['fmCopy'] = 'Copiar';
$_LANG['fmMove'] = 'Mover';
$_LANG['fmPermissions'] = 'Permisos';
$_LANG['fmArchive'] = 'Comprimir';
$_LANG['fmExtract'] = 'Extraer';
$_LANG['fmDelete'] = 'Eliminar';
$_LANG['fmSearchPlaceholder'] = 'Buscar nombres, p. ej. *.php';
$_LANG['fmSearch'] = 'Buscar';
$_LANG['fmLimits'] = 'Las subidas, descargas y el editor admiten archivos de texto de hasta {mb} MB cada uno (la API de HestiaCP solo transporta texto; use SFTP/FTP para archivos binarios o más grandes). Archivos nuevos: {formats}; extraer: zip, tar.gz, tgz, tar, gz.';
$_LANG['fmReadOnly'] = 'Este administrador de archivos es de solo lectura: puede explorar, abrir y descargar archivos. Para modificar archivos, use SFTP/FTP.';
$_LANG['fmJsHttpError'] = 'el servidor respondió HTTP {status}: {body}';
$_LANG['fmJsActionFailed'] = 'la acción ha fallado';
$_LANG['fmJsResultsFor'] = '— resultados para «{pattern}»';
$_LANG['fmJsDownload'] = 'Descargar';
$_LANG['fmJsNothingFound'] = 'No se encontró nada.';
$_LANG['fmJsEmptyFolder'] = 'Esta carpeta está vacía.';
$_LANG['fmJsAmbiguous'] = '{count} elementos no se muestran: el servidor lista sus nombres de forma ambigua (un salto de línea en el nombre, o nombres que solo difieren en espacios al final). Cámbieles el nombre por SFTP/FTP.';
$_LANG['fmJsTooBigToEdit'] = '{name} ocupa {size}; el editor abre archivos de hasta {max}.';
$_LANG['fmJsLineEndSpaces'] = 'El servidor no devuelve los espacios al final de las líneas; se perderán al guardar.';
$_LANG['fmJsOpened'] = '{path} abierto';
$_LANG['fmJsDownloadFailed'] = 'la descarga ha fallado';
$_LANG['fmJsDownloaded'] = '{path} descargado';
$_LANG['fmJsNotText'] = '{name} no es un archivo de texto; la API de HestiaCP solo transporta texto, suba los archivos binarios por SFTP/FTP';
$_LANG['fmJsUploaded'] = '{count} archivo(s) subido(s)';
$_LANG['fmJsUploadTooBig'] = '{name} ocupa {size}; el límite de subida es {max} por archivo';
$_LANG['fmJsUploading'] = 'Subiendo {name}…';
$_LANG['fmJsAskFolderName'] = 'Nombre de la nueva carpeta:';
$_LANG['fmJsCreatedFolder'] = 'Carpeta {name} creada';
$_LANG['fmJsAskFileName'] = 'Nombre del nuevo archivo:';
$_LANG['fmJsCreatedFile'] = 'Archivo {name} creado';
$_LANG['fmJsAskRename'] = 'Nuevo nombre para {path}:';
$_LANG['fmJsRenamed'] = 'Renombrado a {name}';
$_LANG['fmJsAskMode'] = 'Permisos de {path} (octal, p. ej. 644):';
$_LANG['fmJsModeSet'] = 'Permisos de {path} establecidos en {mode}';
$_LANG['fmJsAskArchive'] = 'Nombre del archivo comprimido (.tar.gz, .tgz o .tar) en la carpeta actual:';
$_LANG['fmJsCreated'] = '{name} creado';
$_LANG['fmJsAskExtract'] = 'Extraer {name} en la carpeta (relativa a su directorio personal):';
$_LANG['fmJsExtracted'] = '{name} extraído en {target}';
$_LANG['fmJsAskDelete'] = '¿Eliminar {count} elemento(s)? {paths} — no se puede deshacer.';
$_LANG['fmJsDeleted'] = '{count} elemento(s) eliminado(s)';
$_LANG['fmJsAskCopy'] = 'Copiar {count} elemento(s) a la carpeta (relativa a su directorio personal):';
$_LANG['fmJsAskMove'] = 'Mover {count} elemento(s) a la carpeta (relativa a su directorio personal):';
$_LANG['fmJsCopied'] = 'Copiado a {target}';
$_LANG['fmJsMoved'] = 'Movido a {target}';
$_LANG['fmJsSavedTrimmed'] = '{path} guardado (el servidor quitó el espacio en blanco al principio y al final y lo terminó con un salto de línea)';
$_LANG['fmJsSaved'] = '{path} guardado';
$_LANG['fmJsFound'] = '{count} encontrados';
$_LANG['fmJsFoundTruncated'] = '{count} encontrados (se muestran los primeros 500)';
$_LANG['fmSelectAll'] = 'Seleccionar todo';
$_LANG['fmName'] = 'Nombre';
$_LANG['fmSize'] = 'Tamaño';
$_LANG['fmModified'] = 'Modificado';
$_LANG['fmSave'] = 'Guardar';
$_LANG['fmClose'] = 'Cerrar';
$_LANG['fmOk'] = 'Aceptar';
$_LANG['fmCancel'] = 'Cancelar';
