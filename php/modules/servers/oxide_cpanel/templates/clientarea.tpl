{* oxide_cpanel client area: usage, package, limits and a single sign-on button. *}
<div class="oxide-cpanel">
    <h4>cPanel account {$username|escape}</h4>
    {if $suspended}
        <div class="alert alert-warning">This account is suspended.</div>
    {/if}
    <table class="table table-sm">
        <tr><th>Domain</th><td>{$domain|escape}</td></tr>
        <tr><th>Package</th><td>{$package|escape}</td></tr>
        <tr><th>IP address</th><td>{$ip|escape}</td></tr>
        <tr><th>Disk</th><td>{$disk|escape}</td></tr>
        <tr><th>Bandwidth this month</th><td>{$bandwidthUsedMb} MB of {if $bandwidthLimitMb}{$bandwidthLimitMb} MB{else}unlimited{/if}</td></tr>
        <tr><th>Email accounts</th><td>{$emailAccounts|escape}</td></tr>
        <tr><th>Databases</th><td>{$databases|escape}</td></tr>
        <tr><th>Addon domains</th><td>{$addonDomains|escape}</td></tr>
    </table>
    {if !$suspended}
        <a class="btn btn-primary" href="{$ssoUrl|escape}" target="_blank" rel="noopener">Log in to cPanel</a>
    {/if}
</div>
