{* oxide_vpncp client area (Bootstrap 4, WHMCS Twenty-One; fine in Six): connection details,
   configurations (WireGuard copy/download/QR, OpenVPN, IKEv2, one-time link) and this month's
   traffic as a chart drawn on the server. Every text comes from lang/<language>.php as $_lang. *}
{* Bootstrap 4's stock primary (#007bff), success (#28a745) and code pink (#e83e8c) miss WCAG AA
   contrast (4.5:1) for normal-size text; the page uses darker shades of the same hues (as oxide_cpanel). *}
<style>
.oxide-vpncp a:not(.btn) { color: #0056b3; }
.oxide-vpncp .btn-primary { background-color: #0062cc; border-color: #005cbf; }
.oxide-vpncp .badge-success, .oxide-vpncp .btn-success { background-color: #1e7e34; border-color: #1c7430; }
.oxide-vpncp code { color: #c7254e; }
.oxide-vpncp .text-muted { color: #5a6268 !important; }
</style>
<div class="oxide-vpncp">
    {if $notice}<div class="alert alert-warning" role="alert">{$notice|escape}</div>{/if}
    {if !$client.enabled}<div class="alert alert-warning" role="alert"><i class="fas fa-exclamation-triangle" aria-hidden="true"></i> {$_lang.vpnSuspended|escape}</div>{/if}

    <div class="row">
        <div class="col-lg-6 mb-3">
            <div class="card h-100">
                <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.connectionTitle|escape}</h3></div>
                <div class="card-body">
                    <dl class="row mb-0">
                        <dt class="col-sm-4">{$_lang.clientName|escape}</dt><dd class="col-sm-8">{$client.name|escape}</dd>
                        <dt class="col-sm-4">{$_lang.network|escape}</dt><dd class="col-sm-8">{$client.network|escape}</dd>
                        <dt class="col-sm-4">{$_lang.ipAddress|escape}</dt><dd class="col-sm-8"><code>{$client.ip|escape}</code></dd>
                        <dt class="col-sm-4">{$_lang.status|escape}</dt>
                        <dd class="col-sm-8">{if $client.enabled}<span class="badge badge-success">{$_lang.enabled|escape}</span>{else}<span class="badge badge-secondary">{$_lang.disabled|escape}</span>{/if}</dd>
                        <dt class="col-sm-4">{$_lang.speed|escape}</dt>
                        <dd class="col-sm-8">{$_lang.speedLine|replace:'{down}':$client.download|replace:'{up}':$client.upload|escape}</dd>
                        <dt class="col-sm-4">{$_lang.protocols|escape}</dt><dd class="col-sm-8">{$client.protocols|escape}</dd>
                        <dt class="col-sm-4">{$_lang.connection|escape}</dt>
                        <dd class="col-sm-8">
                            {if !$onlineKnown}{$_lang.unknown|escape}
                            {elseif $online}
                                {foreach $sessions as $s}<span class="badge badge-success">{$_lang.online|escape}</span> {$s.text|escape}<br>{/foreach}
                            {else}<span class="badge badge-secondary">{$_lang.offline|escape}</span>{/if}
                        </dd>
                    </dl>
                    {if $instructionUrl}<p class="mt-3 mb-0"><a href="{$instructionUrl|escape}" target="_blank" rel="noopener"><i class="fas fa-book" aria-hidden="true"></i> {$_lang.instructions|escape}<span class="sr-only"> {$_lang.opensNewWindow|escape}</span></a></p>{/if}
                </div>
            </div>
        </div>
        <div class="col-lg-6 mb-3">
            <div class="card h-100">
                <div class="card-header"><h3 class="card-title h5 mb-0">{$_lang.configTitle|escape}</h3></div>
                <div class="card-body">
                    {if $wireguard.config}
                        <label for="oxide-vpncp-wg" class="font-weight-bold">{$_lang.wireguardConfig|escape}</label>
                        <textarea id="oxide-vpncp-wg" class="form-control" rows="7" readonly style="font-family:monospace;font-size:.8rem">{$wireguard.config|escape}</textarea>
                        <div class="my-2">
                            <button type="button" class="btn btn-light btn-sm" onclick="var t=document.getElementById('oxide-vpncp-wg');t.select();navigator.clipboard&&navigator.clipboard.writeText(t.value);"><i class="fas fa-copy" aria-hidden="true"></i> {$_lang.copy|escape}</button>
                            <a class="btn btn-light btn-sm" href="{$wireguard.download|escape}" download="{$wireguard.filename|escape}"><i class="fas fa-download" aria-hidden="true"></i> {$_lang.downloadFile|replace:'{file}':$wireguard.filename|escape}</a>
                        </div>
                        {if $wireguard.qr}<p><img src="{$wireguard.qr|escape}" alt="{$_lang.qrAlt|escape}" width="180" height="180" style="image-rendering:pixelated"></p>{/if}
                    {/if}
                    {if $openvpn.download}
                        <p class="mb-2"><a class="btn btn-light btn-sm" href="{$openvpn.download|escape}" download="{$openvpn.filename|escape}"><i class="fas fa-download" aria-hidden="true"></i> {$_lang.openvpnDownload|replace:'{file}':$openvpn.filename|escape}</a></p>
                    {/if}
                    {if $ikev2.download}
                        <p class="mb-2"><a class="btn btn-light btn-sm" href="{$ikev2.download|escape}" download="{$ikev2.filename|escape}"><i class="fas fa-download" aria-hidden="true"></i> {$_lang.ikev2Download|escape}</a></p>
                    {/if}
                    <form method="post" action="clientarea.php?action=productdetails&amp;id={$serviceId|escape:'url'}&amp;modop=custom&amp;a=OneTimeLink">
                        <input type="hidden" name="token" value="{$token|escape}">
                        <input type="hidden" name="{$otlField|escape}" value="1">
                        <button type="submit" class="btn btn-primary btn-sm"><i class="fas fa-link" aria-hidden="true"></i> {$_lang.otlButton|escape}</button>
                        <small class="form-text text-muted">{$_lang.otlHelp|escape}</small>
                    </form>
                </div>
            </div>
        </div>
    </div>

    <div class="card mb-3">
        <div class="card-header d-flex justify-content-between align-items-center flex-wrap">
            <h3 class="card-title h5 mb-0">{$_lang.trafficTitle|escape}</h3>
            <form method="get" action="clientarea.php" class="form-inline">
                <input type="hidden" name="action" value="productdetails">
                <input type="hidden" name="id" value="{$serviceId|escape}">
                <label for="oxide-vpncp-month" class="mr-2">{$_lang.month|escape}</label>
                <select id="oxide-vpncp-month" name="{$monthParam|escape}" class="form-control form-control-sm" onchange="this.form.submit()">
                    {foreach $months as $m}<option value="{$m.value|escape}"{if $m.selected} selected{/if}>{$m.value|escape}</option>{/foreach}
                </select>
                <noscript><button type="submit" class="btn btn-light btn-sm ml-1">{$_lang.show|escape}</button></noscript>
            </form>
        </div>
        <div class="card-body">
            {if $traffic.error}
                <div class="alert alert-warning mb-0" role="alert">{$_lang.trafficError|replace:'{error}':$traffic.error|escape}</div>
            {else}
                <p>{$traffic.totals|escape}</p>
                {if $traffic.chart}<img class="img-fluid" src="{$traffic.chart|escape}" alt="{$traffic.chartAlt|escape}" width="640" height="180">{/if}
                {if $traffic.days}
                    <details class="mt-2">
                        <summary>{$_lang.trafficTable|escape}</summary>
                        <table class="table table-sm table-striped mt-2">
                            <thead><tr><th scope="col">{$_lang.day|escape}</th><th scope="col">{$_lang.download|escape}</th><th scope="col">{$_lang.upload|escape}</th></tr></thead>
                            <tbody>{foreach $traffic.days as $d}<tr><td>{$d.date|escape}</td><td>{$d.download|escape}</td><td>{$d.upload|escape}</td></tr>{/foreach}</tbody>
                        </table>
                    </details>
                {/if}
            {/if}
        </div>
    </div>
</div>
