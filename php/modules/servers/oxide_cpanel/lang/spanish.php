<?php
/**
 * oxide_cpanel: Spanish (Español).
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
