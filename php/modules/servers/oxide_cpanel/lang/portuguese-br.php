<?php
/**
 * oxide_cpanel: Brazilian Portuguese (Português do Brasil).
 * WHMCS language-file format. Local changes belong in lang/overrides/portuguese-br.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Client area (templates/clientarea.tpl) and Quick Create Email Account
$_LANG['overviewTitle'] = 'Conta de hospedagem cPanel';
$_LANG['username'] = 'Usuário';
$_LANG['domain'] = 'Domínio';
$_LANG['package'] = 'Plano';
$_LANG['diskUsage'] = 'Uso de disco';
$_LANG['bandwidthUsage'] = 'Tráfego neste mês';
$_LANG['percentUsed'] = '{percent}% usado';
$_LANG['limitsTitle'] = 'Limites da conta';
$_LANG['emailAccounts'] = 'Contas de e-mail';
$_LANG['databases'] = 'Bancos de dados MySQL';
$_LANG['addonDomains'] = 'Domínios adicionais';
$_LANG['subdomains'] = 'Subdomínios';
$_LANG['suspendedWarning'] = 'Esta conta está suspensa: o site, os e-mails e o cPanel não estão disponíveis. Entre em contato com o suporte.';
$_LANG['nearLimitDisk'] = 'Esta conta já usou {percent}% do espaço em disco. Considere um upgrade antes que ele acabe.';
$_LANG['nearLimitBandwidth'] = 'Esta conta já usou {percent}% do tráfego deste mês. Considere um upgrade antes que ele acabe.';
$_LANG['loginCpanel'] = 'Entrar no cPanel';
$_LANG['shortcutsTitle'] = 'Atalhos rápidos';
$_LANG['shortcutEmailAccounts'] = 'Contas de e-mail';
$_LANG['shortcutForwarders'] = 'Encaminhadores';
$_LANG['shortcutAutoresponders'] = 'Respostas automáticas';
$_LANG['shortcutFileManager'] = 'Gerenciador de arquivos';
$_LANG['shortcutBackup'] = 'Backup';
$_LANG['shortcutSubdomains'] = 'Subdomínios';
$_LANG['shortcutAddonDomains'] = 'Domínios adicionais';
$_LANG['shortcutCronJobs'] = 'Tarefas cron';
$_LANG['shortcutMysqlDatabases'] = 'Bancos de dados MySQL';
$_LANG['shortcutPhpMyAdmin'] = 'phpMyAdmin';
$_LANG['shortcutAwstats'] = 'Awstats';
$_LANG['quickEmailTitle'] = 'Criar conta de e-mail rapidamente';
$_LANG['emailPrefixLabel'] = 'Endereço de e-mail';
$_LANG['emailPasswordLabel'] = 'Senha';
$_LANG['emailQuotaLabel'] = 'Tamanho da caixa (MB, 0 = ilimitado)';
$_LANG['emailCreateButton'] = 'Criar';
$_LANG['emailNotActive'] = 'Contas de e-mail só podem ser criadas para serviços ativos.';
$_LANG['emailPrefixMissing'] = 'Informe o nome da nova conta de e-mail (a parte antes do @).';
$_LANG['emailPrefixInvalid'] = 'O nome da conta de e-mail só pode conter letras (a-z), números, pontos, hifens e sublinhados (no máximo 64) e não pode começar nem terminar com ponto.';
$_LANG['emailPasswordMissing'] = 'Informe uma senha para a nova conta de e-mail.';
$_LANG['emailPasswordWeak'] = 'O cPanel recusou esta senha por ser fraca demais. Use pelo menos 8 caracteres misturando letras maiúsculas e minúsculas, números e símbolos.';
$_LANG['emailQuotaInvalid'] = 'O tamanho da caixa deve ser um número inteiro de megabytes (0 para ilimitado).';
$_LANG['emailLimitReached'] = 'Esta conta de hospedagem atingiu o número máximo de contas de e-mail. Faça upgrade do plano ou remova uma conta primeiro.';
$_LANG['emailExists'] = 'Já existe uma conta de e-mail com este nome.';
$_LANG['emailFailed'] = 'O cPanel não conseguiu criar a conta de e-mail: {reason}';

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
