<?php
/**
 * oxide_storegrid: French (Français).
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
$_LANG['errorDetails'] = 'Détails techniques';
$_LANG['opensNewWindow'] = '(s’ouvre dans une nouvelle fenêtre)';

// Client area
$_LANG['storageTitle'] = 'Stockage des sauvegardes';
$_LANG['noLimit'] = 'sans limite';
$_LANG['inactiveNotice'] = 'Ce compte de sauvegarde est inactif : aucune sauvegarde n’est effectuée. Veuillez contacter le support.';
$_LANG['accountTitle'] = 'Compte de sauvegarde';
$_LANG['accountName'] = 'Nom du compte';
$_LANG['accountType'] = 'Type de compte';
$_LANG['kindCustomer'] = 'Client';
$_LANG['kindReseller'] = 'Revendeur';
$_LANG['status'] = 'Statut';
$_LANG['statusActive'] = 'Actif';
$_LANG['statusInactive'] = 'Inactif';
$_LANG['mcalLabel'] = 'Clients de sauvegarde (licences)';
$_LANG['mcalAllotted'] = '{used} utilisés sur {allotted} attribués';
$_LANG['mcalAuto'] = '{used} utilisés, attribution automatique';
$_LANG['setupTitle'] = 'Logiciel client et configuration';
$_LANG['setupStep1'] = 'Ouvrez la console web de sauvegarde et téléchargez le client de sauvegarde pour votre ordinateur ou serveur.';
$_LANG['setupStep2'] = 'Installez-le et connectez-le avec l’adresse du serveur et le nom de compte ci-dessous.';
$_LANG['setupStep3'] = 'Vos sauvegardes sont chiffrées avec votre clé d’accès : conservez-la précieusement, sans elle elles ne peuvent pas être restaurées.';
$_LANG['serverAddress'] = 'Adresse du serveur';
$_LANG['passKeyLabel'] = 'Clé d’accès';
$_LANG['passKeyInField'] = 'Indiquée dans le champ « {field} » de ce service.';
$_LANG['passKeyFromSupport'] = 'Demandez votre clé d’accès au support.';
$_LANG['openConsole'] = 'Ouvrir la console web de sauvegarde';

// Admin service tab
$_LANG['adminAccount'] = 'Compte de sauvegarde';
$_LANG['customerOf'] = '{name} — client du revendeur {reseller}';
$_LANG['resellerAccount'] = '{name} — revendeur';
$_LANG['adminStatus'] = 'État des sauvegardes';
$_LANG['activeOnServer'] = 'Actif sur le serveur de sauvegarde';
$_LANG['inactiveOnServer'] = 'Inactif sur le serveur de sauvegarde';
$_LANG['adminStorage'] = 'Stockage';
$_LANG['storageUsedOf'] = '{used} utilisés sur {limit}';
$_LANG['adminMcal'] = 'MCAL';
$_LANG['adminThrottling'] = 'Limitation de bande passante';
$_LANG['throttleTimed'] = '{rate} de {from} à {till}';
$_LANG['throttleAlways'] = '{rate} en permanence';
$_LANG['throttleGlobal'] = 'configuration globale';
$_LANG['off'] = 'désactivé';
$_LANG['on'] = 'activé';
$_LANG['adminLocation'] = 'Emplacement de stockage';
$_LANG['adminAutoAuthorize'] = 'Autorisation automatique';
$_LANG['buttonRetrievePassKey'] = 'Récupérer la clé d’accès';
$_LANG['buttonReapplySettings'] = 'Réappliquer les réglages';
