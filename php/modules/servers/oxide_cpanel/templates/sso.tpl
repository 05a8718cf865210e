{* oxide_cpanel: a one-time login (Webmail, or WHM for a reseller). The URL logs in once; it is
   shown only to this browser and never logged. *}
<meta http-equiv="refresh" content="0;url={$url|escape}">
<div class="oxide-cpanel-sso">
    <p>{if isset($_lang.opening)}{$_lang.opening|replace:'{label}':$label|escape}{else}{$label|escape}{/if}</p>
    <a class="btn btn-primary" href="{$url|escape}" rel="noopener noreferrer">{$label|escape}</a>
</div>
