{* The drift dashboard widget (drift_hooks.php renders it with the values of the extension's
   <module>_DriftWidget): the same file in every oxide_* module folder. Every value is
   escaped here: server, account and module names come from the panels and the admin. *}
{strip}
<div class="oxide-drift-widget">
{if !$checked}
    <p class="oxide-drift-summary">No drift check has run yet: WHMCS's daily cron job runs it (or press “Drift: check now” on a service).</p>
{else}
    <p class="oxide-drift-summary">{$drifts|escape} drift(s) on {$servers|escape} server(s){if $unreachable > 0}, <strong>{$unreachable|escape} unreachable</strong>{/if}; last check {$lastCheck|escape} UTC</p>
    <table class="oxide-drift-counts">
        <tr><th>Kind</th><th>Count</th></tr>
        {foreach $kinds as $k}
            <tr data-kind="{$k.code|escape}"><td>{$k.label|escape}</td><td>{$k.count|escape}</td></tr>
        {/foreach}
    </table>
    <ul class="oxide-drift-servers">
        {foreach $serverStates as $s}
            <li data-server="{$s.id|escape}">{$s.name|escape} ({$s.module|escape}):{' '}
            {if $s.unreachable}
                <strong>unreachable</strong>: {$s.error|escape}
            {else}
                {$s.accounts|escape} accounts, {$s.services|escape} services{if $s.skipped > 0}, {$s.skipped|escape} unreadable{/if}
            {/if}
            </li>
        {/foreach}
    </ul>
    {if $findings}
        <table class="oxide-drift-list">
            <tr><th>Server</th><th>Service / account</th><th>Drift</th></tr>
            {foreach $findings as $f}
                <tr data-kind="{$f.kind|escape}"><td>{$f.server|escape}</td><td>
                {if $f.serviceId}
                    <a href="clientsservices.php?userid={$f.userId|escape}&amp;id={$f.serviceId|escape}">service #{$f.serviceId|escape}</a> {$f.account|escape}
                {else}
                    account {$f.account|escape} (no service)
                {/if}
                </td><td>{$f.reason|escape}</td></tr>
            {/foreach}
        </table>
        {if $more > 0}
            <p>and {$more|escape} more (the service pages show each)</p>
        {/if}
    {/if}
{/if}
</div>
{/strip}
