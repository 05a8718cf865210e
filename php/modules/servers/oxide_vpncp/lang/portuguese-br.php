<?php
/**
 * oxide_vpncp: Brazilian Portuguese (Português do Brasil).
 * WHMCS language-file format. Local changes belong in lang/overrides/portuguese-br.php
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
$_LANG['notReported'] = 'não informado';

// Shared page texts
$_LANG['usedOf'] = '{used} de {limit}';
$_LANG['nearLimit'] = '{what} está em {percent}% do limite.';
$_LANG['overLimit'] = '{what} ultrapassou o limite ({percent}%).';
$_LANG['none'] = 'nenhum';
$_LANG['accountSuspended'] = 'Esta conta está suspensa. Entre em contato com o suporte.';
$_LANG['errorLoading'] = 'Os detalhes deste serviço não podem ser exibidos agora. Tente novamente mais tarde ou entre em contato com o suporte.';
$_LANG['errorDetails'] = 'Detalhes técnicos';
$_LANG['opensNewWindow'] = '(abre em uma nova janela)';

// Client area
$_LANG['vpnSuspended'] = 'Esta VPN está suspensa. Entre em contato com o suporte.';
$_LANG['connectionTitle'] = 'Conexão VPN';
$_LANG['clientName'] = 'Cliente VPN';
$_LANG['network'] = 'Rede';
$_LANG['ipAddress'] = 'Endereço IP';
$_LANG['status'] = 'Status';
$_LANG['enabled'] = 'ativada';
$_LANG['disabled'] = 'desativada';
$_LANG['speed'] = 'Velocidade';
$_LANG['speedLine'] = 'download {down}, upload {up}';
$_LANG['protocols'] = 'Protocolos';
$_LANG['connection'] = 'Conexão';
$_LANG['online'] = 'online';
$_LANG['offline'] = 'offline';
$_LANG['unknown'] = 'desconhecido';
$_LANG['sessionFrom'] = '{protocol} de {endpoint}, último handshake {handshake} ({down} recebidos / {up} enviados)';
$_LANG['instructions'] = 'Como conectar (instruções)';
$_LANG['configTitle'] = 'Configuração';
$_LANG['wireguardConfig'] = 'Configuração do WireGuard';
$_LANG['copy'] = 'Copiar';
$_LANG['downloadFile'] = 'Baixar {file}';
$_LANG['qrAlt'] = 'Código QR do WireGuard: escaneie com o app WireGuard';
$_LANG['openvpnDownload'] = 'Baixar perfil OpenVPN ({file})';
$_LANG['ikev2Download'] = 'Baixar perfil IKEv2';
$_LANG['otlButton'] = 'Criar um link de uso único';
$_LANG['otlHelp'] = 'Para outro dispositivo: o link abre a configuração uma única vez.';
$_LANG['trafficTitle'] = 'Tráfego';
$_LANG['month'] = 'Mês';
$_LANG['show'] = 'Mostrar';
$_LANG['trafficTotals'] = '{month}: {down} recebidos, {up} enviados.';
$_LANG['trafficError'] = 'Não foi possível ler o tráfego: {error}';
$_LANG['trafficTable'] = 'Tráfego por dia';
$_LANG['day'] = 'Dia';
$_LANG['download'] = 'Download';
$_LANG['upload'] = 'Upload';
$_LANG['notAMonth'] = '“{value}” não é um mês (AAAA-MM); exibindo {month}.';

// One-time link page
$_LANG['otlTitle'] = 'Link de uso único';
$_LANG['otlFor'] = 'Link de uso único para {name}';
$_LANG['otlExplain'] = 'Este link abre a configuração da VPN uma única vez; depois disso, deixa de funcionar. Abra-o no dispositivo que deseja conectar ou envie-o para ele.';
$_LANG['otlLinkLabel'] = 'Link de uso único';
$_LANG['backToService'] = 'Voltar ao serviço';
$_LANG['otlOnlyByButton'] = 'Um link de uso único só é criado pelo botão na página do serviço, para que um link pré-carregado ou compartilhado não o consuma.';

// Admin service tab
$_LANG['adminClient'] = 'Cliente VPN';
$_LANG['clientOnServer'] = '{name} em {server}';
$_LANG['adminNetwork'] = 'Rede / IP';
$_LANG['adminStatus'] = 'Status no painel';
$_LANG['disabledSuspended'] = 'desativado (suspenso)';
$_LANG['adminCaps'] = 'Limites de largura de banda';
$_LANG['sessionLine'] = '{protocol} de {endpoint} (último handshake {handshake}, {down} recebidos / {up} enviados)';
$_LANG['onlineList'] = 'online: {sessions}';
$_LANG['unknownBecause'] = 'desconhecido ({why})';
$_LANG['adminTraffic'] = 'Tráfego este mês';
$_LANG['trafficAdmin'] = '{down} recebidos, {up} enviados ({month})';
$_LANG['buttonReapplyCaps'] = 'Reaplicar limites de largura de banda';
