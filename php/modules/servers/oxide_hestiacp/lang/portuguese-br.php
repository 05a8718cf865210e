<?php
/**
 * oxide_hestiacp: Brazilian Portuguese (Português do Brasil).
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

// Client area
$_LANG['pageTitle'] = 'Conta de hospedagem';
$_LANG['usageTitle'] = 'Uso';
$_LANG['diskUsage'] = 'Espaço em disco';
$_LANG['bandwidthUsage'] = 'Largura de banda (este mês)';
$_LANG['mailAccountsUsage'] = 'Contas de e-mail (por domínio)';
$_LANG['databasesUsage'] = 'Bancos de dados';
$_LANG['accountTitle'] = 'Conta';
$_LANG['username'] = 'Nome de usuário';
$_LANG['package'] = 'Plano';
$_LANG['webDomains'] = 'Domínios web';
$_LANG['sslActive'] = 'SSL ativo';
$_LANG['loginToPanel'] = 'Entrar no HestiaCP';
$_LANG['shortcutsTitle'] = 'Atalhos rápidos';
$_LANG['shortcutsHelp'] = 'Estes links abrem o painel de controle; entre nele com os dados da sua conta.';
$_LANG['shortcutWeb'] = 'Sites';
$_LANG['shortcutMail'] = 'E-mail';
$_LANG['shortcutDatabases'] = 'Bancos de dados';
$_LANG['shortcutCron'] = 'Tarefas cron';
$_LANG['shortcutBackups'] = 'Backups';
$_LANG['shortcutPanelFiles'] = 'Gerenciador de arquivos do painel';
$_LANG['fileManager'] = 'Gerenciador de arquivos';

// Quick mail account creation
$_LANG['mailCreateTitle'] = 'Criar conta de e-mail rapidamente';
$_LANG['mailPrefixLabel'] = 'Endereço de e-mail';
$_LANG['mailPasswordLabel'] = 'Senha';
$_LANG['mailPasswordHelp'] = 'Pelo menos 8 caracteres, com letras maiúsculas, minúsculas e um número.';
$_LANG['mailQuotaLabel'] = 'Tamanho da caixa (MB)';
$_LANG['mailQuotaHelp'] = 'Vazio ou 0: ilimitado.';
$_LANG['mailCreateButton'] = 'Criar';
$_LANG['mailBadName'] = 'O nome do e-mail pode conter apenas letras a–z, números, pontos, hífens e sublinhados, deve começar e terminar com uma letra ou número e ter no máximo 64 caracteres. Nada foi criado.';
$_LANG['mailWeakPassword'] = 'A senha é fraca demais: use pelo menos 8 caracteres com letras maiúsculas, minúsculas e um número (sem começar com /). Nada foi criado.';
$_LANG['mailBadQuota'] = 'O tamanho da caixa deve ser um número inteiro de MB (vazio ou 0 para ilimitado). Nada foi criado.';
$_LANG['mailNoDomain'] = 'Este serviço ainda não tem um domínio de e-mail no servidor, então nenhuma conta pode ser criada. Entre em contato com o suporte.';
$_LANG['mailLimitReached'] = 'O limite de contas de e-mail do seu plano foi atingido. Exclua uma conta ou faça upgrade do plano. Nada foi criado.';
$_LANG['mailExists'] = 'Esta conta de e-mail já existe. Nada foi alterado.';

// Admin service tab
$_LANG['adminAccount'] = 'Conta HestiaCP';
$_LANG['accountPackage'] = '{user} — plano {package}';
$_LANG['adminStatus'] = 'Status';
$_LANG['statusActiveOnPanel'] = 'Ativa no painel';
$_LANG['statusSuspendedOnPanel'] = 'Suspensa no painel';
$_LANG['buttonIssueSsl'] = 'Emitir certificado Let\'s Encrypt';
$_LANG['buttonReapplyPackage'] = 'Reaplicar plano';

// File manager page
$_LANG['fmCurrentFolder'] = 'Pasta atual';
$_LANG['fmUp'] = 'Acima';
$_LANG['fmRefresh'] = 'Atualizar';
$_LANG['fmNewFolder'] = 'Nova pasta';
$_LANG['fmNewFile'] = 'Novo arquivo';
$_LANG['fmUpload'] = 'Enviar';
$_LANG['fmRename'] = 'Renomear';
$_LANG['fmCopy'] = 'Copiar';
$_LANG['fmMove'] = 'Mover';
$_LANG['fmPermissions'] = 'Permissões';
$_LANG['fmArchive'] = 'Compactar';
$_LANG['fmExtract'] = 'Extrair';
$_LANG['fmDelete'] = 'Excluir';
$_LANG['fmSearchPlaceholder'] = 'Buscar nomes, ex.: *.php';
$_LANG['fmSearch'] = 'Buscar';
$_LANG['fmLimits'] = 'Envios, downloads e o editor aceitam arquivos de texto de até {mb} MB cada (a API do HestiaCP transporta apenas texto; use SFTP/FTP para arquivos binários ou maiores). Novos arquivos compactados: {formats}; extrair: zip, tar.gz, tgz, tar, gz.';
$_LANG['fmReadOnly'] = 'Este gerenciador de arquivos é somente leitura: você pode navegar, abrir e baixar arquivos. Para alterar arquivos, use SFTP/FTP.';
$_LANG['fmJsHttpError'] = 'o servidor respondeu HTTP {status}: {body}';
$_LANG['fmJsActionFailed'] = 'a ação falhou';
$_LANG['fmJsResultsFor'] = '— resultados para “{pattern}”';
$_LANG['fmJsDownload'] = 'Baixar';
$_LANG['fmJsNothingFound'] = 'Nada encontrado.';
$_LANG['fmJsEmptyFolder'] = 'Esta pasta está vazia.';
$_LANG['fmJsAmbiguous'] = '{count} itens não são mostrados: o servidor lista os nomes deles de forma ambígua (uma quebra de linha no nome, ou nomes que diferem só por espaços no final). Renomeie-os por SFTP/FTP.';
$_LANG['fmJsTooBigToEdit'] = '{name} tem {size}; o editor abre arquivos de até {max}.';
$_LANG['fmJsLineEndSpaces'] = 'O servidor não devolve os espaços no fim das linhas; eles serão descartados ao salvar.';
$_LANG['fmJsOpened'] = '{path} aberto';
$_LANG['fmJsDownloadFailed'] = 'o download falhou';
$_LANG['fmJsDownloaded'] = '{path} baixado';
$_LANG['fmJsNotText'] = '{name} não é um arquivo de texto; a API do HestiaCP transporta só texto, envie arquivos binários por SFTP/FTP';
$_LANG['fmJsUploaded'] = '{count} arquivo(s) enviado(s)';
$_LANG['fmJsUploadTooBig'] = '{name} tem {size}; o limite de envio é {max} por arquivo';
$_LANG['fmJsUploading'] = 'Enviando {name}…';
$_LANG['fmJsAskFolderName'] = 'Nome da nova pasta:';
$_LANG['fmJsCreatedFolder'] = 'Pasta {name} criada';
$_LANG['fmJsAskFileName'] = 'Nome do novo arquivo:';
$_LANG['fmJsCreatedFile'] = 'Arquivo {name} criado';
$_LANG['fmJsAskRename'] = 'Novo nome para {path}:';
$_LANG['fmJsRenamed'] = 'Renomeado para {name}';
$_LANG['fmJsAskMode'] = 'Permissões de {path} (octal, ex.: 644):';
$_LANG['fmJsModeSet'] = 'Permissões de {path} definidas como {mode}';
$_LANG['fmJsAskArchive'] = 'Nome do arquivo compactado (.tar.gz, .tgz ou .tar) na pasta atual:';
$_LANG['fmJsCreated'] = '{name} criado';
$_LANG['fmJsAskExtract'] = 'Extrair {name} na pasta (relativa à sua pasta pessoal):';
$_LANG['fmJsExtracted'] = '{name} extraído em {target}';
$_LANG['fmJsAskDelete'] = 'Excluir {count} item(ns)? {paths} — isso não pode ser desfeito.';
$_LANG['fmJsDeleted'] = '{count} item(ns) excluído(s)';
$_LANG['fmJsAskCopy'] = 'Copiar {count} item(ns) para a pasta (relativa à sua pasta pessoal):';
$_LANG['fmJsAskMove'] = 'Mover {count} item(ns) para a pasta (relativa à sua pasta pessoal):';
$_LANG['fmJsCopied'] = 'Copiado para {target}';
$_LANG['fmJsMoved'] = 'Movido para {target}';
$_LANG['fmJsSavedTrimmed'] = '{path} salvo (o servidor removeu espaços no início e no fim e terminou com uma quebra de linha)';
$_LANG['fmJsSaved'] = '{path} salvo';
$_LANG['fmJsFound'] = '{count} encontrado(s)';
$_LANG['fmJsFoundTruncated'] = '{count} encontrado(s) (os primeiros 500 mostrados)';
$_LANG['fmSelectAll'] = 'Selecionar tudo';
$_LANG['fmName'] = 'Nome';
$_LANG['fmSize'] = 'Tamanho';
$_LANG['fmModified'] = 'Modificado';
$_LANG['fmSave'] = 'Salvar';
$_LANG['fmClose'] = 'Fechar';
$_LANG['fmOk'] = 'OK';
$_LANG['fmCancel'] = 'Cancelar';
