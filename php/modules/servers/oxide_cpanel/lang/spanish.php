<?php
/**
 * oxide_cpanel: Spanish (Español).
 * WHMCS language-file format. Local changes belong in lang/overrides/spanish.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Client area (templates/clientarea.tpl) and Quick Create Email Account
$_LANG['overviewTitle'] = 'Cuenta de hosting cPanel';
$_LANG['username'] = 'Usuario';
$_LANG['domain'] = 'Dominio';
$_LANG['package'] = 'Plan';
$_LANG['diskUsage'] = 'Uso de disco';
$_LANG['bandwidthUsage'] = 'Ancho de banda este mes';
$_LANG['percentUsed'] = '{percent} % usado';
$_LANG['limitsTitle'] = 'Límites de la cuenta';
$_LANG['emailAccounts'] = 'Cuentas de correo';
$_LANG['databases'] = 'Bases de datos MySQL';
$_LANG['addonDomains'] = 'Dominios adicionales';
$_LANG['subdomains'] = 'Subdominios';
$_LANG['suspendedWarning'] = 'Esta cuenta está suspendida: su sitio web, su correo y cPanel no están disponibles. Póngase en contacto con soporte.';
$_LANG['nearLimitDisk'] = 'Esta cuenta ha usado el {percent} % de su espacio en disco. Considere ampliar su plan antes de que se agote.';
$_LANG['nearLimitBandwidth'] = 'Esta cuenta ha usado el {percent} % del ancho de banda de este mes. Considere ampliar su plan antes de que se agote.';
$_LANG['loginCpanel'] = 'Acceder a cPanel';
$_LANG['shortcutsTitle'] = 'Accesos directos';
$_LANG['shortcutEmailAccounts'] = 'Cuentas de correo';
$_LANG['shortcutForwarders'] = 'Reenviadores';
$_LANG['shortcutAutoresponders'] = 'Respuestas automáticas';
$_LANG['shortcutFileManager'] = 'Administrador de archivos';
$_LANG['shortcutBackup'] = 'Copia de seguridad';
$_LANG['shortcutSubdomains'] = 'Subdominios';
$_LANG['shortcutAddonDomains'] = 'Dominios adicionales';
$_LANG['shortcutCronJobs'] = 'Tareas cron';
$_LANG['shortcutMysqlDatabases'] = 'Bases de datos MySQL';
$_LANG['shortcutPhpMyAdmin'] = 'phpMyAdmin';
$_LANG['shortcutAwstats'] = 'Awstats';
$_LANG['quickEmailTitle'] = 'Crear cuenta de correo rápidamente';
$_LANG['emailPrefixLabel'] = 'Dirección de correo';
$_LANG['emailPasswordLabel'] = 'Contraseña';
$_LANG['emailQuotaLabel'] = 'Tamaño del buzón (MB, 0 = ilimitado)';
$_LANG['emailCreateButton'] = 'Crear';
$_LANG['emailNotActive'] = 'Solo se pueden crear cuentas de correo para servicios activos.';
$_LANG['emailPrefixMissing'] = 'Introduzca el nombre de la nueva cuenta de correo (la parte antes de la @).';
$_LANG['emailPrefixInvalid'] = 'El nombre de la cuenta de correo solo puede contener letras (a-z), cifras, puntos, guiones y guiones bajos (como máximo 64) y no puede empezar ni terminar con un punto.';
$_LANG['emailPasswordMissing'] = 'Introduzca una contraseña para la nueva cuenta de correo.';
$_LANG['emailPasswordWeak'] = 'cPanel rechazó esta contraseña por ser demasiado débil. Use al menos 8 caracteres que combinen mayúsculas, minúsculas, cifras y símbolos.';
$_LANG['emailQuotaInvalid'] = 'El tamaño del buzón debe ser un número entero de megabytes (0 para ilimitado).';
$_LANG['emailLimitReached'] = 'Esta cuenta de hosting ha alcanzado su número máximo de cuentas de correo. Amplíe el plan o elimine antes una cuenta.';
$_LANG['emailExists'] = 'Ya existe una cuenta de correo con este nombre.';
$_LANG['emailFailed'] = 'cPanel no pudo crear la cuenta de correo: {reason}';

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

// Single sign-on buttons and page
$_LANG['loginWebmail'] = 'Acceder a Webmail';
$_LANG['loginWhm'] = 'Acceder a WHM';
$_LANG['opening'] = 'Abriendo {label}…';

// Admin service tab
$_LANG['adminAccount'] = 'Cuenta de cPanel';
$_LANG['accountLine'] = '{user} — {domain} — plan {package} (propietario {owner})';
$_LANG['adminStatus'] = 'Estado en cPanel';
$_LANG['statusActive'] = 'Activa';
$_LANG['statusSuspendedBecause'] = 'Suspendida ({reason})';
$_LANG['ipAddress'] = 'Dirección IP';
$_LANG['disk'] = 'Disco';
$_LANG['bandwidthThisMonth'] = 'Ancho de banda este mes';
$_LANG['accountLimits'] = 'Límites de la cuenta';
$_LANG['limitsLine'] = 'cuentas de correo {email}, bases de datos {databases}, dominios adicionales {addon}, subdominios {sub}, dominios aparcados {parked}';
$_LANG['trafficRecorded'] = 'Tráfico registrado';
$_LANG['trafficNoneYet'] = 'aún ninguno (lo registra la actualización diaria de uso)';
$_LANG['resellerAccounts'] = 'Cuentas del revendedor';
$_LANG['buttonReapplyAddons'] = 'Volver a aplicar los límites de complementos';
$_LANG['resellerNone'] = 'ninguna aparte de la propia';
$_LANG['resellerSummary'] = '{count} aparte de la propia ({suspended} suspendidas), {disk} de disco en total: {names}{more}';
$_LANG['resellerMore'] = ' y {count} más';
