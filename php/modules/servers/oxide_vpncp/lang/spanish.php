<?php
/**
 * oxide_vpncp: Spanish (Español).
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
$_LANG['vpnSuspended'] = 'Esta VPN está suspendida. Póngase en contacto con soporte.';
$_LANG['connectionTitle'] = 'Conexión VPN';
$_LANG['clientName'] = 'Cliente VPN';
$_LANG['network'] = 'Red';
$_LANG['ipAddress'] = 'Dirección IP';
$_LANG['status'] = 'Estado';
$_LANG['enabled'] = 'activada';
$_LANG['disabled'] = 'desactivada';
$_LANG['speed'] = 'Velocidad';
$_LANG['speedLine'] = 'descarga {down}, subida {up}';
$_LANG['protocols'] = 'Protocolos';
$_LANG['connection'] = 'Conexión';
$_LANG['online'] = 'en línea';
$_LANG['offline'] = 'desconectado';
$_LANG['unknown'] = 'desconocido';
$_LANG['sessionFrom'] = '{protocol} desde {endpoint}, último handshake {handshake} ({down} bajados / {up} subidos)';
$_LANG['instructions'] = 'Cómo conectarse (instrucciones)';
$_LANG['configTitle'] = 'Configuración';
$_LANG['wireguardConfig'] = 'Configuración de WireGuard';
$_LANG['copy'] = 'Copiar';
$_LANG['downloadFile'] = 'Descargar {file}';
$_LANG['qrAlt'] = 'Código QR de WireGuard: escanéelo con la app de WireGuard';
$_LANG['openvpnDownload'] = 'Descargar perfil de OpenVPN ({file})';
$_LANG['ikev2Download'] = 'Descargar perfil IKEv2';
$_LANG['otlButton'] = 'Crear un enlace de un solo uso';
$_LANG['otlHelp'] = 'Para otro dispositivo: el enlace abre la configuración una sola vez.';
$_LANG['trafficTitle'] = 'Tráfico';
$_LANG['month'] = 'Mes';
$_LANG['show'] = 'Mostrar';
$_LANG['trafficTotals'] = '{month}: {down} descargados, {up} subidos.';
$_LANG['trafficError'] = 'No se pudo leer el tráfico: {error}';
$_LANG['trafficTable'] = 'Tráfico por día';
$_LANG['day'] = 'Día';
$_LANG['download'] = 'Descarga';
$_LANG['upload'] = 'Subida';
$_LANG['notAMonth'] = '«{value}» no es un mes (AAAA-MM); se muestra {month}.';

// One-time link page
$_LANG['otlTitle'] = 'Enlace de un solo uso';
$_LANG['otlFor'] = 'Enlace de un solo uso para {name}';
$_LANG['otlExplain'] = 'Este enlace abre la configuración de la VPN una sola vez; después deja de funcionar. Ábralo en el dispositivo que desea conectar o envíeselo.';
$_LANG['otlLinkLabel'] = 'Enlace de un solo uso';
$_LANG['backToService'] = 'Volver al servicio';
$_LANG['otlOnlyByButton'] = 'Un enlace de un solo uso solo se crea con el botón de la página del servicio, para que un enlace precargado o compartido no lo consuma.';

// Admin service tab
$_LANG['adminClient'] = 'Cliente VPN';
$_LANG['clientOnServer'] = '{name} en {server}';
$_LANG['adminNetwork'] = 'Red / IP';
$_LANG['adminStatus'] = 'Estado en el panel';
$_LANG['disabledSuspended'] = 'desactivado (suspendido)';
$_LANG['adminCaps'] = 'Límites de ancho de banda';
$_LANG['sessionLine'] = '{protocol} desde {endpoint} (último handshake {handshake}, {down} bajados / {up} subidos)';
$_LANG['onlineList'] = 'en línea: {sessions}';
$_LANG['unknownBecause'] = 'desconocido ({why})';
$_LANG['adminTraffic'] = 'Tráfico este mes';
$_LANG['trafficAdmin'] = '{down} bajados, {up} subidos ({month})';
$_LANG['buttonReapplyCaps'] = 'Volver a aplicar los límites de ancho de banda';
