{* oxide_vpncp: a one-time link to the VPN configuration (created by a POSTed form only). *}
<div class="oxide-vpncp">
    <h3>One-time link for {$clientName|escape}</h3>
    <p>This link opens the VPN configuration once; after that it no longer works. Open it on the
       device you want to connect, or send it there.</p>
    <div class="input-group">
        <input type="text" class="form-control" id="oxide-vpncp-otl" value="{$link|escape}" readonly>
        <span class="input-group-btn">
            <button type="button" class="btn btn-default" onclick="var i=document.getElementById('oxide-vpncp-otl');i.select();navigator.clipboard&&navigator.clipboard.writeText(i.value);">Copy</button>
        </span>
    </div>
    <p><a class="btn btn-default" href="clientarea.php?action=productdetails&amp;id={$serviceId|escape:'url'}">Back to the service</a></p>
</div>
