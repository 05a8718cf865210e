{extends file="layout.tpl"}
{block name=content}
<h1>Product Details</h1>
<p>Service #{$service.id|escape} · {$service.domain|escape} · username {$service.username|escape} ·
    status <strong id="service-status">{$service.domainstatus|escape}</strong></p>
{if $service.domainstatus == 'Active'}
<div id="module-buttons">
{foreach $buttons as $label => $fn}
    <a class="btn" href="/clientarea.php?action=productdetails&amp;id={$service.id|escape}&amp;modop=custom&amp;a={$fn|escape:'url'}">{$label|escape}</a>
{/foreach}
</div>
{/if}
{if $moduleOutput}<section id="module-client-area" aria-label="Overview">{$moduleOutput nofilter}</section>{/if}
{if $service.domainstatus != 'Active'}
<div class="alert alert-danger">This service is {$service.domainstatus|escape}: its management tools are not available.</div>
{/if}
{/block}
