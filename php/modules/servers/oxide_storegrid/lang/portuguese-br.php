<?php
/**
 * oxide_storegrid: Brazilian Portuguese (Português do Brasil).
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
$_LANG['storageTitle'] = 'Armazenamento de backup';
$_LANG['noLimit'] = 'sem limite';
$_LANG['inactiveNotice'] = 'Esta conta de backup está inativa: os backups não são executados. Entre em contato com o suporte.';
$_LANG['accountTitle'] = 'Conta de backup';
$_LANG['accountName'] = 'Nome da conta';
$_LANG['accountType'] = 'Tipo de conta';
$_LANG['kindCustomer'] = 'Cliente';
$_LANG['kindReseller'] = 'Revendedor';
$_LANG['status'] = 'Status';
$_LANG['statusActive'] = 'Ativa';
$_LANG['statusInactive'] = 'Inativa';
$_LANG['mcalLabel'] = 'Clientes de backup (licenças)';
$_LANG['mcalAllotted'] = '{used} usados de {allotted} atribuídos';
$_LANG['mcalAuto'] = '{used} usados, atribuição automática';
$_LANG['setupTitle'] = 'Software cliente e configuração';
$_LANG['setupStep1'] = 'Abra o console web de backup e baixe o cliente de backup para o seu computador ou servidor.';
$_LANG['setupStep2'] = 'Instale-o e conecte-o com o endereço do servidor e o nome da conta abaixo.';
$_LANG['setupStep3'] = 'Seus backups são criptografados com sua chave de acesso: guarde-a bem, sem ela eles não podem ser restaurados.';
$_LANG['serverAddress'] = 'Endereço do servidor';
$_LANG['passKeyLabel'] = 'Chave de acesso';
$_LANG['passKeyInField'] = 'Exibida no campo “{field}” deste serviço.';
$_LANG['passKeyFromSupport'] = 'Solicite sua chave de acesso ao suporte.';
$_LANG['openConsole'] = 'Abrir o console web de backup';

// Admin service tab
$_LANG['adminAccount'] = 'Conta de backup';
$_LANG['customerOf'] = '{name} — cliente do revendedor {reseller}';
$_LANG['resellerAccount'] = '{name} — revendedor';
$_LANG['adminStatus'] = 'Status do backup';
$_LANG['activeOnServer'] = 'Ativa no servidor de backup';
$_LANG['inactiveOnServer'] = 'Inativa no servidor de backup';
$_LANG['adminStorage'] = 'Armazenamento';
$_LANG['storageUsedOf'] = '{used} usados de {limit}';
$_LANG['adminMcal'] = 'MCAL';
$_LANG['adminThrottling'] = 'Limitação de largura de banda';
$_LANG['throttleTimed'] = '{rate} das {from} às {till}';
$_LANG['throttleAlways'] = '{rate} sempre';
$_LANG['throttleGlobal'] = 'configuração global';
$_LANG['off'] = 'desativado';
$_LANG['on'] = 'ativado';
$_LANG['adminLocation'] = 'Local de armazenamento';
$_LANG['adminAutoAuthorize'] = 'Autorização automática';
$_LANG['buttonRetrievePassKey'] = 'Recuperar chave de acesso';
$_LANG['buttonReapplySettings'] = 'Reaplicar configurações';
