{extends file="layout.tpl"}
{block name=content}
<p class="breadcrumb"><a href="/clientarea.php?action=productdetails&amp;id={$service.id|escape}">Product Details</a>
{foreach $breadcrumb as $link => $label} › <a href="/{$link|escape}">{$label|escape}</a>{/foreach}</p>
{$content nofilter}
{/block}
