<?php
/**
 * oxide_vpncp: French (Français).
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
$_LANG['vpnSuspended'] = 'Ce VPN est suspendu. Veuillez contacter le support.';
$_LANG['connectionTitle'] = 'Connexion VPN';
$_LANG['clientName'] = 'Client VPN';
$_LANG['network'] = 'Réseau';
$_LANG['ipAddress'] = 'Adresse IP';
$_LANG['status'] = 'Statut';
$_LANG['enabled'] = 'activé';
$_LANG['disabled'] = 'désactivé';
$_LANG['speed'] = 'Débit';
$_LANG['speedLine'] = 'réception {down}, envoi {up}';
$_LANG['protocols'] = 'Protocoles';
$_LANG['connection'] = 'Connexion';
$_LANG['online'] = 'en ligne';
$_LANG['offline'] = 'hors ligne';
$_LANG['unknown'] = 'inconnu';
$_LANG['sessionFrom'] = '{protocol} depuis {endpoint}, dernier handshake {handshake} ({down} reçus / {up} envoyés)';
$_LANG['instructions'] = 'Comment se connecter (instructions)';
$_LANG['configTitle'] = 'Configuration';
$_LANG['wireguardConfig'] = 'Configuration WireGuard';
$_LANG['copy'] = 'Copier';
$_LANG['downloadFile'] = 'Télécharger {file}';
$_LANG['qrAlt'] = 'QR code WireGuard : scannez-le avec l’application WireGuard';
$_LANG['openvpnDownload'] = 'Télécharger le profil OpenVPN ({file})';
$_LANG['ikev2Download'] = 'Télécharger le profil IKEv2';
$_LANG['otlButton'] = 'Créer un lien à usage unique';
$_LANG['otlHelp'] = 'Pour un autre appareil : le lien ouvre la configuration une seule fois.';
$_LANG['trafficTitle'] = 'Trafic';
$_LANG['month'] = 'Mois';
$_LANG['show'] = 'Afficher';
$_LANG['trafficTotals'] = '{month} : {down} reçus, {up} envoyés.';
$_LANG['trafficError'] = 'Le trafic n’a pas pu être lu : {error}';
$_LANG['trafficTable'] = 'Trafic par jour';
$_LANG['day'] = 'Jour';
$_LANG['download'] = 'Réception';
$_LANG['upload'] = 'Envoi';
$_LANG['notAMonth'] = '« {value} » n’est pas un mois (AAAA-MM) ; affichage de {month}.';

// One-time link page
$_LANG['otlTitle'] = 'Lien à usage unique';
$_LANG['otlFor'] = 'Lien à usage unique pour {name}';
$_LANG['otlExplain'] = 'Ce lien ouvre la configuration VPN une seule fois ; ensuite il ne fonctionne plus. Ouvrez-le sur l’appareil à connecter ou envoyez-le-lui.';
$_LANG['otlLinkLabel'] = 'Lien à usage unique';
$_LANG['backToService'] = 'Retour au service';
$_LANG['otlOnlyByButton'] = 'Un lien à usage unique n’est créé qu’avec le bouton de la page du service, afin qu’un lien préchargé ou partagé ne puisse pas l’épuiser.';

// Admin service tab
$_LANG['adminClient'] = 'Client VPN';
$_LANG['clientOnServer'] = '{name} sur {server}';
$_LANG['adminNetwork'] = 'Réseau / IP';
$_LANG['adminStatus'] = 'Statut sur le panneau';
$_LANG['disabledSuspended'] = 'désactivé (suspendu)';
$_LANG['adminCaps'] = 'Limites de bande passante';
$_LANG['sessionLine'] = '{protocol} depuis {endpoint} (dernier handshake {handshake}, {down} reçus / {up} envoyés)';
$_LANG['onlineList'] = 'en ligne : {sessions}';
$_LANG['unknownBecause'] = 'inconnu ({why})';
$_LANG['adminTraffic'] = 'Trafic ce mois-ci';
$_LANG['trafficAdmin'] = '{down} reçus, {up} envoyés ({month})';
$_LANG['buttonReapplyCaps'] = 'Réappliquer les limites de bande passante';
