{* oxide_vpncp client area: client card, configs, online status, traffic per day. *}
<div class="oxide-vpncp">
    {if $notice}<div class="alert alert-warning">{$notice|escape}</div>{/if}
    {if !$client.enabled}<div class="alert alert-warning">This VPN is suspended.</div>{/if}

    <h4>VPN client {$client.name|escape}</h4>
    <table class="table table-sm">
        <tr><th>Network</th><td>{$client.network|escape}</td></tr>
        <tr><th>IP address</th><td>{$client.ip|escape}</td></tr>
        <tr><th>Status</th><td>{if $client.enabled}enabled{else}disabled{/if}</td></tr>
        <tr><th>Speed</th><td>download {$client.download|escape}, upload {$client.upload|escape}</td></tr>
        <tr><th>Protocols</th><td>{$client.protocols|escape}</td></tr>
        <tr><th>Connection</th><td>
            {if !$onlineKnown}unknown
            {elseif $online}
                {foreach $sessions as $s}<span class="label label-success">online</span> {$s.protocol|escape} from {$s.endpoint|escape}, last handshake {$s.lastHandshake|escape} ({$s.download|escape} down / {$s.upload|escape} up)<br>{/foreach}
            {else}offline{/if}
        </td></tr>
    </table>
    {if $instructionUrl}<p><a href="{$instructionUrl|escape}" target="_blank" rel="noopener">How to connect (instructions)</a></p>{/if}

    {if $wireguard.config}
        <h4>WireGuard</h4>
        <textarea id="oxide-vpncp-wg" class="form-control" rows="9" readonly style="font-family:monospace">{$wireguard.config|escape}</textarea>
        <p>
            <button type="button" class="btn btn-default" onclick="var t=document.getElementById('oxide-vpncp-wg');t.select();navigator.clipboard&&navigator.clipboard.writeText(t.value);">Copy</button>
            <a class="btn btn-default" href="{$wireguard.download|escape}" download="{$wireguard.filename|escape}">Download {$wireguard.filename|escape}</a>
        </p>
        {if $wireguard.qr}<p><img src="{$wireguard.qr|escape}" alt="WireGuard QR code" width="220" height="220" style="image-rendering:pixelated"></p>{/if}
    {/if}
    {if $openvpn.download}
        <p><a class="btn btn-default" href="{$openvpn.download|escape}" download="{$openvpn.filename|escape}">Download OpenVPN profile ({$openvpn.filename|escape})</a></p>
    {/if}
    {if $ikev2.download}
        <p><a class="btn btn-default" href="{$ikev2.download|escape}" download="{$ikev2.filename|escape}">Download IKEv2 profile</a></p>
    {/if}

    <form method="post" action="clientarea.php?action=productdetails&amp;id={$serviceId|escape:'url'}&amp;modop=custom&amp;a=OneTimeLink">
        <input type="hidden" name="token" value="{$token|escape}">
        <input type="hidden" name="{$otlField|escape}" value="1">
        <button type="submit" class="btn btn-primary">Create a one-time link</button>
    </form>

    <h4>Traffic per day</h4>
    <form method="get" action="clientarea.php" class="form-inline">
        <input type="hidden" name="action" value="productdetails">
        <input type="hidden" name="id" value="{$serviceId|escape}">
        <select name="{$monthParam|escape}" class="form-control" onchange="this.form.submit()">
            {foreach $months as $m}<option value="{$m.value|escape}"{if $m.selected} selected{/if}>{$m.value|escape}</option>{/foreach}
        </select>
        <noscript><button type="submit" class="btn btn-default">Show</button></noscript>
    </form>
    {if $traffic.error}
        <div class="alert alert-warning">Traffic could not be read: {$traffic.error|escape}</div>
    {else}
        <p>{$traffic.month|escape}: {$traffic.totalDownload|escape} downloaded, {$traffic.totalUpload|escape} uploaded.</p>
        <table class="table table-sm table-striped">
            <tr><th>Day</th><th>Download</th><th>Upload</th></tr>
            {foreach $traffic.days as $d}<tr><td>{$d.date|escape}</td><td>{$d.download|escape}</td><td>{$d.upload|escape}</td></tr>{/foreach}
        </table>
    {/if}
</div>
