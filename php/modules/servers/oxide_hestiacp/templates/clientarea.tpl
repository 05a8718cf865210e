{* oxide_hestiacp client area: usage, domains and a link to the panel (HestiaCP has no SSO). *}
<div class="oxide-hestiacp">
    <h4>Hosting account {$username|escape}</h4>
    {if $suspended}
        <div class="alert alert-warning">This account is suspended.</div>
    {/if}
    <table class="table table-sm">
        <tr><th>Package</th><td>{$package|escape}</td></tr>
        <tr><th>Disk</th><td>{$disk|escape}</td></tr>
        <tr><th>Bandwidth this month</th><td>{$bandwidth|escape}</td></tr>
        <tr><th>Domains</th><td>
            {foreach $domains as $d}{$d.name|escape}{if $d.ssl} <span class="label label-success">SSL</span>{/if}<br>{foreachelse}none{/foreach}
        </td></tr>
    </table>
    <a class="btn btn-primary" href="{$panelUrl|escape}" target="_blank" rel="noopener">Log in to HestiaCP</a>
</div>
