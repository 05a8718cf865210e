{* The page when ClientArea failed: the client's words first, staff's details below. *}
<div class="alert alert-danger" role="alert">
    <p class="mb-1">{if isset($_lang.errorLoading)}{$_lang.errorLoading|escape}{else}{$usefulErrorHelper|escape}{/if}</p>
    {if isset($_lang.errorDetails)}<details class="small"><summary>{$_lang.errorDetails|escape}</summary>{$usefulErrorHelper|escape}</details>{/if}
</div>
