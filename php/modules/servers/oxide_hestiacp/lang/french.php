<?php
/**
 * oxide_hestiacp: French (Français).
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

// Client area
$_LANG['pageTitle'] = 'Compte d’hébergement';
$_LANG['usageTitle'] = 'Utilisation';
$_LANG['diskUsage'] = 'Espace disque';
$_LANG['bandwidthUsage'] = 'Bande passante (ce mois-ci)';
$_LANG['mailAccountsUsage'] = 'Comptes e-mail (par domaine)';
$_LANG['databasesUsage'] = 'Bases de données';
$_LANG['accountTitle'] = 'Compte';
$_LANG['username'] = 'Nom d’utilisateur';
$_LANG['package'] = 'Forfait';
$_LANG['webDomains'] = 'Domaines web';
$_LANG['sslActive'] = 'SSL actif';
$_LANG['loginToPanel'] = 'Se connecter à HestiaCP';
$_LANG['shortcutsTitle'] = 'Raccourcis';
$_LANG['shortcutsHelp'] = 'Ces liens ouvrent le panneau de contrôle ; connectez-vous-y avec les identifiants de votre compte.';
$_LANG['shortcutWeb'] = 'Sites web';
$_LANG['shortcutMail'] = 'E-mail';
$_LANG['shortcutDatabases'] = 'Bases de données';
$_LANG['shortcutCron'] = 'Tâches cron';
$_LANG['shortcutBackups'] = 'Sauvegardes';
$_LANG['shortcutPanelFiles'] = 'Gestionnaire de fichiers du panneau';
$_LANG['fileManager'] = 'Gestionnaire de fichiers';

// Quick mail account creation
$_LANG['mailCreateTitle'] = 'Créer rapidement un compte e-mail';
$_LANG['mailPrefixLabel'] = 'Adresse e-mail';
$_LANG['mailPasswordLabel'] = 'Mot de passe';
$_LANG['mailPasswordHelp'] = 'Au moins 8 caractères, avec des majuscules, des minuscules et un chiffre.';
$_LANG['mailQuotaLabel'] = 'Taille de la boîte (Mo)';
$_LANG['mailQuotaHelp'] = 'Vide ou 0 : illimitée.';
$_LANG['mailCreateButton'] = 'Créer';
$_LANG['mailBadName'] = 'Le nom de l’adresse ne peut contenir que des lettres a–z, des chiffres, des points, des tirets et des tirets bas ; il doit commencer et finir par une lettre ou un chiffre et comporter au plus 64 caractères. Rien n’a été créé.';
$_LANG['mailWeakPassword'] = 'Le mot de passe est trop faible : utilisez au moins 8 caractères avec des majuscules, des minuscules et un chiffre (sans commencer par /). Rien n’a été créé.';
$_LANG['mailBadQuota'] = 'La taille de la boîte doit être un nombre entier de Mo (vide ou 0 pour illimitée). Rien n’a été créé.';
$_LANG['mailNoDomain'] = 'Ce service n’a pas encore de domaine de messagerie sur le serveur : aucun compte e-mail ne peut être créé. Veuillez contacter le support.';
$_LANG['mailLimitReached'] = 'La limite de comptes e-mail de votre forfait est atteinte. Supprimez un compte ou passez à un forfait supérieur. Rien n’a été créé.';
$_LANG['mailExists'] = 'Ce compte e-mail existe déjà. Rien n’a été modifié.';

// Admin service tab
$_LANG['adminAccount'] = 'Compte HestiaCP';
$_LANG['accountPackage'] = '{user} — forfait {package}';
$_LANG['adminStatus'] = 'Statut';
$_LANG['statusActiveOnPanel'] = 'Actif sur le panneau';
$_LANG['statusSuspendedOnPanel'] = 'Suspendu sur le panneau';
$_LANG['buttonIssueSsl'] = 'Émettre un certificat Let\'s Encrypt';
$_LANG['buttonReapplyPackage'] = 'Réappliquer le forfait';

// File manager page
$_LANG['fmCurrentFolder'] = 'Dossier actuel';
$_LANG['fmUp'] = 'Remonter';
$_LANG['fmRefresh'] = 'Actualiser';
$_LANG['fmNewFolder'] = 'Nouveau dossier';
$_LANG['fmNewFile'] = 'Nouveau fichier';
$_LANG['fmUpload'] = 'Téléverser';
$_LANG['fmRename'] = 'Renommer';
$_LANG['fmCopy'] = 'Copier';
$_LANG['fmMove'] = 'Déplacer';
$_LANG['fmPermissions'] = 'Permissions';
$_LANG['fmArchive'] = 'Archiver';
$_LANG['fmExtract'] = 'Extraire';
$_LANG['fmDelete'] = 'Supprimer';
$_LANG['fmSearchPlaceholder'] = 'Rechercher des noms, p. ex. *.php';
$_LANG['fmSearch'] = 'Rechercher';
$_LANG['fmLimits'] = 'Les téléversements, téléchargements et l’éditeur gèrent des fichiers texte de {mb} Mo maximum chacun (l’API de HestiaCP ne transporte que du texte ; utilisez SFTP/FTP pour les fichiers binaires ou plus gros). Nouvelles archives : {formats} ; extraction : zip, tar.gz, tgz, tar, gz.';
$_LANG['fmReadOnly'] = 'Ce gestionnaire de fichiers est en lecture seule : vous pouvez parcourir, ouvrir et télécharger des fichiers. Pour modifier des fichiers, utilisez SFTP/FTP.';
$_LANG['fmJsHttpError'] = 'le serveur a répondu HTTP {status} : {body}';
$_LANG['fmJsActionFailed'] = 'l’action a échoué';
$_LANG['fmJsResultsFor'] = '— résultats pour « {pattern} »';
$_LANG['fmJsDownload'] = 'Télécharger';
$_LANG['fmJsNothingFound'] = 'Aucun résultat.';
$_LANG['fmJsEmptyFolder'] = 'Ce dossier est vide.';
$_LANG['fmJsAmbiguous'] = '{count} éléments ne sont pas affichés : le serveur liste leurs noms de façon ambiguë (un saut de ligne dans le nom, ou des noms qui ne diffèrent que par des espaces à la fin). Renommez-les par SFTP/FTP.';
$_LANG['fmJsTooBigToEdit'] = '{name} fait {size} ; l’éditeur ouvre les fichiers jusqu’à {max}.';
$_LANG['fmJsLineEndSpaces'] = 'Le serveur ne renvoie pas les espaces en fin de ligne ; ils seront perdus à l’enregistrement.';
$_LANG['fmJsOpened'] = '{path} ouvert';
$_LANG['fmJsDownloadFailed'] = 'le téléchargement a échoué';
$_LANG['fmJsDownloaded'] = '{path} téléchargé';
$_LANG['fmJsNotText'] = '{name} n’est pas un fichier texte ; l’API de HestiaCP ne transporte que du texte, envoyez les fichiers binaires par SFTP/FTP';
$_LANG['fmJsUploaded'] = '{count} fichier(s) envoyé(s)';
$_LANG['fmJsUploadTooBig'] = '{name} fait {size} ; la limite d’envoi est de {max} par fichier';
$_LANG['fmJsUploading'] = 'Envoi de {name}…';
$_LANG['fmJsAskFolderName'] = 'Nom du nouveau dossier :';
$_LANG['fmJsCreatedFolder'] = 'Dossier {name} créé';
$_LANG['fmJsAskFileName'] = 'Nom du nouveau fichier :';
$_LANG['fmJsCreatedFile'] = 'Fichier {name} créé';
$_LANG['fmJsAskRename'] = 'Nouveau nom pour {path} :';
$_LANG['fmJsRenamed'] = 'Renommé en {name}';
$_LANG['fmJsAskMode'] = 'Permissions de {path} (octal, p. ex. 644) :';
$_LANG['fmJsModeSet'] = 'Permissions de {path} fixées à {mode}';
$_LANG['fmJsAskArchive'] = 'Nom de l’archive (.tar.gz, .tgz ou .tar) dans le dossier courant :';
$_LANG['fmJsCreated'] = '{name} créé';
$_LANG['fmJsAskExtract'] = 'Extraire {name} dans le dossier (relatif à votre dossier personnel) :';
$_LANG['fmJsExtracted'] = '{name} extrait dans {target}';
$_LANG['fmJsAskDelete'] = 'Supprimer {count} élément(s) ? {paths} — c’est irréversible.';
$_LANG['fmJsDeleted'] = '{count} élément(s) supprimé(s)';
$_LANG['fmJsAskCopy'] = 'Copier {count} élément(s) dans le dossier (relatif à votre dossier personnel) :';
$_LANG['fmJsAskMove'] = 'Déplacer {count} élément(s) dans le dossier (relatif à votre dossier personnel) :';
$_LANG['fmJsCopied'] = 'Copié vers {target}';
$_LANG['fmJsMoved'] = 'Déplacé vers {target}';
$_LANG['fmJsSavedTrimmed'] = '{path} enregistré (le serveur a supprimé les blancs au début et à la fin et l’a terminé par un saut de ligne)';
$_LANG['fmJsSaved'] = '{path} enregistré';
$_LANG['fmJsFound'] = '{count} trouvé(s)';
$_LANG['fmJsFoundTruncated'] = '{count} trouvé(s) (les 500 premiers affichés)';
$_LANG['fmSelectAll'] = 'Tout sélectionner';
$_LANG['fmName'] = 'Nom';
$_LANG['fmSize'] = 'Taille';
$_LANG['fmModified'] = 'Modifié';
$_LANG['fmSave'] = 'Enregistrer';
$_LANG['fmClose'] = 'Fermer';
$_LANG['fmOk'] = 'OK';
$_LANG['fmCancel'] = 'Annuler';
