<?php
/**
 * oxide_cpanel: French (Français).
 * WHMCS language-file format. Local changes belong in lang/overrides/french.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


// Client area (templates/clientarea.tpl) and Quick Create Email Account
$_LANG['overviewTitle'] = 'Compte d\'hébergement cPanel';
$_LANG['username'] = 'Nom d\'utilisateur';
$_LANG['domain'] = 'Domaine';
$_LANG['package'] = 'Offre';
$_LANG['diskUsage'] = 'Espace disque';
$_LANG['bandwidthUsage'] = 'Bande passante ce mois-ci';
$_LANG['percentUsed'] = '{percent} % utilisés';
$_LANG['limitsTitle'] = 'Limites du compte';
$_LANG['emailAccounts'] = 'Comptes e-mail';
$_LANG['databases'] = 'Bases de données MySQL';
$_LANG['addonDomains'] = 'Domaines supplémentaires';
$_LANG['subdomains'] = 'Sous-domaines';
$_LANG['suspendedWarning'] = 'Ce compte est suspendu : son site web, ses e-mails et cPanel ne sont pas disponibles. Veuillez contacter le support.';
$_LANG['nearLimitDisk'] = 'Ce compte a utilisé {percent} % de son espace disque. Pensez à passer à une offre supérieure avant qu\'il ne soit plein.';
$_LANG['nearLimitBandwidth'] = 'Ce compte a utilisé {percent} % de la bande passante de ce mois. Pensez à passer à une offre supérieure avant qu\'elle ne soit épuisée.';
$_LANG['loginCpanel'] = 'Se connecter à cPanel';
$_LANG['shortcutsTitle'] = 'Raccourcis';
$_LANG['shortcutEmailAccounts'] = 'Comptes e-mail';
$_LANG['shortcutForwarders'] = 'Redirections';
$_LANG['shortcutAutoresponders'] = 'Répondeurs automatiques';
$_LANG['shortcutFileManager'] = 'Gestionnaire de fichiers';
$_LANG['shortcutBackup'] = 'Sauvegarde';
$_LANG['shortcutSubdomains'] = 'Sous-domaines';
$_LANG['shortcutAddonDomains'] = 'Domaines supplémentaires';
$_LANG['shortcutCronJobs'] = 'Tâches cron';
$_LANG['shortcutMysqlDatabases'] = 'Bases de données MySQL';
$_LANG['shortcutPhpMyAdmin'] = 'phpMyAdmin';
$_LANG['shortcutAwstats'] = 'Awstats';
$_LANG['quickEmailTitle'] = 'Création rapide d\'un compte e-mail';
$_LANG['emailPrefixLabel'] = 'Adresse e-mail';
$_LANG['emailPasswordLabel'] = 'Mot de passe';
$_LANG['emailQuotaLabel'] = 'Taille de la boîte (Mo, 0 = illimitée)';
$_LANG['emailCreateButton'] = 'Créer';
$_LANG['emailNotActive'] = 'Les comptes e-mail ne peuvent être créés que pour les services actifs.';
$_LANG['emailPrefixMissing'] = 'Saisissez le nom du nouveau compte e-mail (la partie avant le @).';
$_LANG['emailPrefixInvalid'] = 'Le nom du compte e-mail ne peut contenir que des lettres (a-z), des chiffres, des points, des tirets et des tirets bas (64 au plus), et ne peut ni commencer ni finir par un point.';
$_LANG['emailPasswordMissing'] = 'Saisissez un mot de passe pour le nouveau compte e-mail.';
$_LANG['emailPasswordWeak'] = 'cPanel a refusé ce mot de passe, jugé trop faible. Utilisez au moins 8 caractères mêlant majuscules, minuscules, chiffres et symboles.';
$_LANG['emailQuotaInvalid'] = 'La taille de la boîte doit être un nombre entier de mégaoctets (0 pour illimitée).';
$_LANG['emailLimitReached'] = 'Ce compte d\'hébergement a atteint son nombre maximal de comptes e-mail. Passez à une offre supérieure ou supprimez d\'abord un compte.';
$_LANG['emailExists'] = 'Un compte e-mail portant ce nom existe déjà.';
$_LANG['emailFailed'] = 'cPanel n\'a pas pu créer le compte e-mail : {reason}';

// Numbers and sizes
$_LANG['numberDecimal'] = ',';
$_LANG['numberThousands'] = ' ';
$_LANG['unitB'] = 'o';
$_LANG['unitKB'] = 'Ko';
$_LANG['unitMB'] = 'Mo';
$_LANG['unitGB'] = 'Go';
$_LANG['unitTB'] = 'To';
$_LANG['unlimited'] = 'illimité';
$_LANG['notReported'] = 'non communiqué';

// Shared page texts
$_LANG['usedOf'] = '{used} sur {limit}';
$_LANG['nearLimit'] = '{what} atteint {percent} % de sa limite.';
$_LANG['overLimit'] = '{what} dépasse sa limite ({percent} %).';
$_LANG['none'] = 'aucun';
$_LANG['accountSuspended'] = 'Ce compte est suspendu. Veuillez contacter le support.';
$_LANG['errorLoading'] = 'Les détails de ce service ne peuvent pas être affichés pour le moment. Veuillez réessayer plus tard ou contacter le support.';
$_LANG['actionUnavailable'] = 'Cette action n’est pas disponible pour le moment. Veuillez réessayer plus tard ou contacter le support.';
$_LANG['activeOnly'] = 'Cette action n’est disponible que pour les services actifs.';
$_LANG['errorDetails'] = 'Détails techniques';
$_LANG['opensNewWindow'] = '(s’ouvre dans une nouvelle fenêtre)';

// Single sign-on buttons and page
$_LANG['loginWebmail'] = 'Se connecter au webmail';
$_LANG['loginWhm'] = 'Se connecter à WHM';
$_LANG['opening'] = 'Ouverture : {label}…';

// Admin service tab
$_LANG['adminAccount'] = 'Compte cPanel';
$_LANG['accountLine'] = '{user} — {domain} — forfait {package} (propriétaire {owner})';
$_LANG['adminStatus'] = 'Statut cPanel';
$_LANG['statusActive'] = 'Actif';
$_LANG['statusSuspendedBecause'] = 'Suspendu ({reason})';
$_LANG['ipAddress'] = 'Adresse IP';
$_LANG['disk'] = 'Disque';
$_LANG['bandwidthThisMonth'] = 'Bande passante ce mois-ci';
$_LANG['accountLimits'] = 'Limites du compte';
$_LANG['limitsLine'] = 'comptes e-mail {email}, bases de données {databases}, domaines supplémentaires {addon}, sous-domaines {sub}, domaines parqués {parked}';
$_LANG['trafficRecorded'] = 'Trafic enregistré';
$_LANG['trafficNoneYet'] = 'aucun pour l’instant (enregistré par la mise à jour quotidienne de l’utilisation)';
$_LANG['resellerAccounts'] = 'Comptes du revendeur';
$_LANG['buttonReapplyAddons'] = 'Réappliquer les limites des modules complémentaires';
$_LANG['resellerNone'] = 'aucun en dehors du sien';
$_LANG['resellerSummary'] = '{count} en dehors du sien ({suspended} suspendus), {disk} de disque au total : {names}{more}';
$_LANG['resellerMore'] = ' et {count} autres';
