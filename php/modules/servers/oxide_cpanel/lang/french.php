<?php
/**
 * oxide_cpanel: French (Français).
 * WHMCS language-file format. Local changes belong in lang/overrides/french.php
 * (same format, loaded after this file), which updates leave alone. See docs/lang.md.
 */

if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}


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
