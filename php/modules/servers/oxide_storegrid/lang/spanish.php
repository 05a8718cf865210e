<?php
/**
 * oxide_storegrid: Spanish (Español).
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
$_LANG['errorDetails'] = 'Detalles técnicos';
$_LANG['opensNewWindow'] = '(se abre en una ventana nueva)';

// Client area
$_LANG['storageTitle'] = 'Almacenamiento de copias';
$_LANG['noLimit'] = 'sin límite';
$_LANG['inactiveNotice'] = 'Esta cuenta de copias está inactiva: no se realizan copias. Póngase en contacto con soporte.';
$_LANG['accountTitle'] = 'Cuenta de copias';
$_LANG['accountName'] = 'Nombre de la cuenta';
$_LANG['accountType'] = 'Tipo de cuenta';
$_LANG['kindCustomer'] = 'Cliente';
$_LANG['kindReseller'] = 'Revendedor';
$_LANG['status'] = 'Estado';
$_LANG['statusActive'] = 'Activa';
$_LANG['statusInactive'] = 'Inactiva';
$_LANG['mcalLabel'] = 'Clientes de copia (licencias)';
$_LANG['mcalAllotted'] = '{used} usados de {allotted} asignados';
$_LANG['mcalAuto'] = '{used} usados, asignación automática';
$_LANG['setupTitle'] = 'Software cliente y configuración';
$_LANG['setupStep1'] = 'Abra la consola web de copias y descargue el cliente de copias para su equipo o servidor.';
$_LANG['setupStep2'] = 'Instálelo y conéctelo con la dirección del servidor y el nombre de cuenta indicados abajo.';
$_LANG['setupStep3'] = 'Sus copias se cifran con su clave de acceso: guárdela bien, sin ella no se pueden restaurar.';
$_LANG['serverAddress'] = 'Dirección del servidor';
$_LANG['passKeyLabel'] = 'Clave de acceso';
$_LANG['passKeyInField'] = 'Aparece en el campo «{field}» de este servicio.';
$_LANG['passKeyFromSupport'] = 'Solicite su clave de acceso a soporte.';
$_LANG['openConsole'] = 'Abrir la consola web de copias';

// Admin service tab
$_LANG['adminAccount'] = 'Cuenta de copias';
$_LANG['customerOf'] = '{name} — cliente del revendedor {reseller}';
$_LANG['resellerAccount'] = '{name} — revendedor';
$_LANG['adminStatus'] = 'Estado de las copias';
$_LANG['activeOnServer'] = 'Activa en el servidor de copias';
$_LANG['inactiveOnServer'] = 'Inactiva en el servidor de copias';
$_LANG['adminStorage'] = 'Almacenamiento';
$_LANG['storageUsedOf'] = '{used} usados de {limit}';
$_LANG['adminMcal'] = 'MCAL';
$_LANG['adminThrottling'] = 'Limitación de ancho de banda';
$_LANG['throttleTimed'] = '{rate} de {from} a {till}';
$_LANG['throttleAlways'] = '{rate} siempre';
$_LANG['throttleGlobal'] = 'configuración global';
$_LANG['off'] = 'desactivado';
$_LANG['on'] = 'activado';
$_LANG['adminLocation'] = 'Ubicación del almacenamiento';
$_LANG['adminAutoAuthorize'] = 'Autorización automática';
$_LANG['buttonRetrievePassKey'] = 'Recuperar clave de acceso';
$_LANG['buttonReapplySettings'] = 'Volver a aplicar la configuración';
