{extends file="layout.tpl"}
{block name=content}
<h1>My Services</h1>
<table>
{foreach $services as $s}
<tr><td><a href="/clientarea.php?action=productdetails&amp;id={$s.id|escape}">#{$s.id|escape} {$s.domain|escape}</a></td><td>{$s.domainstatus|escape}</td></tr>
{/foreach}
</table>
{/block}
