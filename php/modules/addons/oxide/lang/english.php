<?php
// Labels of the whmcs-oxide addon page. The report's sentences come from the extension.
$_ADDONLANG['intro'] = 'Products of WHMCS\'s cPanel module and of the hestia / vesta modules. An oxide product whose settings were left by another module (its functions refuse, naming the product): enter its number below. Dry run first: it reads WHMCS and lists each server once, and changes nothing. Apply writes the product settings and server records (no account on any panel changes) and keeps a snapshot; Restore puts everything back.';
$_ADDONLANG['product'] = 'Product';
$_ADDONLANG['module'] = 'Module now';
$_ADDONLANG['adopt_into'] = 'Adopt into';
$_ADDONLANG['dry_run'] = 'Dry run';
$_ADDONLANG['apply'] = 'Apply';
$_ADDONLANG['restore'] = 'Restore';
$_ADDONLANG['adopted_at'] = 'adopted at';
$_ADDONLANG['confirm_apply'] = 'Apply the adoption shown by the dry run?';
$_ADDONLANG['applied'] = 'Adopted. The snapshot is kept: Restore undoes it.';
$_ADDONLANG['restored'] = 'Restored as before the adoption.';
$_ADDONLANG['no_products'] = 'No product of cpanel, hestia or vesta.';
$_ADDONLANG['no_extension'] = 'The whmcs_oxide PHP extension is not loaded.';
$_ADDONLANG['by_id'] = 'Product #';
