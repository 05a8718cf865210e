<?php
/**
 * oxide_cpanel: Brazilian Portuguese (Português do Brasil).
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
$_LANG['actionUnavailable'] = 'Esta ação não está disponível no momento. Tente novamente mais tarde ou entre em contato com o suporte.';
$_LANG['activeOnly'] = 'Esta ação está disponível apenas para serviços ativos.';
$_LANG['errorDetails'] = 'Detalhes técnicos';
$_LANG['opensNewWindow'] = '(abre em uma nova janela)';

// Single sign-on buttons and page
$_LANG['loginWebmail'] = 'Entrar no Webmail';
$_LANG['loginWhm'] = 'Entrar no WHM';
$_LANG['opening'] = 'Abrindo {label}…';

// Admin service tab
$_LANG['adminAccount'] = 'Conta cPanel';
$_LANG['accountLine'] = '{user} — {domain} — plano {package} (proprietário {owner})';
$_LANG['adminStatus'] = 'Status no cPanel';
$_LANG['statusActive'] = 'Ativa';
$_LANG['statusSuspendedBecause'] = 'Suspensa ({reason})';
$_LANG['ipAddress'] = 'Endereço IP';
$_LANG['disk'] = 'Disco';
$_LANG['bandwidthThisMonth'] = 'Largura de banda este mês';
$_LANG['accountLimits'] = 'Limites da conta';
$_LANG['limitsLine'] = 'contas de e-mail {email}, bancos de dados {databases}, domínios adicionais {addon}, subdomínios {sub}, domínios estacionados {parked}';
$_LANG['trafficRecorded'] = 'Tráfego registrado';
$_LANG['trafficNoneYet'] = 'nenhum ainda (registrado pela atualização diária de uso)';
$_LANG['resellerAccounts'] = 'Contas do revendedor';
$_LANG['buttonReapplyAddons'] = 'Reaplicar limites de complementos';
$_LANG['resellerNone'] = 'nenhuma além da própria';
$_LANG['resellerSummary'] = '{count} além da própria ({suspended} suspensas), {disk} de disco no total: {names}{more}';
$_LANG['resellerMore'] = ' e mais {count}';
